// The offer: a pain-clinic review, a patient who depends on the clinic for her prescriptions,
// and a paid research study the player is asked to offer her today.
// Facilitator guide: docs/scenarios/the-offer.md
INCLUDE ../../lib/power.ink

VAR trust = 42       // 0..100: Teresa's trust in the player; she is polite and careful
VAR autonomy = 40    // 0..100: how far Teresa's own informed values drive what is decided
VAR clock = 0        // minutes used; the engine adds each choice's time tag

VAR script_given = false   // her prescription is in her purse
VAR script_late = false    // it was printed only after she had agreed to something
VAR care_said = false      // the player has said her care does not depend on her answer
VAR leveraged = false      // care and the request have been linked
VAR named = false          // the player has named the asymmetry out loud
VAR misconception = false  // she believes the study is treatment for her
VAR money_led = false      // the payment was the headline
VAR pushed = false         // the money or the clinic's need has been used to persuade
VAR prorate_told = false   // she knows she is paid for what she does if she stops
VAR risk = ""              // how the lumbar puncture risk was told: plain, hidden, jargon
VAR rent_told = false
VAR fear_told = false
VAR support = false        // referred to the social worker for rent hardship
VAR rushed = false         // Hale has been told she will come at four
VAR hale_talked = false
VAR knocked = false
VAR taught = false         // teach-back was used
VAR understood = false     // she understands what it involves, the risk, and that it is not treatment
VAR path = ""              // today, time, self
VAR stayed = false         // the player stayed in the room while Sam took consent
VAR signed_today = false
VAR walked = false
VAR apologised = false
VAR escalated = false
VAR advocated = false

-> opening

=== opening
Tuesday, 15:05. Pain clinic, room 4. A fifteen-minute review slot, and the afternoon already running late. # bg: consult-room # ambience: consult-room
At lunch Dr Alan Hale messaged the whole team: PAINMARK recruitment is behind. Please offer it to every suitable patient today.
Teresa Alvarez, 47, is on the screening list. Low back pain since a lifting injury at work four years ago; a spinal fusion that did not help.
Pregabalin and slow-release morphine, prescribed here under a signed treatment agreement. This clinic is her only source of pain care.
She puts a cushion on the chair before she sits on the edge of it.
Hi, doctor. Sorry. The bus. Two buses. # speaker: teresa # mood: guarded
She keeps her coat on.
* [Ask how the last three months have been, and let her tell it her way # move: open-question # move: let-finish # time: 2]
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    How have the last three months been? Start wherever you like. # speaker: clinician
    She takes a breath, as if deciding to give you the real version.
    Up and down. Mostly down. I can do the shopping if I stop twice. Nights are bad. # speaker: teresa # mood: neutral
    Mateo carries the bags now. He's fifteen. He shouldn't have to. # speaker: teresa # mood: guarded
* [Start with the agreement checks: same pharmacy, no early refills, a urine sample today # move: narrow-agenda # move: detach # time: 1]
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    Let's start with the usual checks. Same pharmacy? Any early refills? And we'll need a urine sample today. # speaker: clinician
    Same pharmacy. No early ones. I never have. # speaker: teresa # mood: guarded
    She answers like someone used to people waiting for a wrong answer.
* [Ask about her son's exams first; she was worried about them last time # move: authentic-connection # time: 2]
    ~ shift(trust, 5)
    How did Mateo's exams go? You were worried about them last time. # speaker: clinician
    She looks up, surprised that you remembered.
    He passed maths. Just. He wants to be an electrician. # speaker: teresa # mood: warm
    He carries the shopping now. He's fifteen. He shouldn't have to. # speaker: teresa # mood: guarded
- -> tablets

=== tablets
She takes a folded notice from her pocket, from the waiting room: all long-term opioid prescriptions will be reviewed this year.
Are you cutting my tablets? My neighbour's doctor cut his. Just like that. # speaker: teresa # mood: distressed
* [Keep it open: "Let's see how today's review goes first." # move: conceal # move: narrow-agenda # time: 1]
    ~ shift(trust, -6)
    Let's see how today's review goes, and take it from there. # speaker: clinician
    Teresa holds the notice in both hands. Her eyes go to the printer on your desk, where her prescriptions come from.
    Okay. # speaker: teresa # mood: guarded
* [Say plainly: no change today, and any future change would be planned together # move: plain-language # move: cooperative-goals # time: 1]
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    No. Your plan is working, and it stays the same today. If we ever change it, we'll plan it together, and slowly. # speaker: clinician
    She breathes out and folds the notice into a small square.
    Okay. Thank you. # speaker: teresa # mood: relieved
* [Ask what she has heard, and what worries her most about it # move: open-question # move: elicit-values # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    What have you heard? And what worries you most? # speaker: clinician
    That you call people in and stop them. And then what? My GP won't touch my pain. It's you or nothing. # speaker: teresa # mood: distressed
    Nothing is changing today. If anything ever changes, we'll decide it together, slowly. # speaker: clinician
    She nods, but she doesn't put the notice away.
- -> daily_life

=== daily_life
Her diary shows pain scores of six to eight, worst at night. Sitting hurts after about ten minutes.
Do you mind if I stand for a bit? # speaker: teresa # mood: neutral
She stands by the window, one hand on the sill.
* [Ask what she would most like to be able to do by the next review, and agree one step together # move: cooperative-goals # move: elicit-values # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    What would you most like to be able to do by next time? # speaker: clinician
    Watch Mateo's football. A whole match, standing up. And find some work. Something I can sit and stand at. # speaker: teresa # mood: warm
    You agree one step: half a match, with the pacing plan.
* [Put her back on the list for the physiotherapy group; she is due another round # move: decide-for # time: 1]
    ~ shift(autonomy, -4)
    I'll put you back on the list for the physio group. # speaker: clinician
    Thursday mornings? Okay. I'll sort the bus somehow. # speaker: teresa # mood: neutral
    She says it the way people do when the bus fare is something that has to be sorted.
* [Note the scores and move on; the diary is stable # move: detach # move: narrow-agenda # time: 1]
    ~ shift(trust, -3)
    You type the scores into the record: stable on current regimen.
    Teresa watches the side of your face while you type.
- -> the_study

=== the_study
The review is done. Her prescription is on the screen: one click to print, then your signature.
Beside it, the PAINMARK screening list. Her name has a green tick.
PAINMARK is company-sponsored and treats no one: a lumbar puncture, two blood samples and a 24-hour stay, paying a thousand dollars. You are a co-investigator.
* [Leave her out: with her pain and her circumstances, this study is not for her # move: decide-for # move: withhold-options # time: 1]
    ~ script_given = true
    ~ shift(autonomy, -4)
    You untick her name. Someone else can fill the numbers.
    You print and sign her prescription, and she puts it into her purse.
    -> poster
* [Raise the study now, while you remember; the prescription can print at the end, as usual # move: leverage-dependence # move: narrow-agenda # time: 1]
    ~ leveraged = true
    ~ shift(autonomy, -3)
    You leave the prescription on the screen. It will print at the end, the way it always does.
    Teresa sits back down on the cushion, within reach of the printer.
    -> frame
* [Print and sign her prescription and hand it over first; then raise the study as a separate matter # move: separate-roles # time: 1]
    ~ script_given = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    You sign the prescription and hand it to her. She sits back down, puts it into her purse and zips it shut.
    That's your care sorted for today. There's something separate I'd like to mention. # speaker: clinician
    -> frame

=== poster
She stands to go, then stops, holding the back of the chair.
Can I ask something? There's a poster in the waiting room. Pain research, a thousand dollars. Is that you lot? # speaker: teresa # mood: guarded
She says "a thousand dollars" quietly, as if it might be rude.
* [Steer her away: "It's not really designed for patients like you." # move: withhold-options # move: decide-for # time: 1]
    ~ shift(trust, -7)
    ~ shift(autonomy, -4)
    It's not really designed for patients like you. # speaker: clinician
    Patients like me? # speaker: teresa # mood: angry
    The poster says chronic back pain, eighteen to sixty-five. I read it twice. # speaker: teresa # mood: angry
    You find yourself explaining it anyway.
* [Tell her the truth: you were not going to mention it, because she depends on you for her care # move: name-asymmetry # move: transparent-disclosure # time: 2]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    It's a study I'm part of. I wasn't going to mention it. I write your prescriptions, and I didn't want you to feel you had to say yes to me. # speaker: clinician
    Whatever you decide about it, your care here stays exactly the same. # speaker: clinician
    She thinks about that.
    So you decided for me. # speaker: teresa # mood: neutral
    It isn't unkind. It is accurate.
* [Say yes: it is Dr Hale's study, you are on the team, and you can explain it # move: transparent-disclosure # move: plain-language # time: 1]
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
* [Name both your roles: her pain doctor and on the study team, which can make no feel hard to say; no is fine # move: name-asymmetry # move: separate-roles # move: affirm-refusal # time: 2]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    I'd like to tell you about a research study. First: I'm your pain doctor, and I'm also on the study team. # speaker: clinician
    Because I write your prescriptions, it might feel hard to say no to me. No is completely fine. Your care here stays exactly the same either way. # speaker: clinician
    Teresa looks at you for a long moment.
    Okay. Nobody's ever said that bit. # speaker: teresa # mood: guarded
* [Present it as something new the clinic is offering patients like her # move: withhold-options # move: leverage-dependence # time: 1]
    ~ misconception = true
    ~ leveraged = true
    ~ shift(autonomy, -6)
    There's something new we're offering patients like you, here at the clinic. # speaker: clinician
    Something new? For my back? # speaker: teresa # mood: relieved
    Hope crosses her face. You realise what she has heard.
* [Say that Dr Hale has asked the team to mention it to every suitable patient # move: transparent-disclosure # move: comply-policy # time: 1]
    ~ shift(autonomy, -2)
    Dr Hale, who runs the research here, has asked us to mention a study to every suitable patient. You're on the list. # speaker: clinician
    On a list. Right. # speaker: teresa # mood: guarded
    She sits up straighter, the way people do when they are being assessed.
- -> explain

=== explain
The PAINMARK information sheet is fourteen pages long. You have a few minutes.
* [Read her the summary from the top of the information sheet # move: jargon # time: 1]
    ~ shift(trust, -2)
    ~ shift(autonomy, -5)
    It's a non-therapeutic, sponsor-funded biomarker study: CSF sampling by lumbar puncture, two venepunctures and 24-hour inpatient observation, with an honorarium of one thousand dollars. # speaker: clinician
    Teresa nods at every word, the known ones and the unknown ones alike.
    A thousand dollars. For the... puncture. # speaker: teresa # mood: guarded
* [Lead with the headline: a thousand dollars, for a couple of tests and a night in hospital # move: select-for-convenience # move: conceal # time: 1]
    ~ money_led = true
    ~ shift(autonomy, -6)
    The short version: it pays a thousand dollars, for a couple of tests and one night in hospital. # speaker: clinician
    Teresa goes very still.
    A thousand. # speaker: teresa # mood: guarded
    She says it quietly, as if someone in the corridor might hear.
* [Explain it step by step, in everyday words # move: plain-language # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    It's a study looking for signs in the blood and the spinal fluid that might one day help measure pain. # speaker: clinician
    You'd come in for a day and a night. A nurse takes blood twice. A doctor puts a thin needle into your lower back and takes a small amount of the fluid around the nerves. Then you're watched overnight. # speaker: clinician
    The company running it pays a thousand dollars for your time. # speaker: clinician
    Teresa counts the steps off on her fingers.
- -> benefit

=== benefit
{ misconception:
    So it's a new treatment? For the nerve pain? # speaker: teresa # mood: relieved
- else:
    Would it help my back? # speaker: teresa # mood: neutral
}
* [Tell her plainly: no, it will not help her back; it is to learn about pain, for the future # move: plain-language # move: transparent-disclosure # time: 1]
    ~ misconception = false
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    No. It won't help your back, and it isn't treatment. It's to learn about pain, for people in the future. # speaker: clinician
    Oh. # speaker: teresa # mood: neutral
    She takes that in. It is, at least, a straight answer.
* [Say it could lead to better treatments for people like her, maybe even for her one day # move: conceal # time: 1]
    ~ misconception = true
    ~ shift(autonomy, -5)
    It could lead to better treatments for people like you. Maybe even for you, one day. # speaker: clinician
    Maybe for me. # speaker: teresa # mood: relieved
    She holds on to the maybe. You watch her do it.
* [Say Sam, the research nurse, can go through the details # move: detach # move: withhold-options # time: 1]
    ~ shift(autonomy, -3)
    Sam, our research nurse, can go through the details with you. # speaker: clinician
    Teresa nods. Her question stays in the room, unanswered.
- -> risks

=== risks
A needle. In my spine. # speaker: teresa # mood: distressed
She touches the small of her back, where the scar is.
After the operation? They put rods in there. # speaker: teresa # mood: distressed
* [Reassure her: it is very safe, done all the time, just a small needle # move: conceal # time: 1]
    ~ risk = "hidden"
    ~ shift(trust, 2)
    ~ shift(autonomy, -6)
    Honestly, it's very safe. We do them all the time. It's a small needle. # speaker: clinician
    Okay. If you say it's safe. # speaker: teresa # mood: relieved
    Her hand comes away from her back.
* [Give her the honest picture in plain words, including what her surgery might change # move: plain-language # move: transparent-disclosure # time: 2]
    ~ risk = "plain"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    A local anaesthetic, then a fine needle. The commonest problem is a headache afterwards, worse sitting or standing: somewhere between one in twenty and one in ten people. # speaker: clinician
    It usually settles in a few days lying flat; now and then it needs a second procedure to seal the leak. Your back may be sore. Infection and bleeding are rare. # speaker: clinician
    With your fusion, the study doctor would have to check it can be done safely. It might take more than one try, or an X-ray to guide it. # speaker: clinician
    A headache for days. With Mateo's exams coming. # speaker: teresa # mood: guarded
    She is weighing it. That is the point.
* [Give her the numbers quickly, the way you would tell a colleague # move: jargon # time: 1]
    ~ risk = "jargon"
    ~ shift(trust, -2)
    ~ shift(autonomy, -4)
    PDPH in maybe five to ten percent with an atraumatic needle, occasionally needing an epidural blood patch. Rarely infection or haematoma. With your instrumentation they may want fluoroscopic guidance. # speaker: clinician
    Teresa catches one word.
    Infection. In my spine. # speaker: teresa # mood: distressed
    The rarest thing you said, and the only one she heard.
- -> money

=== money
Teresa turns the information sheet over. The payment is in bold on the back.
She reads it twice.
* [Tell her it is good money for a day, and plenty of people find it helps # move: select-for-convenience # move: rush-decision # time: 1]
    ~ pushed = true
    ~ shift(trust, -3)
    ~ shift(autonomy, -6)
    It's good money for a day. Plenty of people find it really helps. # speaker: clinician
    Teresa doesn't answer. Her thumb moves over the bold print.
* [Explain what the payment is for, and that if she stops partway she is paid for what she has done # move: plain-language # move: affirm-refusal # time: 1]
    ~ prorate_told = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 4)
    The payment is for your time and the inconvenience. If you start and then change your mind, at any point, you're paid for the parts you've done. # speaker: clinician
    So I can stop. Even halfway. # speaker: teresa # mood: neutral
    Even halfway. # speaker: clinician
* [Ask gently what is going through her mind # move: open-question # move: elicit-values # time: 2]
    ~ shift(autonomy, 3)
    What's going through your mind? # speaker: clinician
    { trust >= 56:
        -> rent
    }
    Nothing. It's a lot of money, that's all. # speaker: teresa # mood: guarded
    She puts the sheet face down on her knee.
- -> knock

= rent
Teresa is quiet for a long moment. Then she puts the sheet down.
I'm three weeks behind on the rent. The landlord's been round twice. # speaker: teresa # mood: distressed # disclose: rent
When I saw the poster in the waiting room, I thought: that's the rent. Then I thought, what kind of mother lets someone put a needle in her back for money? # speaker: teresa # mood: distressed
~ rent_told = true
* [Tell her the hospital social worker can help with rent arrears, whatever she decides about the study # move: cooperative-goals # move: authentic-connection # time: 2]
    ~ support = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    Thank you for telling me. Whatever you decide about the study, our social worker can help with rent arrears and hardship payments. Would you like me to refer you today? # speaker: clinician
    A social worker. For rent. I didn't know that was a thing here. # speaker: teresa # mood: relieved
    Yes. Please. # speaker: teresa # mood: warm
    And if the money weren't so tight, would you still want to do this? That question is worth asking yourself before you decide. # speaker: clinician
* [Say that then this could really help # move: select-for-convenience # move: rush-decision # time: 1]
    ~ pushed = true
    ~ shift(trust, -2)
    ~ shift(autonomy, -8)
    Then this could really help. # speaker: clinician
    Yes. # speaker: teresa # mood: distressed
    She says it too quickly, the way you say yes to a rope.
* [Say that then perhaps this study is not right for her, and you will take her off the list # move: decide-for # move: rescue # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -7)
    Then perhaps this isn't the right study for you. I'll take you off the list. # speaker: clinician
    Because I'm broke? So people with money get to choose, and I don't? # speaker: teresa # mood: angry
    She is right that being poor does not stop the decision being hers. You leave her name on the list.
- -> knock

=== knock
A knock, and the door opens before you answer. # sfx: door-knock
Dr Alan Hale puts his head in: running shoes, a lanyard heavy with badges, a smile for everyone. He means well.
Sorry to barge in. Is this Ms Alvarez? Sam's got a PAINMARK slot at four, if she's keen. No pressure, of course. # speaker: hale # mood: warm
Teresa looks from him to you. His is the name at the top of her clinic letters.
* [Tell him she seems interested, and you will bring her down at four # move: rush-decision # move: decide-for # time: 1]
    ~ rushed = true
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    I think she's interested. I'll bring her down at four. # speaker: clinician
    Brilliant. Thanks so much, Ms Alvarez. # speaker: hale # mood: warm
    The door closes.
    { trust >= 40:
        I didn't say I was interested. # speaker: teresa # mood: guarded
    - else:
        Teresa says nothing. She looks at the closed door.
    }
* [Step into the corridor and tell him quietly that you will not push patients in their prescribing reviews # move: bystander-direct # time: 2]
    ~ hale_talked = true
    ~ shift(trust, 2)
    Excuse me a moment, Teresa. # speaker: clinician
    In the corridor, you keep your voice low.
    I'm not comfortable pushing patients in the same appointment where I write their prescriptions. # speaker: clinician
    I know. The sponsor's threatening to move sites, and two of Sam's posts are paid from this study. Fair enough. Do it properly. # speaker: hale # mood: guarded
    When you go back in, Teresa is watching the door.
* [Say, in front of her, that you are still talking and that whatever Teresa decides is fine # move: affirm-refusal # move: offer-control # time: 1]
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    We're still talking, Alan. There's no rush, and whatever Teresa decides is fine. # speaker: clinician
    Of course. Absolutely. # speaker: hale # mood: neutral
    He goes. Teresa lets out a breath she had been holding.
- 
{ trust < 25:
    -> walkout
}
-> fear

=== fear
{ clock > 15 && not knocked:
    ~ knocked = true
    Your phone buzzes: the clinic nurse. Your 15:15 has been waiting twenty minutes. # sfx: phone-buzz
    The pharmacy shuts at half five. I've got two days of tablets left. # speaker: teresa # mood: guarded
}
{ script_given:
    Teresa has her purse on her lap, the prescription inside it.
- else:
    Teresa's eyes keep going to the printer. Her prescription still hasn't printed.
}
* [Ask, "Any questions?" # move: narrow-agenda # time: 1]
    Any questions? # speaker: clinician
    { trust >= 64:
        -> disclosed
    }
    No. No questions. # speaker: teresa # mood: guarded
    She is still looking at the {script_given: purse|printer}.
* [Tell her it would really help the clinic: recruitment is behind and Dr Hale is counting on this team # move: leverage-dependence # move: rush-decision # time: 1]
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
* [Say clearly that no is a perfectly good answer, and her care will not change whatever she decides # move: affirm-refusal # move: separate-roles # time: 1]
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
* [Reassure her quickly: "Don't be silly, of course not." # move: correct-dismiss # time: 1]
    ~ care_said = true
    ~ shift(trust, -3)
    Don't be silly. Of course not. # speaker: clinician
    Right. Sorry. # speaker: teresa # mood: withdrawn
    She apologises for being afraid, and you let her.
* {not script_given} [Print and sign her prescription now, before anything else, and tell her it never depended on this # move: separate-roles # move: affirm-refusal # time: 1]
    ~ script_given = true
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    You print the prescription, sign it, and put it in her hand. # sfx: printer
    This is yours. It never depended on the study, and it never will. # speaker: clinician
    She looks at it for a long time before she puts it in her purse.
* {script_given} [Remind her the prescription is already in her purse, and tell her her care never depended on this # move: separate-roles # move: affirm-refusal # time: 1]
    ~ care_said = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    Your prescription's in your purse. It never depended on the study, and it never will. # speaker: clinician
    She puts her hand flat on the purse, as if checking.
* [Name it: you write her prescriptions and you are asking her for something, which is exactly why someone else should do the asking # move: name-asymmetry # move: separate-roles # time: 2]
    ~ named = true
    ~ care_said = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    That makes complete sense. I write your prescriptions, and I'm asking you for something. That's exactly why I shouldn't be the one asking. # speaker: clinician
    Your care doesn't depend on this. If you want to hear more, it should be from Sam, the research nurse, who has nothing to do with your treatment. # speaker: clinician
    { trust >= 66 && not rent_told:
        ~ rent_told = true
        Teresa nods slowly. Then, as if the door you opened lets something else through:
        The truth is, I'm three weeks behind on the rent. That's why I read the money line twice. # speaker: teresa # mood: distressed # disclose: rent
        Thank you for telling me. The hospital social worker can help with that, whatever you decide here. I'll refer you today. # speaker: clinician
        ~ support = true
    }
- -> teachback

=== teachback
{ clock > 20:
    Teresa's phone buzzes. She glances at it: Mateo, home from school, asking what's for tea.
}
Before anything is decided, you want to know what she has actually understood.
* [Ask her to explain the study back in her own words, so you know you have explained it properly # move: teach-back # time: 2]
    ~ taught = true
    ~ understood = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    So I know I've explained it properly, could you tell me in your own words what it involves? # speaker: clinician
    {
    - misconception:
        It's a new test for my pain. To find the right treatment for me. # speaker: teresa # mood: neutral
        You hear your own words coming back, and what they left out.
        I gave you the wrong idea, and I'm sorry. It won't help your pain or change your treatment. It's only research. # speaker: clinician
        ~ misconception = false
        { risk != "plain":
            You go over the headache risk again too, in plain words this time.
        }
        Only research. Okay. # speaker: teresa # mood: guarded
    - risk == "hidden":
        A small needle in my back. Very safe. And a night in. # speaker: teresa # mood: neutral
        You hear your own reassurance coming back, and what it left out.
        I made it sound easier than it is. Some people, up to about one in ten, get a bad headache for days afterwards. And your surgery may make it harder to do. # speaker: clinician
        Days. You didn't say days. # speaker: teresa # mood: guarded
    - risk == "jargon":
        A needle in my spine, and I might get an infection in it. # speaker: teresa # mood: distressed
        Infection is very rare. The thing that's more likely is a headache for a few days, up to about one in ten people. # speaker: clinician
        Okay. Headache. That I know about. # speaker: teresa # mood: neutral
    - else:
        Needle in my back for the spine fluid. Blood twice. A night in. Maybe a headache, one in ten-ish, lie flat. It doesn't help me. # speaker: teresa # mood: neutral
        And the thousand dollars comes first, before? # speaker: teresa # mood: guarded
        After, and if you stop partway you're paid for what you've done. # speaker: clinician
        ~ prorate_told = true
    }
* [Ask, "Does that all make sense?" # move: narrow-agenda # time: 1]
    Does that all make sense? # speaker: clinician
    Yes. # speaker: teresa # mood: neutral
    She nods the way people nod at forms.
* [Hand her the fourteen-page information sheet; it covers everything # move: detach # time: 1]
    It's all in here. Have a good read. # speaker: clinician
    She folds the fourteen pages in half, then in half again, to fit her bag.
- 
{ risk == "plain" && not misconception:
    ~ understood = true
}
-> decide

=== decide
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
{ rushed:
    Sam's four o'clock is pencilled in already, because you told Dr Hale it would be.
}
All that is left is the decision, and who will be in the room for it.
* [Suggest she sees Sam at four today and signs while she is here; it saves another two-bus trip # move: rush-decision # time: 1]
    ~ path = "today"
    ~ rushed = true
    ~ shift(autonomy, -3)
    Sam has a slot at four. You could sign today while you're here, and save yourself the two buses. # speaker: clinician
    {
    - autonomy >= 62:
        ~ path = "time"
        Teresa shakes her head, slowly.
        No. I want to read it at home, and ask my sister. If I want it, I'll ring the nurse. # speaker: teresa # mood: neutral
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
* [Hand her to Sam, who is not involved in her care: take the sheet home, no decision today, Sam will phone in a few days # move: separate-roles # move: offer-choice # move: affirm-refusal # time: 2]
    ~ path = "time"
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    Take the sheet home. Don't decide today. Sam, the research nurse, isn't involved in your care; she can phone you in a few days to answer questions. Or not. # speaker: clinician
    Not today. Okay. # speaker: teresa # mood: relieved
    { not script_given:
        ~ script_given = true
        You print and sign her prescription. # sfx: printer
    }
    -> sam
* [Offer to take her consent yourself now; you are on the study's delegation log, and it saves her another trip # move: leverage-dependence # move: rush-decision # time: 2]
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

= self_consent
You take a consent form from the drawer. It is allowed. You are on the delegation log.
Teresa moves the cushion and sits facing you, the pen already in her hand.
* [Show her where to initial and sign; the detail is in the sheet # move: rush-decision # move: detach # time: 1]
    ~ shift(autonomy, -5)
    Initial each box, then sign and date at the bottom. # speaker: clinician
    She initials eleven boxes in under a minute.
* [Go through each section in plain words, stopping for questions at each one # move: plain-language # move: teach-back # time: 3]
    ~ shift(autonomy, 4)
    ~ understood = true
    You go through it section by section: what happens, the headache, her surgery, stopping at any point, what happens to her samples.
    She asks one question, about Mateo: who would be with him overnight? You don't have an answer. She initials the box anyway.
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
- else:
    You ring the research office. Two minutes later, Sam Okoye knocks and comes in. # sfx: door-knock
    Hi, Teresa. I'm Sam, the research nurse. I'm not part of your pain care, so nothing you say to me goes near your prescriptions. Shall we pop down to my office? # speaker: sam # mood: warm
}
Teresa glances at you. Sam notices.
{ path == "today":
    Are you staying, or shall we carry on between us? # speaker: sam # mood: neutral
- else:
    Are you coming with us, or shall we carry on between us? # speaker: sam # mood: neutral
}
* [Stay with her, in case she has medical questions # move: leverage-dependence # time: 2]
    ~ stayed = true
    ~ shift(autonomy, -4)
    I'll stay, in case there are medical questions. # speaker: clinician
    Teresa sits where she can see you both.
* [Ask Teresa which she would prefer # move: offer-control # time: 1]
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
* [Leave them to it, and tell her you will see her at her next review, as always # move: separate-roles # time: 1]
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    I'll leave you with Sam. I'll see you at your next review in three months, same as always. # speaker: clinician
    Same as always. Okay. # speaker: teresa # mood: neutral
-
{
- path == "today" && stayed:
    Sam goes through the sheet line by line, then puts the pen down between them.
    You don't have to sign today. Lots of people take it home first. # speaker: sam # mood: neutral
    Teresa looks at you, not at Sam, and picks up the pen.
    No. I'll do it now. Get it done. # speaker: teresa # mood: guarded
    ~ signed_today = true
    Sam hesitates, then shows her where to sign.
- path == "today":
    You go back to your clinic. At half past four, Sam knocks on your door. # bg: consult-room # ambience: consult-room
    {
    - care_said && autonomy >= 50:
        ~ path = "time"
        I told her she didn't have to sign today. She looked at the pen for ages, then asked if she could take it home. I'll ring her on Friday. # speaker: sam # mood: warm
    - else:
        ~ signed_today = true
        She signed. I told her she didn't have to today. She said she wanted it done before she changed her mind. # speaker: sam # mood: guarded
        That's not usually a good sign. # speaker: sam # mood: guarded
    }
- stayed:
    In the research office, Sam gives Teresa a card with her number and offers a phone call on Friday, if she wants one. # bg: research-office # ambience: research-office
    If you decide no, you don't need to give a reason. Just tell me, or don't pick up. # speaker: sam # mood: warm
    Teresa looks at you when Sam says it, as if checking that it's true.
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
* [Ask her to sit down so you can finish the review properly first # move: narrow-agenda # move: leverage-dependence # time: 1]
    ~ shift(trust, -5)
    Please, sit down. Let's finish the review properly first. # speaker: clinician
    I've been reviewed. # speaker: teresa # mood: angry
    { not script_given:
        ~ script_given = true
        You print and sign the prescription. She takes it from your hand without looking at you. # sfx: printer
    }
* [Apologise for pushing, and tell her plainly her care here does not depend on the study # move: apologise # move: separate-roles # time: 1]
    ~ apologised = true
    ~ shift(trust, 5)
    I'm sorry. I pushed, and I shouldn't have. Your care here has nothing to do with the study. Will you still come to your next review? # speaker: clinician
    { not script_given:
        ~ script_given = true
        You print and sign the prescription and hold it out first, before anything else. # sfx: printer
    }
    Teresa stops at the door, the prescription in her hand.
    Maybe. # speaker: teresa # mood: withdrawn
* [Let her go # move: detach # time: 1]
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
Dr Hale's message is still open: offer it to every suitable patient today.
* [Message Dr Hale: recruitment should go through Sam, outside prescribing appointments, without a same-day target # move: advocate # time: 1]
    ~ advocated = true
    You write to Hale: recruit through Sam, outside prescribing reviews, with time to think. A same-day target corners patients who depend on us.
* [Write to the clinical lead and the research ethics committee: patients are being recruited in their own prescribing reviews, under a same-day target # move: escalate # time: 2]
    ~ escalated = true
    You write to the clinical lead and copy the research ethics committee: patients are being asked to join a paid study by the doctors who prescribe their opioids, under a same-day target. You name no patient.
* [Update the screening log, and call your next patient # move: comply-policy # time: 1]
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
    -> free_choice
- not understood:
    -> withdrew_later
- else:
    -> under_pressure
}

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
    Her GP writes: she has asked to be referred to another pain service. The nearest has a fourteen-month wait. Meanwhile, the GP is reluctant to prescribe.
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
    On Friday, when Sam rings, Teresa says yes before Sam has finished the first question.
}
The lumbar puncture takes three attempts, because of the fusion.
The next morning, she cannot sit up without her head splitting. It is worse standing. She has to lie flat in the research unit while Mateo texts from home.
{
- risk == "plain":
    Someone had told her about the headache. It had been one line in a long afternoon, and she had not heard it over everything else on her mind.
- risk == "hidden":
    Nobody had told her it could be like this. She remembers the words "very safe".
- else:
    Somebody had said something about it, in words she did not understand.
}
She withdraws before the second blood sample.
{ prorate_told:
    Sam makes sure she is paid for the part she did. She takes it, and does not say thank you.
- else:
    Sam pays her for the part she did. Nobody had told her she would be; she spent the night thinking she had lost it all.
}
At her next pain review she is polite, brief and guarded, and says yes to everything. She cancels the one after.
{
- escalated:
    The ethics committee asks the study team for a report on recruitment in clinic. Her name is not in it.
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
- signed_today:
    She signed at four o'clock, with two buses home still ahead of her.
- else:
    On Friday, when Sam rings, Teresa says yes before Sam has finished the first question.
}
The lumbar puncture goes well. No headache.
{ rent_told:
    The thousand dollars goes on the rent, and the landlord stops coming round.
- else:
    The thousand dollars goes on the rent. She was three weeks behind. She never told you.
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

= free_choice
{
- support:
    Teresa sees the social worker on Thursday. There is a hardship payment and a plan with the landlord.
    When Sam rings on Friday, Teresa says no. With the rent sorted, she asked herself whether she would do it if money weren't tight. The answer was no.
    No reason needed. Thanks for thinking about it. # speaker: sam # mood: warm
- understood:
    Teresa reads the sheet at home, twice, and rings Sam with four questions written on the back of an envelope.
    She says yes, the following week, knowing about the headache, her surgery, and that she can stop at any point.
    She gets the headache for two days. She lies flat, as she was told. It is bad, and it is what she signed up for.
- else:
    Teresa reads the sheet at home. On Friday, she tells Sam: no, thank you. Not with Mateo's exams, and not with her back.
    No reason needed. Thanks for thinking about it. # speaker: sam # mood: warm
}
Three months later, at her review, her prescription is the same. She takes her coat off.
{
- escalated:
    The clinical lead has moved recruitment out of prescribing reviews, and the ethics committee has asked for the change in writing.
- advocated:
    Hale has agreed that recruitment goes through Sam. He still sends the weekly numbers.
- hale_talked:
    That evening Hale messaged the team again: offer it, don't push it. It was a start.
}
She had the facts, time and a real right to say no. The decision was hers. # ending: free-choice
-> END
