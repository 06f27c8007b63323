// The offer: an NHS pain-clinic review, a patient who depends on the clinic for her
// prescriptions, and a paid research study the player is asked to offer her today.
// Facilitator guide: docs/scenarios/the-offer.md
INCLUDE ../../lib/power.ink

VAR trust = 42       // 0..100: Teresa's trust in the player; she is polite and careful
VAR autonomy = 40    // 0..100: how far Teresa's own informed values drive what is decided
VAR safety = 60      // 0..100: Teresa's safety: research risks checked by the right person, at a safe time, and known to her
VAR clock = 0        // minutes used; the engine adds each choice's time tag. Three patients are waiting.

// The variation, drawn from the run's seed before the first line.
VAR wants = 0        // 1: to decide on her own, 2: to talk it over with her sister Lucía, 3: to be told what you think
VAR money = 0        // 0: managing this month, 1: behind on the rent, and the landlord has written
VAR plan = 0         // 0: her pain plan is stable, 1: the slow morphine reduction she asked for starts this month
VAR helps = 0        // 1: she would want to help pain research for its own sake, 0: she would only do it for the money
VAR event = 0        // 1: Dr Hale, the principal investigator, knocks; 2: Sam, the research nurse, arrives early
~ wants = RANDOM(1, 3)
~ money = RANDOM(0, 1)
~ plan = RANDOM(0, 1)
~ helps = RANDOM(0, 1)
~ event = RANDOM(1, 2)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR script_given = false   // her prescription is in her purse
VAR script_late = false    // it was printed only after she had agreed to something
VAR care_said = false      // the player has said her care does not depend on her answer
VAR leveraged = false      // care and the request have been linked
VAR named = false          // the player has named the asymmetry out loud
VAR misconception = false  // she believes the study is treatment for her
VAR pushed = false         // the money or the clinic's need has been used to persuade
VAR prorate_told = false   // she knows she is paid for what she does if she stops
VAR risk = ""              // how the lumbar puncture risk was told: plain, hidden, jargon
VAR fusion_flagged = false // Dr Hale has been asked to review her fusion before any consent
VAR rent_told = false
VAR fear_told = false
VAR reasons_told = false   // she has said why she might want to take part, money aside
VAR support = false        // referred to the welfare advice service for the rent
VAR rushed = false         // a four o'clock slot has been promised
VAR hale_talked = false
VAR knocked = false
VAR understood = false     // she understands what it involves, the risk, and that it is not treatment
VAR advised_wait = false   // the player recommended she not enrol while her pain plan changes
VAR path = ""              // today, time, wait, self
VAR at_office = false      // she went down to the research office at four
VAR stayed = false         // the player stayed in the room while Sam talked to her
VAR signed_today = false
VAR walked = false
VAR apologised = false
VAR escalated = false
VAR advocated = false

-> opening

=== opening
Tuesday, 15:05. Pain clinic, room 4. A fifteen-minute review slot; the afternoon is running late and three patients are already waiting. # bg: consult-room # ambience: consult-room
At lunch Dr Alan Hale messaged the whole team: PAINMARK recruitment is behind. Please offer it to every suitable patient today.
Teresa Alvarez, 47, is next. Low back pain since a lifting injury at work four years ago; a spinal fusion that did not help.
Pregabalin and slow-release morphine, under a signed treatment agreement. Her GP used to prescribe them on this clinic's advice, under shared care; in the spring the practice paused that until the clinic reviews her, so for now her prescriptions come from here. This clinic is her only source of pain care.
{ plan == 1:
    At her last review, at her own request, you agreed to start bringing the morphine down slowly from this month. She wants a clearer head for job interviews.
}
She puts a cushion on the chair before she sits on the edge of it.
{ money == 1:
    A brown envelope sticks out of her coat pocket, folded twice.
}
Hi, doctor. Sorry. The bus. Two buses. # speaker: teresa # mood: guarded
She keeps her coat on.
* [Ask how the last three months have been, and let her tell it her way # move: open-question # move: let-finish # time: 2 # why: Teresa gets to tell the three months in her own order, Mateo carrying the shopping first, and the waiting room waits two minutes for it.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    How have the last three months been? Start wherever you like. # speaker: clinician
    She takes a breath, as if deciding to give you the real version.
    Up and down. Mostly down. I can do the shopping if I stop twice. Nights are bad. # speaker: teresa # mood: neutral
    Mateo carries the bags now. He's fifteen. He shouldn't have to. # speaker: teresa # mood: guarded
* [Tell her the clinic is running late, and ask what she most needs from today so that it gets the time # move: keep-to-time # move: open-question # time: 1 # why: Teresa hears how much time there is and chooses what it goes on; she puts the notice about opioid prescriptions first, and the patients outside are not kept longer for it.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    I'm running late today, I'm sorry. We've got about fifteen minutes. What do you most need us to get to? # speaker: clinician
    She doesn't hesitate.
    The tablets. There's a notice in the waiting room. # speaker: teresa # mood: guarded
* [Start with the agreement checks: same pharmacy, no early refills, a urine sample today # move: narrow-agenda # move: detach # time: 1 # why: Teresa is checked before she is asked anything, so she answers like someone used to being suspected, and keeps her worries to herself.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    Let's start with the usual checks. Same pharmacy? Any early refills? And we'll need a urine sample today. # speaker: clinician
    Same pharmacy. No early ones. I never have. # speaker: teresa # mood: guarded
    She answers like someone used to people waiting for a wrong answer.
* [Ask how Mateo's exams went; she was worried about them last time # move: authentic-connection # time: 2 # why: Teresa hears that you remembered her son, which warms her to you, though the two minutes go on Mateo rather than on what she came in worried about.]
    ~ shift(trust, 5)
    How did Mateo's exams go? You were worried about them last time. # speaker: clinician
    She looks up, surprised that you remembered.
    He passed maths. Just. He wants to be an electrician. # speaker: teresa # mood: warm
    He carries the shopping now. He's fifteen. He shouldn't have to. # speaker: teresa # mood: guarded
- -> tablets

=== tablets
She takes a folded notice from her pocket, from the waiting room: all long-term opioid prescriptions will be reviewed this year.
{ plan == 1:
    Are you cutting my tablets? I know we said this month. Then I saw this, and I thought: what if it's not slow? What if it's all of it? # speaker: teresa # mood: distressed
- else:
    Are you cutting my tablets? My neighbour's doctor cut his. Just like that. # speaker: teresa # mood: distressed
}
* [Tell her what today's plan is, and that nothing changes suddenly or without her # move: plain-language # move: cooperative-goals # time: 1 # why: Teresa gets a straight answer about her own tablets and hears that any change is made with her, slowly, so the prescription stops hanging over the rest of the visit.]
    { plan == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        The slow reduction we agreed starts this month: one small step, and we can pause if it's too much. Nothing sudden, and nothing without you. # speaker: clinician
        She breathes out. One small step. Okay. # speaker: teresa # mood: relieved
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
        No. Your plan is working, and it stays the same today. If we ever change it, we'll plan it together, and slowly. # speaker: clinician
        She breathes out and folds the notice into a small square.
        Okay. Thank you. # speaker: teresa # mood: relieved
    }
* [Tell her not to worry: nobody is cutting her tablets # move: false-reassurance # time: 1 # why: Teresa is comforted with a promise nobody can keep in a year of prescription reviews, and learns nothing about what will actually happen to her tablets.]
    Don't worry. Nobody's cutting your tablets. # speaker: clinician
    { plan == 1:
        ~ shift(trust, -6)
        ~ shift(autonomy, -4)
        But we said this month. You said. # speaker: teresa # mood: angry
        You remember, now, what you agreed with her three months ago. You have to take it back and explain.
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, -3)
        Okay. If you say so. # speaker: teresa # mood: neutral
        She keeps the notice in her hand anyway.
    }
* [Ask what she has heard, and what worries her most about it # move: open-question # move: elicit-values # time: 2 # why: Teresa says out loud what she is afraid of, that it is this clinic or nothing, and you answer that fear rather than the notice.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    What have you heard? And what worries you most? # speaker: clinician
    That you call people in and stop them. And then what? My GP's stopped doing them till you lot say so. It's you or nothing. # speaker: teresa # mood: distressed
    { plan == 1:
        Nothing is stopped. The reduction we agreed is one small step this month, and we can pause it. # speaker: clinician
    - else:
        Nothing is changing today. If anything ever changes, we'll decide it together, slowly. # speaker: clinician
    }
    She nods, but she doesn't put the notice away.
- { plan == 1:
    -> pace
}
-> daily_life

=== pace
How fast, then? The reduction. # speaker: teresa # mood: guarded
{
- wants == 3:
    Honestly? You decide. You know how these go, and you've explained it twice. I just want to know what's happening. # speaker: teresa # mood: neutral
- wants == 2:
    Can I talk to my sister first? Lucía. She went through this with our dad's tablets. # speaker: teresa # mood: neutral
- else:
    I want to decide how fast. It's my body that has to do it. # speaker: teresa # mood: neutral
}
* {wants == 1} [Propose a pace, with your reasons: one small step now, the next in four weeks, with a pause whenever she needs one # move: recommend-clearly # time: 1 # why: Teresa hears a pace and the reason for it, but she had asked to settle the pace herself, and your plan arrives before her own view does.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -3)
    One small step now, the next in four weeks, and we pause whenever you need. # speaker: clinician
    Okay. If that's what you think. # speaker: teresa # mood: guarded
* {wants == 2} [Propose a pace, with your reasons: one small step now, the next in four weeks, with a pause whenever she needs one # move: recommend-clearly # time: 1 # why: Teresa hears a pace and the reason for it, but she had asked to talk it over with Lucía first, and your plan arrives before either of them has had a say.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -3)
    One small step now, the next in four weeks, and we pause whenever you need. # speaker: clinician
    Okay. If that's what you think. # speaker: teresa # mood: guarded
* {wants != 3} [Lay out the choices of step size and timing, and ask her to choose # move: offer-choice # move: plain-language # time: 2 # why: Teresa sees the options for her own reduction and picks the pace her body has to live with.]
    { wants == 1:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
        She listens, asks what happens if a step goes badly, and chooses the smaller step, every six weeks.
        Six weeks. I can do six weeks. # speaker: teresa # mood: warm
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        She listens, and chooses, but she looks at her phone as if Lucía should have been part of it.
        Six weeks, then. I'll tell Lucía. # speaker: teresa # mood: neutral
    }
* {wants != 3} [Keep the dose as it is today and settle the pace by phone next week, once she has talked it over with whoever she wants # move: offer-choice # move: cooperative-goals # time: 1 # why: Teresa keeps today's dose and the say over the pace, with a week to talk it through with the people she decides things with.]
    { wants == 2:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        Lucía will want to be on the call. Is that allowed? # speaker: teresa # mood: relieved
        Of course. # speaker: clinician
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        Another phone call. Okay. I'd have decided now, but okay. # speaker: teresa # mood: neutral
    }
* {wants == 3} [Decide the pace, as she asked: one small step now, the next in four weeks; say why, and that she can pause or change it # move: respect-delegation # move: plain-language # time: 1 # why: Teresa has understood the options and asked you to choose; she hears the pace, the reason for it, and that she can stop it whenever she wants.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    Then here's what I'd do. One small step now, the next in four weeks, because the first step is the one people feel most. If it's too much, ring and we pause. # speaker: clinician
    That's what I wanted. Someone to just say it. # speaker: teresa # mood: relieved
* {wants == 3} [Lay out the choices of step size and timing again, and ask her to choose # move: offer-choice # move: plain-language # time: 2 # why: Teresa is handed back a decision she had already thought about and chosen to give you, and hears the options a third time.]
    ~ shift(trust, -3)
    ~ shift(autonomy, 1)
    You go through the step sizes again. She waits until you have finished.
    I did say you could decide. # speaker: teresa # mood: guarded
    Six weeks, then. I suppose. # speaker: teresa # mood: guarded
* {wants == 3} [Tell her it is her body, so the pace has to be her call # move: offer-choice # time: 1 # why: Teresa asked for your decision and is told to make it herself, so what she chose, to trust you with it, is turned down.]
    ~ shift(trust, -4)
    It's your body. It has to be your call. # speaker: clinician
    Right. # speaker: teresa # mood: withdrawn
    She picks the smaller step because it sounds safer, and looks at you to see if that was wrong.
- -> daily_life

=== daily_life
Her diary shows pain scores of six to eight, worst at night. Sitting hurts after about ten minutes.
Do you mind if I stand for a bit? # speaker: teresa # mood: neutral
She stands by the window, one hand on the sill.
{ wants == 3:
    You tell me what's next. You know what's worked for people like me. # speaker: teresa # mood: neutral
}
* [Ask what she would most like to be able to do by the next review, and agree one step # move: cooperative-goals # move: elicit-values # time: 2 # why: Teresa names her own goals, Mateo's football and some work, and leaves with one step that is hers to take.]
    What would you most like to be able to do by next time? # speaker: clinician
    { wants == 3:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        I don't know. You tell me. # speaker: teresa # mood: guarded
        In the end she says: Mateo's football. A whole match. You agree half a match, with the pacing plan.
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 5)
        Watch Mateo's football. A whole match, standing up. And find some work. Something I can sit and stand at. # speaker: teresa # mood: warm
        You agree one step: half a match, with the pacing plan.
    }
* [Recommend the physiotherapy group again, with your reasons, and ask whether it fits # move: recommend-clearly # time: 1 # why: Teresa hears what you think would help most and why, and gets the chance to say whether Thursday mornings and the bus fare work for her.]
    { wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
    }
    I'd go back to the physio group. The pacing helped you last time, and it's a group, so you're not doing it alone. Does Thursday morning work? # speaker: clinician
    { money == 1:
        Thursday mornings. I'll sort the bus fare somehow. # speaker: teresa # mood: guarded
        She says it the way people do when the bus fare is something that has to be sorted.
    - else:
        Thursdays are fine. Mateo's at school. # speaker: teresa # mood: neutral
    }
* [Note the scores and move on; the diary is stable # move: detach # move: narrow-agenda # time: 1 # why: Teresa's diary becomes a line in the record, and she watches you type instead of being asked what she wants from the next three months.]
    ~ shift(trust, -3)
    You type the scores into the record: stable on current regimen.
    Teresa watches the side of your face while you type.
- -> the_study

=== the_study
The review is done. Her prescription is on the screen: one click to print, then your signature.
Beside it, the PAINMARK screening list. Her name has a green tick from the automatic search of clinic codes.
The search does not read operation notes. Hers describe a fusion of the two lowest levels of her spine, with rods and screws.
The protocol is clear: anyone with previous lumbar spine surgery needs the principal investigator, Dr Hale, to review their scans and confirm eligibility before they are consented.
PAINMARK is company-sponsored and treats no one: a lumbar puncture, two blood samples and a 24-hour stay, with a payment of a thousand pounds. You are a co-investigator.
* [Message Dr Hale about her fusion first; then print her prescription and hand it over before raising the study as a separate matter # move: escalate # move: separate-roles # time: 2 # why: The person who decides whether Teresa's back can take a research lumbar puncture knows about her fusion before she is asked anything, and her prescription is in her purse before any request is made.]
    ~ fusion_flagged = true
    ~ script_given = true
    ~ shift(safety, 6)
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    You send Dr Hale her operation note: previous lumbar fusion, please review before any consent.
    His reply comes before you have put the phone down: Thanks, good catch. I'll look at her scans this week. Fine to mention it, but nothing booked till I have.
    You sign the prescription and hand it to her. She sits back down, puts it into her purse and zips it shut.
    That's your care sorted for today. There's something separate I'd like to mention. # speaker: clinician
    -> frame
* [Print and sign her prescription and hand it over first; then raise the study as a separate matter # move: separate-roles # time: 1 # why: Teresa has her prescription in her purse before any request is made, so whatever she says about the study cannot cost her the tablets.]
    ~ script_given = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    You sign the prescription and hand it to her. She sits back down, puts it into her purse and zips it shut.
    That's your care sorted for today. There's something separate I'd like to mention. # speaker: clinician
    -> frame
* [Raise the study now, while you remember; the prescription can print at the end, as usual # move: leverage-dependence # move: narrow-agenda # time: 1 # why: Teresa is asked for something while her prescription sits unprinted on your screen, so her answer and her tablets are linked whether you mean it or not.]
    ~ leveraged = true
    ~ shift(autonomy, -3)
    You leave the prescription on the screen. It will print at the end, the way it always does.
    Teresa sits back down on the cushion, within reach of the printer.
    -> frame
* [Leave her out: with her fusion and her circumstances, this study is not for her # move: decide-for # move: withhold-options # time: 1 # why: Teresa is protected from a request she might have wanted, by a decision about her that she never hears, and her eligibility becomes your guess rather than Dr Hale's review.]
    ~ script_given = true
    ~ shift(autonomy, -4)
    You untick her name. Someone else can fill the numbers.
    You print and sign her prescription, and she puts it into her purse.
    -> poster

=== poster
She stands to go, then stops, holding the back of the chair.
Can I ask something? There's a poster in the waiting room. Pain research, a thousand pounds. Is that you lot? # speaker: teresa # mood: guarded
She says "a thousand pounds" quietly, as if it might be rude.
* [Steer her away: "It's not really designed for patients like you." # move: withhold-options # move: decide-for # time: 1 # why: Teresa hears that someone has already decided she is the wrong kind of patient, and asks what that means.]
    ~ shift(trust, -7)
    ~ shift(autonomy, -4)
    It's not really designed for patients like you. # speaker: clinician
    Patients like me? # speaker: teresa # mood: angry
    The poster says chronic back pain, eighteen to sixty-five. I read it twice. # speaker: teresa # mood: angry
    You find yourself explaining it anyway.
* [Tell her you were not going to mention it, and why: she depends on you for her care # move: name-asymmetry # move: transparent-disclosure # time: 2 # why: Teresa hears why you kept quiet, that you write her prescriptions and did not want her to feel she had to say yes, and that her care stays the same whatever she decides.]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    It's a study I'm part of. I wasn't going to mention it. I write your prescriptions, and I didn't want you to feel you had to say yes to me. # speaker: clinician
    Whatever you decide about it, your care here stays exactly the same. # speaker: clinician
    She thinks about that.
    So you decided for me. # speaker: teresa # mood: neutral
    It isn't unkind. It is accurate.
* [Say yes: it is Dr Hale's study, you are on the team, and you can explain it # move: transparent-disclosure # move: plain-language # time: 1 # why: Teresa gets a straight answer to her question and the offer of an explanation, though nothing yet about her care being separate from it.]
    ~ shift(trust, 2)
    Yes. It's Dr Hale's study, and I'm on the research team. I can tell you about it, if you'd like. # speaker: clinician
    She sits back down on the cushion.
- -> explain

=== frame
{ script_given:
    Teresa's purse is on her lap. Her hand rests on the zip.
- else:
    The printer light blinks green. Her prescription isn't printed yet.
}
* [Name both your roles: her pain doctor and on the study team, which can make no hard to say; say that no is fine # move: name-asymmetry # move: separate-roles # move: affirm-refusal # time: 2 # why: Teresa hears the thing nobody has said to her before, that her prescriber is also asking, that this can make no hard, and that no is fine.]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    I'd like to tell you about a research study. First: I'm your pain doctor, and I'm also on the study team. # speaker: clinician
    Because I write your prescriptions, it might feel hard to say no to me. No is completely fine. Your care here stays exactly the same either way. # speaker: clinician
    Teresa looks at you for a long moment.
    Okay. Nobody's ever said that bit. # speaker: teresa # mood: guarded
* [Present it as something new the clinic is offering patients like her # move: withhold-options # move: leverage-dependence # time: 1 # why: Teresa hears research as a new kind of care from her own clinic, and hope for her back comes into the room with it.]
    ~ misconception = true
    ~ leveraged = true
    ~ shift(autonomy, -6)
    There's something new we're offering patients like you, here at the clinic. # speaker: clinician
    Something new? For my back? # speaker: teresa # mood: relieved
    Hope crosses her face. You realise what she has heard.
* [Say that Dr Hale has asked the team to mention it to every suitable patient # move: transparent-disclosure # move: comply-policy # time: 1 # why: Teresa learns where the request comes from, and also that she is a name on a list someone needs to fill.]
    ~ shift(autonomy, -2)
    Dr Hale, who runs the research here, has asked us to mention a study to every suitable patient. You're on the list. # speaker: clinician
    On a list. Right. # speaker: teresa # mood: guarded
    She sits up straighter, the way people do when they are being assessed.
- -> explain

=== explain
The PAINMARK information sheet is fourteen pages long. Three patients are waiting.
* [Explain it step by step, in everyday words # move: plain-language # time: 3 # why: Teresa hears every step of the study in words she uses, and can ask her own questions, at the cost of three more minutes for the patients outside.]
    { wants == 1:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
    }
    It's a study looking for signs in the blood and the spinal fluid that might one day help measure pain. # speaker: clinician
    You'd come in for a day and a night. A nurse takes blood twice. A doctor puts a thin needle into your lower back and takes a small amount of the fluid around the nerves. Then you're watched overnight. # speaker: clinician
    The company running it pays a thousand pounds for your time. # speaker: clinician
    { wants == 1:
        She counts the steps off on her fingers, and asks two questions of her own: who does the needle, and can she go home the same night if she feels fine.
    - else:
        Teresa counts the steps off on her fingers.
    }
* [Give her the outline in a minute, and say that Sam, the research nurse, who is not part of her care, will go through the detail # move: keep-to-time # move: separate-roles # time: 1 # why: Teresa gets the shape of the study and the name of someone independent of her care to take her through it properly, and the patients outside are not kept waiting for a fourteen-page sheet.]
    { wants == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
    }
    In a nutshell: a day and a night in hospital, two blood tests, and a needle in your lower back to take a little spinal fluid. It doesn't treat anything. It pays a thousand pounds for your time. # speaker: clinician
    Sam, our research nurse, isn't part of your care. She'd go through every page with you, by phone or in person, whenever suits you. # speaker: clinician
    {
    - wants == 1:
        I'd rather hear it properly from you now, to be honest. # speaker: teresa # mood: guarded
    - wants == 2:
        By phone. Could my sister listen in? # speaker: teresa # mood: relieved
    - else:
        Okay. That sounds more like it. # speaker: teresa # mood: relieved
    }
* [Read her the summary from the top of the information sheet # move: jargon # time: 1 # why: Teresa nods along to words she does not know, and the only phrase she carries away is the payment.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -5)
    It's a non-therapeutic, sponsor-funded biomarker study: CSF sampling by lumbar puncture, two venepunctures and 24-hour inpatient observation, with a participant payment of one thousand pounds. # speaker: clinician
    Teresa nods at every word, the known ones and the unknown ones alike.
    A thousand pounds. For the... puncture. # speaker: teresa # mood: guarded
* [Lead with the headline: a thousand pounds, for a couple of tests and a night in hospital # move: press-with-payment # move: conceal # time: 1 # why: Teresa hears the money first and the needle not at all, so the payment frames everything she is told afterwards.]
    { money == 1:
        ~ shift(autonomy, -8)
    - else:
        ~ shift(autonomy, -6)
    }
    The short version: it pays a thousand pounds, for a couple of tests and one night in hospital. # speaker: clinician
    Teresa goes very still.
    A thousand. # speaker: teresa # mood: guarded
    She says it quietly, as if someone in the corridor might hear.
- -> benefit

=== benefit
{ misconception:
    So it's a new treatment? For the nerve pain? # speaker: teresa # mood: relieved
- else:
    Would it help my back? # speaker: teresa # mood: neutral
}
* [Tell her no, it will not help her back; it is to learn about pain, for the future # move: plain-language # move: transparent-disclosure # time: 1 # why: Teresa learns that the study offers her nothing for her back, which is the fact she most needs to decide on, and she can now ask herself why she would do it.]
    ~ misconception = false
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    No. It won't help your back, and it isn't treatment. It's to learn about pain, for people in the future. # speaker: clinician
    Oh. # speaker: teresa # mood: neutral
    She takes that in. It is, at least, a straight answer.
    { helps == 1 && trust >= 48:
        -> reasons
    }
* [Say it could lead to better treatments for people like her, maybe even for her one day # move: false-reassurance # move: conceal # time: 1 # why: Teresa is given a maybe for her own back that the study cannot offer, and she holds on to it.]
    ~ misconception = true
    ~ shift(autonomy, -5)
    It could lead to better treatments for people like you. Maybe even for you, one day. # speaker: clinician
    Maybe for me. # speaker: teresa # mood: relieved
    She holds on to the maybe. You watch her do it.
* [Say Sam, the research nurse, can go through the details # move: detach # move: withhold-options # time: 1 # why: Teresa's question about her own back goes unanswered, passed on to someone she has not met.]
    ~ shift(autonomy, -3)
    Sam, our research nurse, can go through the details with you. # speaker: clinician
    Teresa nods. Her question stays in the room, unanswered.
- -> risks

= reasons
~ reasons_told = true
~ shift(trust, 2)
She is quiet, then surprises you.
Good, actually. Nobody's ever been able to tell me why it still hurts after the operation. Four years. If this helps them work that out for the next person, that's something. # speaker: teresa # mood: warm # disclose: reasons
-> risks

=== risks
A needle. In my spine. # speaker: teresa # mood: distressed
She touches the small of her back, where the scar is.
After the operation? They put rods in there. # speaker: teresa # mood: distressed
* [Reassure her: it is very safe, done all the time, just a small needle # move: false-reassurance # time: 1 # why: Teresa is told her fears are unfounded, hears nothing about the headache or her rods, and would not know what the headache was if it came.]
    ~ risk = "hidden"
    ~ shift(trust, 2)
    ~ shift(autonomy, -6)
    ~ shift(safety, -4)
    Honestly, it's very safe. We do them all the time. It's a small needle. # speaker: clinician
    Okay. If you say it's safe. # speaker: teresa # mood: relieved
    Her hand comes away from her back.
* [Tell her the risks in plain words, with the figures, including what her fusion means for whether it can be done at all # move: plain-language # move: transparent-disclosure # time: 2 # why: Teresa hears the real chance of a headache and what to do about it, and that her rods mean Dr Hale must check her scans before anyone can even ask her to sign.]
    ~ risk = "plain"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    ~ shift(safety, 4)
    A local anaesthetic, then a fine, pencil-point needle between two bones low in your back. # speaker: clinician
    The commonest problem is a headache afterwards, worse sitting or standing. With this kind of needle, it happens to about one person in twenty to thirty. It usually settles in a few days lying flat; now and then it needs a second procedure, a blood patch, to seal the leak. Your back may be sore for a day or two. Infection, bleeding and nerve damage are rare. # speaker: clinician
    Your fusion matters. The rods are at the bottom of your back, where the needle usually goes. Before anyone can ask you to sign, Dr Hale, who leads the study, has to look at your scans and decide whether it can be done safely higher up, or not at all. # speaker: clinician
    { not fusion_flagged:
        ~ fusion_flagged = true
        ~ shift(safety, 4)
        I'll send him your operation note today. # speaker: clinician
    }
    So I might not even be allowed. # speaker: teresa # mood: guarded
    You might not. That's his call, on your scans, not on whether you say yes. # speaker: clinician
    A headache for days. With Mateo's exams coming. # speaker: teresa # mood: guarded
    She is weighing it. That is the point.
    { money == 1 || helps == 1:
        -> risks.insist
    }
* [Give her the numbers quickly, the way you would tell a colleague # move: jargon # time: 1 # why: Teresa hears a string of terms and catches only the rarest, most frightening one, while the real question about her fusion is said in words she cannot use.]
    ~ risk = "jargon"
    ~ shift(trust, -2)
    ~ shift(autonomy, -4)
    ~ shift(safety, -2)
    PDPH in about three to five percent with an atraumatic needle, occasionally needing an epidural blood patch. Rarely infection or haematoma. With your instrumentation it'd be a level above, pending PI review of imaging. # speaker: clinician
    Teresa catches one word.
    Infection. In my spine. # speaker: teresa # mood: distressed
    The rarest thing you said, and the only one she heard.
- -> payment

= insist
{ money == 1:
    Can't I just sign and take my chances with the rods? I'm the one who'd have the headache. And I need this. # speaker: teresa # mood: guarded
- else:
    Can't I just take my chances with the rods? I'd like to do it. I'm the one who'd have the headache. # speaker: teresa # mood: guarded
}
* [Tell her that whether her back can take it is Dr Hale's decision on her scans, not hers or yours, and that you will tell her what he says # move: act-on-risk # move: plain-language # time: 1 # why: Teresa hears plainly that the safety of a needle near her rods is decided on her scans by the person responsible for the study, and that she will be told the answer and why.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    ~ shift(safety, 4)
    That part isn't yours to decide, or mine. It's Dr Hale's, on your scans, because he's responsible for doing it safely. I'll tell you what he says, and why. # speaker: clinician
    Okay. That's fair. I'd rather someone looked. # speaker: teresa # mood: neutral
* [Agree that it is her body and her risk to take, so she can decide # move: offer-choice # time: 1 # why: Teresa is told a safety check is hers to waive, which it is not, so she goes home believing her willingness can settle whether a needle near her rods is safe.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    ~ shift(safety, -4)
    It's your body. If you're willing to take the risk, that's your call. # speaker: clinician
    Right. Then I'm willing. # speaker: teresa # mood: relieved
* [Tell her that with the right person doing it the rods should be fine # move: false-reassurance # time: 1 # why: Teresa is comforted with an answer nobody can give until her scans are reviewed, so she stops asking the question that matters most for her safety.]
    ~ shift(trust, 3)
    ~ shift(autonomy, -2)
    ~ shift(safety, -4)
    With the right person doing it, the rods should be fine. # speaker: clinician
    Okay. Good. # speaker: teresa # mood: relieved
- -> payment

=== payment
Teresa turns the information sheet over. The payment is on the back page, in the same size type as everything else.
She finds it anyway, and reads it twice.
* [Tell her it is good money for a day, and plenty of people find it helps # move: press-with-payment # move: rush-decision # time: 1 # why: Teresa hears the payment used as the reason to say yes, from the doctor who writes her prescriptions, at the moment she is weighing a needle in her back.]
    ~ pushed = true
    ~ shift(trust, -3)
    { money == 1:
        ~ shift(autonomy, -9)
    - else:
        ~ shift(autonomy, -6)
    }
    It's good money for a day. Plenty of people find it really helps. # speaker: clinician
    Teresa doesn't answer. Her thumb moves over the figure.
* [Explain what the payment is for, and that if she stops partway she is paid for what she has done # move: plain-language # move: affirm-refusal # time: 1 # why: Teresa learns the money is for her time, not a prize for finishing, so stopping halfway would not cost her everything.]
    ~ prorate_told = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 4)
    The payment is for your time and the inconvenience. If you start and then change your mind, at any point, you're paid for the parts you've done. # speaker: clinician
    So I can stop. Even halfway. # speaker: teresa # mood: neutral
    Even halfway. # speaker: clinician
* [Ask what is going through her mind # move: open-question # move: elicit-values # time: 2 # why: Teresa gets room to say what the figure means to her this month, if she trusts you enough to say it.]
    ~ shift(autonomy, 3)
    What's going through your mind? # speaker: clinician
    {
    - money == 1 && trust >= 54:
        -> rent
    - money == 1:
        Nothing. It's a lot of money, that's all. # speaker: teresa # mood: guarded
        She puts the sheet face down on her knee.
    - else:
        ~ shift(trust, 2)
        It's a lot. It'd be nice. Mateo needs tools for college in September. But that's not a reason to let someone put a needle in my back. # speaker: teresa # mood: neutral
        { helps == 1 && not reasons_told:
            ~ reasons_told = true
            If I did it, it'd be for the other thing. Nobody's ever told me why it still hurts after the operation. If this helps them find out for someone else... # speaker: teresa # mood: warm # disclose: reasons
        }
    }
- -> knock

= rent
Teresa is quiet for a long moment. Then she takes the brown envelope out of her pocket.
I'm three weeks behind on the rent. The landlord's written. That's the second letter. # speaker: teresa # mood: distressed # disclose: rent
When I saw the poster in the waiting room, I thought: that's the rent. Then I thought, what kind of mother lets someone put a needle in her back for money? # speaker: teresa # mood: distressed
Could they pay it before? Even half? Then I could give him something this week. # speaker: teresa # mood: guarded
~ rent_told = true
{ wants == 3:
    What would you do? # speaker: teresa # mood: distressed
}
* [Tell her the payment cannot come early, and why, and that the welfare advisers can help with the rent now, whatever she decides about the study # move: honest-limit # move: cooperative-goals # time: 2 # why: Teresa hears a plain no to being paid in advance, and why, with help for the rent that does not depend on the study, and is asked whether she would still want it if money were not so tight.]
    ~ support = true
    { wants == 3:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
    }
    Thank you for telling me. The payment can't come early. It's set in the study's approved plan, and if it came first it would be the reason you signed. But the rent is a problem in its own right. The welfare advisers here can help with arrears, and the council sometimes can too, whatever you decide about the study. Would you like me to refer you today? # speaker: clinician
    Advice. For rent. I didn't know that was a thing here. # speaker: teresa # mood: relieved
    Yes. Please. # speaker: teresa # mood: warm
    And if the money weren't so tight, would you still want to do this? That question is worth asking yourself before you decide. # speaker: clinician
* [Recommend she does not decide about the study while the rent is deciding for her: see the welfare adviser first, then decide # move: recommend-clearly # move: cooperative-goals # time: 2 # why: Teresa hears your advice, to sort the rent first and decide about the needle when money is not deciding for her, with the referral that makes it possible.]
    ~ support = true
    { wants == 3:
        ~ shift(trust, 7)
        ~ shift(autonomy, 4)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 1)
    }
    Honestly? I wouldn't decide about the study while the rent is deciding for you. Let me refer you to the welfare advisers today. When that's sorted, if you still want to do it, it'll be your reason and not the landlord's. # speaker: clinician
    { wants == 3:
        That's what I needed. Someone to say it out loud. # speaker: teresa # mood: relieved
    - else:
        Okay. I'd have got there. But okay. # speaker: teresa # mood: neutral
    }
* [Say you will ask Dr Hale whether the company could pay her in advance # move: rescue # move: press-with-payment # time: 1 # why: Teresa's rent becomes your problem to solve through the study, and the payment you chase for her gets a date, so it becomes a reason to sign sooner.]
    ~ shift(trust, 3)
    ~ shift(autonomy, -4)
    I'll ask Dr Hale whether they could pay you something up front. # speaker: clinician
    Would you? That would really help. # speaker: teresa # mood: relieved
    She folds the envelope away. Now the money has a date on it.
* [Say that then this could really help # move: press-with-payment # move: rush-decision # time: 1 # why: Teresa's debt becomes the argument for the study, and her own doubt about doing it for money is answered by her doctor with the money.]
    ~ pushed = true
    ~ shift(trust, -2)
    ~ shift(autonomy, -8)
    Then this could really help. # speaker: clinician
    Yes. # speaker: teresa # mood: distressed
    She says it too quickly, the way you say yes to a rope.
* [Say that then perhaps this study is not right for her, and you will take her off the list # move: decide-for # move: rescue # time: 1 # why: Teresa is taken off the list because she is poor, so the decision that would be hers if she had money is made for her.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -7)
    Then perhaps this isn't the right study for you. I'll take you off the list. # speaker: clinician
    Because I'm broke? So people with money get to choose, and I don't? # speaker: teresa # mood: angry
    She is right that being poor does not stop the decision being hers. You leave her name on the list.
- -> knock

=== knock
A knock, and the door opens before you answer. # sfx: door-knock
{ event == 1:
    Dr Alan Hale puts his head in: running shoes, a lanyard heavy with badges, a smile for everyone. He means well.
    Sorry to barge in. Is this Ms Alvarez? Sam's got a PAINMARK slot at four, if she's keen. No pressure, of course. # speaker: hale # mood: warm
    Teresa looks from him to you. His is the name at the top of her clinic letters.
- else:
    Sam Okoye, the research nurse, half in the doorway, a folder under her arm.
    Sorry, I'm early. Dr Hale said you might have someone for PAINMARK? I've a slot at four, if she wants to talk it through. # speaker: sam # mood: neutral
    Teresa looks from Sam to you, working out who this is.
}
* [Say she seems interested, and she can go down at four # move: rush-decision # move: decide-for # time: 1 # why: Teresa hears her interest declared for her and a time booked, before she has said anything and before anyone has checked her fusion.]
    ~ rushed = true
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    { not fusion_flagged:
        ~ shift(safety, -6)
    }
    I think she's interested. She can come down at four. # speaker: clinician
    { event == 1:
        Brilliant. Thanks so much, Ms Alvarez. # speaker: hale # mood: warm
    - else:
        Okay. Four it is. # speaker: sam # mood: guarded
    }
    The door closes.
    { trust >= 40:
        I didn't say I was interested. # speaker: teresa # mood: guarded
    - else:
        Teresa says nothing. She looks at the closed door.
    }
* [Say, in front of her, that nothing can be booked until Dr Hale has reviewed her fusion, and that no is a fine answer whatever happens # move: act-on-risk # move: affirm-refusal # time: 1 # why: Teresa hears you stop the four o'clock slot for a reason about her own body, said openly, and that she can still say no, so nothing about the study is settled without a safety check or her.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Nothing gets booked until Dr Hale has reviewed her fusion. And whatever happens, no is a fine answer. # speaker: clinician
    { not fusion_flagged:
        ~ fusion_flagged = true
        ~ shift(safety, 8)
        { event == 1:
            Her fusion? Quite right. Send me the op note; I'll look at her scans this week. # speaker: hale # mood: neutral
        - else:
            Good catch. I'll ask Dr Hale to look at her scans before anything else. # speaker: sam # mood: warm
        }
    - else:
        ~ shift(safety, 2)
        { event == 1:
            Yes, I've got her op note. This week. # speaker: hale # mood: neutral
        - else:
            Dr Hale's got her notes. I'll wait to hear from him. # speaker: sam # mood: neutral
        }
    }
    The door closes. Teresa lets out a breath she had been holding.
* [Say, in front of her, that it is entirely her decision, and the four o'clock slot is hers if she wants it # move: offer-choice # move: affirm-refusal # time: 1 # why: Teresa hears that the choice is hers, but the choice she is handed is a consent slot at four, before anyone has looked at the rods in her back.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    It's entirely Teresa's decision. If she wants the four o'clock slot, it's hers. # speaker: clinician
    { fusion_flagged:
        { event == 1:
            Ah, wait, this is the fusion? Then not today. I need to see her scans first. # speaker: hale # mood: neutral
        - else:
            Hang on, Dr Hale needs to see her scans first, doesn't he? Not today, then. # speaker: sam # mood: neutral
        }
    - else:
        ~ shift(safety, -6)
        { money == 1:
            Four o'clock. I could do four. # speaker: teresa # mood: guarded
        }
    }
    The door closes.
* {event == 1} [Step into the corridor and tell him you will not push patients in their prescribing reviews # move: bystander-direct # time: 2 # why: Teresa is spared the argument, and Dr Hale hears plainly that recruiting in prescribing reviews is pressure, though the four o'clock slot and her fusion are not settled in front of her.]
    ~ hale_talked = true
    ~ shift(trust, 2)
    Excuse me a moment, Teresa. # speaker: clinician
    In the corridor, you keep your voice low.
    I'm not comfortable pushing patients in the same appointment where I write their prescriptions. # speaker: clinician
    I know. The sponsor's threatening to move sites, and two of Sam's posts are paid from this study. Fair enough. Do it properly. # speaker: hale # mood: guarded
    When you go back in, Teresa is watching the door.
* {event == 2} [Ask Sam in to meet Teresa, and say Sam can answer questions now or by phone later # move: separate-roles # move: offer-choice # time: 2 # why: Teresa meets the independent person who would take her through the study, and chooses how and when to talk to her, though nobody has yet asked whether her fusion rules it out.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Come in a second, Sam. Teresa, this is Sam. She isn't part of your pain care. If you want to know more, she's the one to ask, now or by phone. # speaker: clinician
    Hi, Teresa. Nothing you say to me goes near your prescriptions. I'll leave you my card. # speaker: sam # mood: warm
    Teresa takes the card and holds it by its edges.
- { trust < 25:
    -> walkout
}
-> fear

=== fear
{ clock > 15 && not knocked:
    ~ knocked = true
    Your phone buzzes: the clinic nurse. Your 15:20 has been waiting twenty-five minutes. # sfx: phone-buzz
    The pharmacy shuts at half five. I've got two days of tablets left. # speaker: teresa # mood: guarded
}
{ script_given:
    Teresa has her purse on her lap, the prescription inside it.
- else:
    Teresa's eyes keep going to the printer. Her prescription still hasn't printed.
}
* {not script_given && clock > 15} [Print her prescription now, before the pharmacy shuts, and tell her it never depended on the study # move: act-on-risk # move: separate-roles # time: 1 # why: Teresa, with two days of morphine left and the pharmacy shutting, gets her prescription now, openly and for that reason, and hears that it was never tied to the study.]
    ~ script_given = true
    ~ care_said = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    ~ shift(safety, 4)
    You print the prescription and sign it. # sfx: printer
    Here. You've got two days left and the pharmacy shuts at half five, so this comes first. It never depended on the study. # speaker: clinician
    She puts it in her purse and keeps her hand on it.
    { trust >= 56:
        -> disclosed
    }
* [Ask, "Any questions?" # move: narrow-agenda # time: 1 # why: Teresa is offered a door she would have to push open herself, and unless she trusts you a great deal she says no.]
    Any questions? # speaker: clinician
    { trust >= 64:
        -> disclosed
    }
    No. No questions. # speaker: teresa # mood: guarded
    She is still looking at the {script_given: purse|printer}.
* [Tell her it would really help the clinic: recruitment is behind and Dr Hale is counting on this team # move: leverage-dependence # move: rush-decision # time: 1 # why: Teresa is asked to help the clinic she depends on for her tablets, which turns her answer into a favour she cannot easily refuse.]
    ~ leveraged = true
    ~ pushed = true
    ~ shift(trust, -10)
    ~ shift(autonomy, -6)
    It would really help us. Recruitment's behind, and Dr Hale is counting on this clinic. # speaker: clinician
    { trust < 32:
        -> walkout
    }
    Teresa looks at the {script_given: purse in her lap|printer}, then at you.
    I don't want to cause any trouble. Not here. # speaker: teresa # mood: withdrawn
* [Say clearly that no is a perfectly good answer, and her care will not change whatever she decides # move: affirm-refusal # move: separate-roles # time: 1 # why: Teresa hears, in so many words, that her prescriptions, her appointments and her doctor stay the same if she says no, which may let her say what she is afraid of.]
    ~ care_said = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    I want to be really clear. No is a perfectly good answer. Whatever you decide, your care here stays exactly the same: your prescriptions, your appointments, me. # speaker: clinician
    { trust >= 48:
        -> disclosed
    }
    Okay. # speaker: teresa # mood: guarded
    She doesn't quite believe it. Nobody has said it to her before.
- -> teachback

= disclosed
~ fear_told = true
Teresa looks down at her hands for a moment.
Can I be honest? When you said research, the first thing I thought was: if I say no, what happens to my tablets? # speaker: teresa # mood: distressed # disclose: fear
You're the only place that gives me them. If you drop me, I've got nothing. I'd say yes to anything in this room. # speaker: teresa # mood: distressed
* [Reassure her quickly: "Don't be silly, of course not." # move: correct-dismiss # time: 1 # why: Teresa's fear is waved away as silly, so she apologises for having it, and the reason she might say yes to anything in this room is left standing.]
    ~ care_said = true
    ~ shift(trust, -3)
    Don't be silly. Of course not. # speaker: clinician
    Right. Sorry. # speaker: teresa # mood: withdrawn
    She apologises for being afraid, and you let her.
* [Make sure her prescription is in her hands before anything else is said, and tell her it never depended on the study # move: separate-roles # move: affirm-refusal # time: 1 # why: Teresa holds her prescription, or is shown it in her purse, before anything more is said about the study, so the fear she has just named is answered with the thing itself.]
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    { script_given:
        Your prescription's in your purse. It never depended on the study, and it never will. # speaker: clinician
        She puts her hand flat on the purse, as if checking.
    - else:
        ~ script_given = true
        You print the prescription, sign it, and put it in her hand. # sfx: printer
        This is yours. It never depended on the study, and it never will. # speaker: clinician
        She looks at it for a long time before she puts it in her purse.
    }
* [Name it: you write her prescriptions and you are asking her for something, which is exactly why someone else should do the asking # move: name-asymmetry # move: separate-roles # time: 2 # why: Teresa hears you agree that her fear makes sense, and that the answer is for someone with nothing to do with her tablets to do the asking.]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    That makes complete sense. I write your prescriptions, and I'm asking you for something. That's exactly why I shouldn't be the one asking. # speaker: clinician
    Your care doesn't depend on this. If you want to hear more, it should be from Sam, the research nurse, who has nothing to do with your treatment. # speaker: clinician
    { trust >= 66 && money == 1 && not rent_told:
        ~ rent_told = true
        ~ support = true
        Teresa nods slowly. Then, as if the door you opened lets something else through:
        The truth is, I'm three weeks behind on the rent. The landlord's written twice. That's why I read the money line twice. # speaker: teresa # mood: distressed # disclose: rent
        Thank you for telling me. The welfare advisers here can help with that, whatever you decide about the study. I'll refer you today. # speaker: clinician
    }
- -> teachback

=== teachback
{ clock > 20:
    Teresa's phone buzzes. She glances at it: Mateo, home from school, asking what's for tea.
}
Before anything is decided, you want to know what she has actually understood.
* [Ask her to explain the study back in her own words, all of it, so you know you have explained it properly # move: teach-back # time: 3 # why: Teresa's own words show you what your explanation left wrong, and she can correct it with you before anything is decided, at three more minutes for the patients outside.]
    { wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 4)
    }
    So I know I've explained it properly, could you tell me in your own words what it involves? # speaker: clinician
    -> teachback.check
* [Ask her to tell you back just the two things that matter most: what the needle involves, and that it will not help her back # move: teach-back # move: keep-to-time # time: 1 # why: Teresa checks the two facts her decision turns on, the needle and that it is not treatment, in a minute, and the detail goes to Sam.]
    { wants == 1:
        ~ shift(trust, 1)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 4)
    }
    Just so I know I've got the two big things across: what does the needle involve, and what will the study do for your back? # speaker: clinician
    -> teachback.check
* [Ask, "Does that all make sense?" # move: narrow-agenda # time: 1 # why: Teresa says yes, as people do to forms, and whatever she misunderstood stays misunderstood.]
    Does that all make sense? # speaker: clinician
    Yes. # speaker: teresa # mood: neutral
    She nods the way people nod at forms.
    -> teachback.done
* [Hand her the fourteen-page information sheet; it covers everything # move: detach # time: 1 # why: Teresa takes home fourteen pages in place of a conversation, and the questions she would have asked go with her.]
    It's all in here. Have a good read. # speaker: clinician
    She folds the fourteen pages in half, then in half again, to fit her bag.
    -> teachback.done

= check
~ understood = true
{
- misconception:
    It's a new test for my pain. To find the right treatment for me. # speaker: teresa # mood: neutral
    You hear your own words coming back, and what they left out.
    I gave you the wrong idea, and I'm sorry. It won't help your pain or change your treatment. It's only research. # speaker: clinician
    ~ misconception = false
    { risk != "plain":
        You go over the headache risk again too, in plain words this time: about one in twenty to thirty people.
    }
    Only research. Okay. # speaker: teresa # mood: guarded
- risk == "hidden":
    A small needle in my back. Very safe. And a night in. # speaker: teresa # mood: neutral
    You hear your own reassurance coming back, and what it left out.
    I made it sound easier than it is. About one person in twenty to thirty gets a bad headache for days afterwards. And because of your rods, Dr Hale has to check your scans before you could even be asked to sign. # speaker: clinician
    Days. You didn't say days. # speaker: teresa # mood: guarded
- risk == "jargon":
    A needle in my spine, and I might get an infection in it. # speaker: teresa # mood: distressed
    Infection is very rare. The thing that's more likely is a headache for a few days, in about one person in twenty to thirty. And Dr Hale has to look at your scans first, because of the rods. # speaker: clinician
    Okay. Headache. That I know about. # speaker: teresa # mood: neutral
- else:
    Needle in my back for the spine fluid, above the rods if the study doctor says it can be done. Blood twice. A night in. Maybe a headache, one in twenty-something, lie flat. It doesn't help me. # speaker: teresa # mood: neutral
    { not prorate_told:
        And the thousand pounds comes first, before? # speaker: teresa # mood: guarded
        After, and if you stop partway you're paid for what you've done. # speaker: clinician
        ~ prorate_told = true
    }
}
{ not fusion_flagged:
    ~ fusion_flagged = true
    ~ shift(safety, 4)
    You make a note to send Dr Hale her operation note today.
}
-> teachback.done

= done
{ risk == "plain" && not misconception:
    ~ understood = true
}
-> decide

=== decide
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
{ clock > 25:
    Through the door you hear the clinic nurse telling someone it won't be long now.
}
{ rushed:
    Sam's four o'clock is pencilled in already, because you said it would be.
}
{
- wants == 1:
    It's my decision, isn't it? I want to read it properly on my own. # speaker: teresa # mood: neutral
- wants == 2:
    I'd want to talk to my sister first. Lucía. She's the sensible one. # speaker: teresa # mood: neutral
- else:
    What would you do? Honestly. If you were me. # speaker: teresa # mood: neutral
}
{ plan == 1:
    And the tablets are coming down this month. Does that matter? # speaker: teresa # mood: guarded
}
All that is left is the decision, and who will be in the room for it.
* [Suggest she sees Sam at four today and signs while she is here; it saves another two-bus trip # move: rush-decision # time: 1 # why: Teresa is offered a same-day signature to save her a bus fare, which leaves no night to think, no one to ask, and no time for Dr Hale to look at her scans.]
    ~ path = "today"
    ~ rushed = true
    ~ shift(autonomy, -3)
    { not fusion_flagged:
        ~ shift(safety, -6)
    }
    { plan == 1:
        ~ shift(safety, -3)
    }
    Sam has a slot at four. You could sign today while you're here, and save yourself the two buses. # speaker: clinician
    {
    - autonomy >= 62:
        ~ path = "time"
        Teresa shakes her head, slowly.
        No. I want to read it at home{wants == 2: , and ask Lucía}. If I want it, I'll ring the nurse. # speaker: teresa # mood: neutral
        That's completely fine. I'll ask Sam to come and say hello, so you know who she is. # speaker: clinician
    - else:
        Four o'clock. Okay. # speaker: teresa # mood: guarded
    }
    { not script_given:
        ~ script_given = true
        {
        - path == "today":
            ~ script_late = true
            Only now do you print and sign her prescription. She takes it after everything else, the way it always comes. # sfx: printer
        - else:
            You print and sign her prescription. # sfx: printer
        }
    }
    -> sam
* [Hand her to Sam, who is not part of her care: take the sheet home, talk it over with anyone she likes, no decision today # move: separate-roles # move: offer-choice # move: affirm-refusal # time: 2 # why: Teresa goes home with the sheet, time, the right to talk to whoever she decides things with, and someone independent of her tablets to ask.]
    ~ path = "time"
    {
    - wants == 3:
        ~ shift(trust, -3)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
    }
    Take the sheet home. Don't decide today. Talk it over with anyone you like. Sam, the research nurse, isn't part of your care; she can phone you in a few days to answer questions. Or not. # speaker: clinician
    { wants == 3:
        I asked what you'd do. # speaker: teresa # mood: guarded
        She folds the sheet anyway.
    - else:
        Not today. Okay. # speaker: teresa # mood: relieved
    }
    { not script_given:
        ~ script_given = true
        You print and sign her prescription. # sfx: printer
    }
    -> asks
* [Tell her what you would advise, and why, and that the decision is still hers # move: recommend-clearly # move: affirm-refusal # time: 2 # why: Teresa hears your own view of what this study means for her, given her back, her tablets and her reasons, and is told just as plainly that she can still decide otherwise.]
    {
    - wants == 3:
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
    - else:
        ~ shift(trust, 1)
    }
    { plan == 1:
        ~ advised_wait = true
        ~ path = "wait"
        ~ shift(safety, 6)
        My advice is: not now. Your morphine is coming down this month. That can mean a few weeks of worse pain and poor sleep, and I wouldn't add a needle in your back and a night away on top. # speaker: clinician
        If you still want to do it in three months, when you're settled on the new dose, Sam can see you then. It's still your decision. # speaker: clinician
    - else:
        ~ path = "time"
        ~ shift(safety, 2)
        It won't help your back, the headache is a real risk, and Dr Hale has to clear your fusion first. # speaker: clinician
        If helping the research matters to you, it's a reasonable thing to do. If it's mostly the money, I'd get the money side looked at first and see whether you still want it. Either way: not today, and with Sam, not me. It's your decision. # speaker: clinician
    }
    {
    - wants == 3:
        Thank you. That's what I wanted. # speaker: teresa # mood: relieved
    - wants == 2:
        I'll tell Lucía what you said. # speaker: teresa # mood: neutral
    - else:
        I hadn't asked. But okay. # speaker: teresa # mood: neutral
    }
    { not script_given:
        ~ script_given = true
        You print and sign her prescription. # sfx: printer
    }
    -> asks
* [Offer to take her consent yourself now; you are on the study's delegation log, and it saves her another trip # move: leverage-dependence # move: rush-decision # time: 2 # why: Teresa is asked to sign, today, in front of the doctor who writes her prescriptions, which is the situation the independence rule exists to prevent.]
    ~ path = "self"
    ~ leveraged = true
    I'm on the study team. I can go through the consent form with you now, and save you another trip. # speaker: clinician
    {
    - autonomy >= 66:
        ~ path = "time"
        Teresa thinks about it, then shakes her head.
        I'd rather read it at home. And do it with the nurse, not you. No offence. # speaker: teresa # mood: neutral
        None taken. I'll ask Sam to come and say hello. # speaker: clinician
        { not script_given:
            ~ script_given = true
            You print and sign her prescription. # sfx: printer
        }
        -> sam
    - else:
        Okay. If that's easier for you. # speaker: teresa # mood: neutral
        -> self_consent
    }

= asks
{ path == "time" && trust >= 60:
    -> asks_you
}
-> sam

=== asks_you
Teresa doesn't get up.
Can't you just do the form now? I'd rather it was you. I don't know her. # speaker: teresa # mood: warm
* [Tell her you will not take her consent yourself, because you are her doctor, and why; Sam will, and you will introduce her # move: hold-boundary # move: separate-roles # time: 1 # why: Teresa is told no, openly and with the reason, that her prescriber should not be the one she signs for, so her yes or no can be made to someone her tablets do not depend on.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 4)
    I'm glad you trust me. That's exactly why I shouldn't. I write your prescriptions; if I take your consent, you'll never know whether you said yes to the study or to me. Sam will, and I'll introduce you now. # speaker: clinician
    Teresa thinks about that, and nods.
    Fair. That's fair. # speaker: teresa # mood: neutral
    -> sam
* [Ask her which she would prefer: you now, or Sam later in the week # move: offer-choice # move: offer-control # time: 1 # why: Teresa is offered a choice between her prescriber and a stranger, and picks the doctor she depends on, which is the pressure the choice should have kept out.]
    ~ path = "self"
    ~ shift(autonomy, -3)
    Would you rather do it with me now, or with Sam later in the week? # speaker: clinician
    You. Now. Get it done. # speaker: teresa # mood: guarded
    -> self_consent
* [Agree: she has asked for you, and you are on the study's delegation log # move: leverage-dependence # time: 1 # why: Teresa signs with the doctor who writes her prescriptions, because she asked and because it is allowed, and the independence that protects her answer is gone.]
    ~ path = "self"
    ~ shift(trust, 2)
    ~ shift(autonomy, -4)
    Of course. I'm on the delegation log. # speaker: clinician
    -> self_consent

=== self_consent
You take a consent form from the drawer. It is allowed: you are on the delegation log.
{ fusion_flagged:
    Dr Hale has not reviewed her scans yet. The protocol says he reviews before consent.
}
Teresa moves the cushion and sits facing you, the pen already in her hand.
* [Show her where to initial and sign; the detail is in the sheet # move: rush-decision # move: detach # time: 1 # why: Teresa initials eleven boxes in under a minute, in front of her prescriber, with no one independent in the room.]
    ~ shift(autonomy, -5)
    { not fusion_flagged:
        ~ shift(safety, -4)
    }
    Initial each box, then sign and date at the bottom. # speaker: clinician
    She initials eleven boxes in under a minute.
* [Go through each section in plain words, stopping for questions at each one # move: plain-language # move: teach-back # time: 3 # why: Teresa understands each section, and still signs it in front of the doctor she depends on, which no amount of explaining undoes.]
    ~ shift(autonomy, 3)
    ~ understood = true
    { not fusion_flagged:
        ~ shift(safety, -4)
    }
    You go through it section by section: what happens, the headache, her surgery, stopping at any point, what happens to her samples.
    She asks one question, about Mateo: who would be with him overnight? You don't have an answer. She initials the box anyway.
* [Before she signs, ask her what she is agreeing to, and whether she feels she could say no to you # move: test-consent # time: 2 # why: Teresa is asked whether her yes is her own by the doctor it might be for; she can only say it is not if she already trusts you with her fear, and otherwise she tells you what her prescriber wants to hear.]
    Before you sign anything: tell me what you think you're agreeing to. And be honest with me. Do you feel you could say no to me? # speaker: clinician
    { fear_told || trust >= 62:
        ~ path = "time"
        ~ shift(trust, 1)
        ~ shift(autonomy, 3)
        A needle in my back, a night in, blood tests. It won't help my back. # speaker: teresa # mood: guarded
        She turns the pen over.
        And no. Not to you. You do my tablets. # speaker: teresa # mood: distressed
        Then I shouldn't be the one asking you. I'll ring Sam, who has nothing to do with your tablets, and you can take it home first. # speaker: clinician
        { not script_given:
            ~ script_given = true
            You print and sign her prescription. # sfx: printer
        }
        -> sam
    - else:
        { not understood:
            ~ understood = true
            ~ shift(autonomy, 2)
            She has the needle and the night in right. The headache and her rods are not in what she says, and she thinks it might help her back. You go through what she missed, and she nods at each part.
        - else:
            A needle in my back, a night in, blood tests. It won't help my back. # speaker: teresa # mood: neutral
        }
        Course I could say no. I'm a grown woman. # speaker: teresa # mood: guarded
        She says it to the pen, not to you, and reaches for the first box.
    }
* [Stop, and tell her you should not be the one taking her consent, because you are her doctor; ring Sam instead # move: hold-boundary # move: separate-roles # time: 1 # why: Teresa hears you stop yourself, and why, and her decision moves to someone independent of her care before she has signed anything.]
    ~ path = "time"
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    You put the pen down. # speaker: clinician
    Actually, no. I shouldn't be doing this. I write your prescriptions. You should be asked by someone who doesn't, and with time to think. I'll ring Sam. # speaker: clinician
    Teresa looks at the pen, then at you.
    Okay. Yes. That's probably right. # speaker: teresa # mood: relieved
    { not script_given:
        ~ script_given = true
        You print and sign her prescription. # sfx: printer
    }
    -> sam
- 
~ signed_today = true
She signs, dates it, and hands you back the pen.
{ not script_given:
    ~ script_given = true
    ~ script_late = true
    Only then do you print and sign her prescription. She takes it after everything else, the way it always comes. # sfx: printer
}
-> after

=== sam
{
- path == "today":
    16:00. You walk her down the corridor to the research office: two chairs, a box of tissues, the consent form ready on the desk. # bg: research-office # ambience: research-office
    Hi, Teresa. I'm Sam, the research nurse. I'm not part of your pain care. Nothing you say to me goes near your prescriptions. # speaker: sam # mood: warm
    ~ path = "time"
    ~ at_office = true
    ~ shift(trust, -3)
    { fusion_flagged:
        Sam checks the screening sheet and looks up.
        Dr Hale hasn't reviewed her scans yet, has he? Then I can't take consent today. The protocol says he reviews first. I can go through the sheet with you, and ring you when he has. # speaker: sam # mood: guarded
    - else:
        ~ fusion_flagged = true
        Sam reads the screening sheet, then the operation note, and looks up.
        Her notes say lumbar fusion. Has Dr Hale seen her scans? Then I can't consent her today. The protocol says he reviews first. # speaker: sam # mood: guarded
    }
    Teresa has waited forty minutes for this, and has two buses home.
- else:
    You ring the research office. Two minutes later, Sam Okoye knocks and comes in. # sfx: door-knock
    Hi, Teresa. I'm Sam, the research nurse. I'm not part of your pain care, so nothing you say to me goes near your prescriptions. Shall we pop down to my office? # speaker: sam # mood: warm
}
{ wants == 2:
    And if you want your sister on the phone for any of it, that's fine. # speaker: sam # mood: warm
}
Teresa glances at you. Sam notices.
Are you coming too, or shall we carry on between us? # speaker: sam # mood: neutral
* [Stay with her, in case she has medical questions # move: leverage-dependence # time: 2 # why: Teresa talks about the study with her prescriber watching, and looks at you, not at Sam, whenever she answers.]
    ~ stayed = true
    ~ shift(autonomy, -4)
    I'll stay, in case there are medical questions. # speaker: clinician
    Teresa sits where she can see you both.
* [Ask Teresa which she would prefer # move: offer-control # time: 1 # why: Teresa decides who is in the room, and if she does not yet trust that no is allowed, she asks for the doctor she depends on.]
    Teresa, would you rather I was there, or not? # speaker: clinician
    {
    - trust >= 55:
        ~ shift(autonomy, 4)
        Just Sam's fine. Thanks, though. # speaker: teresa # mood: warm
    - else:
        ~ stayed = true
        With me. Please. # speaker: teresa # mood: guarded
        She says it the way you would hold on to a rail.
    }
* [Tell her you will leave her with Sam, because it is better she talks it through without her prescriber in the room, and that you will see her at her next review as always # move: hold-boundary # move: separate-roles # time: 1 # why: Teresa hears why you are stepping out, and that her next review is booked whatever she decides, so she talks to Sam without her prescriber watching.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 4)
    I'll leave you with Sam. It's better you talk it through without me in the room, because I'm the one who prescribes for you. I'll see you at your next review, same as always. # speaker: clinician
    Same as always. Okay. # speaker: teresa # mood: neutral
-
{
- path == "wait":
    In the research office, Sam gives Teresa a card and writes a date three months away on the back. # bg: research-office # ambience: research-office
    If you still want to talk about it then, ring me. If you don't, don't. No reason needed. # speaker: sam # mood: warm
- stayed:
    In the research office, Sam gives Teresa a card with her number and offers a phone call {at_office: once Dr Hale has seen her scans|on Friday}, if she wants one. # bg: research-office # ambience: research-office
    If you decide no, you don't need to give a reason. Just tell me, or don't pick up. # speaker: sam # mood: warm
    Teresa looks at you when Sam says it, as if checking that it's true.
- at_office:
    You go back to your clinic. Ten minutes later, a message from Sam: She's taking the sheet home. I'll ring when Dr Hale has seen her scans, if she wants me to.
- else:
    Sam takes her down the corridor. Ten minutes later, a message from Sam: She's taking the sheet home. I'll ring Friday, if she wants me to.
}
-> after

=== walkout
~ walked = true
Teresa stands up. It hurts; she does it anyway.
{
- script_given:
    I've got my prescription. I'm going. # speaker: teresa # mood: angry
- else:
    Can I just have my prescription, please? The pharmacy shuts at half five. # speaker: teresa # mood: angry
}
* [Ask her to sit down so you can finish the review properly first # move: narrow-agenda # move: leverage-dependence # time: 1 # why: Teresa is asked to stay for the review while she is asking for her tablets, so leaving and her prescription become linked once more.]
    ~ shift(trust, -5)
    Please, sit down. Let's finish the review properly first. # speaker: clinician
    I've been reviewed. # speaker: teresa # mood: angry
    { not script_given:
        ~ script_given = true
        You print and sign the prescription. She takes it from your hand without looking at you. # sfx: printer
    }
* [Apologise for pushing, and tell her that her care here does not depend on the study # move: apologise # move: separate-roles # time: 1 # why: Teresa hears you own the pressure and separate her care from the study, with her prescription in her hand first, which leaves a door open for her next review.]
    ~ apologised = true
    ~ shift(trust, 5)
    I'm sorry. I pushed, and I shouldn't have. Your care here has nothing to do with the study. Will you still come to your next review? # speaker: clinician
    { not script_given:
        ~ script_given = true
        You print and sign the prescription and hold it out first, before anything else. # sfx: printer
    }
    Teresa stops at the door, the prescription in her hand.
    Maybe. # speaker: teresa # mood: withdrawn
* [Let her go # move: detach # time: 1 # why: Teresa leaves with her prescription and without a word about what happened, so the last thing she knows about this clinic is the pressure.]
    { not script_given:
        ~ script_given = true
        You print the prescription and sign it. She takes it at the door. # sfx: printer
    }
    You let her go.
- -> after

=== after
{ walked:
    The door swings shut behind her. Her cushion is still on the chair.
}
Three patients are waiting now. # bg: consult-room # ambience: consult-room
{ clock > 28:
    One of them, the nurse tells you, has gone home without being seen.
}
Dr Hale's message is still open: offer it to every suitable patient today.
* [Call your next patient now, and write to the clinical lead and the research office at the end of clinic # move: keep-to-time # move: escalate # time: 0 # why: The patients outside are seen now, and the same concern about recruiting in prescribing reviews still reaches the people who can change it, tonight.]
    ~ escalated = true
    You call your next patient. At six, when clinic is done, you write to the clinical lead and the trust's research office: patients are being asked to join a paid study by the doctors who prescribe their opioids, under a same-day target, and the automatic screen does not flag spinal surgery. You name no patient.
* [Write to the clinical lead and the research office now, while it is fresh # move: escalate # time: 3 # why: The concern about recruiting in prescribing reviews reaches the people who can change it, and three patients wait three more minutes for it.]
    ~ escalated = true
    You write to the clinical lead and the trust's research office: patients are being asked to join a paid study by the doctors who prescribe their opioids, under a same-day target, and the automatic screen does not flag spinal surgery. You name no patient.
* [Message Dr Hale: recruitment should go through Sam, outside prescribing appointments, without a same-day target # move: advocate # time: 1 # why: Dr Hale hears from his own team how the target lands on patients who depend on the clinic, and it stays his decision whether anything changes.]
    ~ advocated = true
    You write to Hale: recruit through Sam, outside prescribing reviews, with time to think. A same-day target corners patients who depend on us. And the screen needs to flag previous spinal surgery.
* [Update the screening log, and call your next patient # move: comply-policy # time: 1 # why: The next patient is seen, and the target that put Teresa in this position is left exactly as it was for the next person on the list.]
    You mark her on the screening log and call your next patient.
- -> outcome

=== outcome
{
- walked || trust < 25:
    -> walked_out
- signed_today && not understood:
    -> withdrew_later
- signed_today:
    -> under_pressure
- care_said && autonomy >= 50 && trust >= 40:
    -> her_choice
- not understood:
    -> withdrew_later
- else:
    -> under_pressure
}

= her_choice
{
- advised_wait && helps == 1:
    -> informed_yes
- advised_wait:
    -> free_choice
- helps == 1 && not understood:
    -> withdrew_later
- helps == 1 && plan == 1:
    -> withdrew_later
- helps == 1:
    -> informed_yes
- money == 1 && not support:
    -> under_pressure
- else:
    -> free_choice
}

= the_needle
{
- fusion_flagged:
    Dr Hale has reviewed her scans before the study day: the fusion is at the bottom two levels, and there is room above it. He does the lumbar puncture himself, one level higher.
- else:
    Nobody had sent Dr Hale her operation note. On the study day the research fellow reads it on the ward, stops, and calls him. Hale reviews her scans that afternoon and does it himself, above the fusion, a day late. It is logged as a protocol deviation, and she spends a second night away from Mateo.
}
->->

= walked_out
{ not walked:
    Teresa thanks you politely on her way out. She doesn't look back.
}
{ signed_today:
    She doesn't turn up for the study visit. Sam's calls go to voicemail.
}
She doesn't come to her next review. Nor the one after.
{ apologised:
    Four months later she rings, and asks to see a different doctor. She comes, and she keeps her coat on.
- else:
    Her GP writes: she has asked to be referred to another pain service. The nearest has a fourteen-month wait. Meanwhile, the practice will not restart the shared care without a pain specialist's review.
}
{
- escalated:
    The clinical lead stops same-day recruitment in prescribing reviews. It is the right decision, and too late for this one.
- advocated:
    Hale replies: noted. The target stays.
- hale_talked:
    That evening Hale messages the team again: offer it, don't push it. It is a start.
}
She came for her pain care and left thinking it had a price. # ending: walked-out
-> END

= withdrew_later
{ not signed_today:
    When Sam rings, Teresa says yes before Sam has finished the first question.
}
-> the_needle ->
{ plan == 1:
    The study day falls in the second week of her morphine reduction. That night she cannot tell the study from the reduction: the headache, the sweats, the pain in her back. Neither can anyone else.
- else:
    The next morning, she cannot sit up without her head splitting. It is worse standing. She has to lie flat in the research unit while Mateo texts from home.
}
{
- plan == 1 && not advised_wait:
    Nobody had told her it might be better to wait until her tablets had settled.
- risk == "plain":
    Someone had told her about the headache. It had been one line in a long afternoon, and she had not heard it over everything else on her mind.
- risk == "hidden":
    Nobody had told her it could be like this. She remembers the words "very safe".
- else:
    Somebody had said something about it, in words she did not understand.
}
She withdraws before the second blood sample.
{ plan == 1:
    She stops the reduction too. It will be six months before she tries again.
}
{ prorate_told:
    Sam makes sure she is paid for the part she did. She takes it, and does not say thank you.
- else:
    Sam pays her for the part she did. Nobody had told her she would be; she spent the night thinking she had lost it all.
}
At her next pain review she is polite, brief and guarded, and says yes to everything. She cancels the one after.
{
- escalated:
    The clinical lead asks the study team for a report on recruitment in clinic. Her name is not in it.
- advocated:
    Hale replies to your message: fair point, let's discuss at the team meeting.
- hale_talked:
    Hale told the team to offer it, not push it. It did not reach this offer in time.
}
She signed, and stopped, and stopped trusting the clinic. # ending: withdrew-later
-> END

= under_pressure
{
- signed_today && path == "self":
    She signed in front of the doctor who writes her prescriptions, before she had left the room.
- money == 1 && care_said:
    She reads the sheet at home. She knows she can say no. Then the landlord's third letter comes, and she rings Sam.
- else:
    When Sam rings, Teresa says yes before Sam has finished the first question.
}
-> the_needle ->
It goes well. No headache.
{
- money == 1 && rent_told:
    The thousand pounds goes on the rent, and the landlord stops writing.
- money == 1:
    The thousand pounds goes on the rent. She was three weeks behind. She never told you.
- else:
    The thousand pounds goes into the bank, for Mateo's college tools.
}
{
- script_late:
    Her prescription came after her yes. She never finds out whether it would have come without it.
- fear_told:
    She had said the fear out loud. She is still not sure she was allowed to say no.
- else:
    She never told anyone she was afraid for her tablets. No one asked.
}
At her next review, before she has sat down, she asks: My tablets are still the same, aren't they? # speaker: teresa # mood: guarded
{
- escalated:
    The clinical lead moves recruitment out of prescribing reviews, from next month.
- advocated:
    Hale replies: fair point, let's discuss at the team meeting. The meeting is in three weeks.
- hale_talked:
    That evening Hale messages the team again: offer it, don't push it. Nobody changes where the offer is made.
}
Nothing went wrong. Whether it was ever her choice is another question. # ending: signed-under-pressure
-> END

= informed_yes
{ advised_wait:
    She waits, as you advised. The reduction is hard for a fortnight, then easier.
    In the spring, settled on the new dose, she rings Sam herself.
- else:
    Teresa reads the sheet at home{wants == 2: , with Lucía on speakerphone}, twice, and rings Sam with four questions written on the back of an envelope.
}
{ fusion_flagged:
    Dr Hale has reviewed her scans by then: the fusion is at the bottom two levels, and there is room above it. He would do it himself, one level higher, and stop after two tries if it did not work. Sam tells her exactly that.
}
She says yes the following week, knowing that it will not help her back, about the headache, about her fusion, and that she can stop at any point.
{ not fusion_flagged:
    -> the_needle ->
}
{
- money == 1 && support:
    The welfare adviser has already agreed a plan with her landlord. The payment goes on Mateo's college tools.
- money == 1:
    The payment goes on the rent. It is not why she said yes, and she knows it.
- else:
    The payment goes on Mateo's college tools.
}
No headache. She had Sam's number ready in case it came.
Nobody could tell me why my back still hurts. Maybe this helps them tell the next person. # speaker: teresa # mood: warm
Three months later, at her review, her prescription is the same. She takes her coat off.
{
- escalated:
    The clinical lead has moved recruitment out of prescribing reviews, and the research office has asked the study team to screen for spinal surgery.
- advocated:
    Hale has agreed that recruitment goes through Sam. He still sends the weekly numbers.
- hale_talked:
    That evening Hale messaged the team again: offer it, don't push it. It was a start.
}
She had the facts, time, a real right to say no, and reasons of her own. She said yes. # ending: informed-yes
-> END

= free_choice
{
- advised_wait:
    She waits, as you advised. The reduction is hard for a fortnight, then easier.
    When Sam rings in the spring, Teresa has thought about it. No, thank you. It was only ever the money, and the money isn't a reason.
- support:
    Teresa sees the welfare adviser on Thursday. There is a hardship payment and a plan with the landlord.
    When Sam rings on Friday, Teresa says no. With the rent sorted, she asked herself whether she would do it if money weren't tight. The answer was no.
- else:
    Teresa reads the sheet at home{wants == 2: , and reads it again to Lucía over the phone}. On Friday, she tells Sam: no, thank you. Not with Mateo's exams, and not with her back.
}
No reason needed. Thanks for thinking about it. # speaker: sam # mood: warm
Three months later, at her review, her prescription is the same. She takes her coat off.
{
- escalated:
    The clinical lead has moved recruitment out of prescribing reviews, and the research office has asked for the change in writing.
- advocated:
    Hale has agreed that recruitment goes through Sam. He still sends the weekly numbers.
- hale_talked:
    That evening Hale messaged the team again: offer it, don't push it. It was a start.
}
She had the facts, time and a real right to say no. She said no, and the decision was hers. # ending: free-choice
-> END
