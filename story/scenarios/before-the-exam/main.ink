// Before the exam: a booked fifteen-minute cervical screening appointment with a woman who
// has put it off for six years. Trauma-informed consent and control, under a visit clock.
// Facilitator guide: docs/scenarios/before-the-exam.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Naomi's trust in the player; she came, but she is braced
VAR autonomy = 40    // 0..100: how far Naomi's own informed values drive what is decided
VAR clock = 0        // minutes used; the engine adds each choice's time tag

VAR josh = "asking"         // the medical student: asking, in (observing), out (she said no), none (never asked her)
VAR undressed_early = false // sent behind the curtain before any conversation
VAR told_last = false       // she has told you how the last attempt went
VAR told_freeze = false     // she has told you that going quiet means she is not fine
VAR told_assault = false    // she has told you what happened when she was nineteen
VAR minimised = false       // "it'll be over in a minute"
VAR stop_signal = false     // an agreed way to stop you
VAR full_control = false    // the whole menu: pace, speculum size, self-insertion, position, chaperone
VAR self_insert = false
VAR door_locked = false
VAR examined = false        // the examination has begun (position reached)
VAR second_try = false      // she chose to carry on after a pause
VAR frozen = false          // she was not present when the sample was taken
VAR sample_taken = false
VAR plan_kind = ""          // longer, kit, clinic
VAR plan_owner = ""         // her, you
VAR kit_honest = false
VAR kit_oversold = false
VAR clinic_words = false   // the referral is in her words
VAR stage = ""              // where the disclosure scene returns to
VAR apologised = false     // apologised at the rebooking
VAR sorry_after = false    // apologised after the examination went wrong
VAR stood = false          // she got up to leave at the rebooking
VAR note = ""               // hers, usual, flag
VAR advocated = false

-> opening

=== opening
Tuesday, 9:44. The treatment room: couch, curtain, a lamp on a stalk, the trolley you laid out before surgery started. # bg: exam-room # ambience: exam-room
Your next booking says: Clarke, Naomi, 34. Cervical screening. Fifteen minutes.
Her record shows four reminder letters and two cancelled appointments. The last entry is six years old, from another practice: "Unable to visualise cervix. Pt very tense. To rebook."
She never did.
Josh, the fourth-year medical student on placement this month, puts his head round the door.
Any chance I could sit in on your smear? I need two more for my logbook, and Dr Hughes said to ask you. # speaker: josh
* [Say you'll ask her yourself, alone, before she undresses; he waits outside, and no means no # move: affirm-refusal # move: offer-control # time: 1]
    ~ josh = "asking"
    I'll ask her on her own, before she's undressed. Wait outside. If she says no, that's the answer, and it's nothing personal. # speaker: clinician
    Course. I'll be by the printer. # speaker: josh
* [Bring him in now; you can both ask her when she arrives # move: rush-decision # time: 1]
    ~ josh = "in"
    Come in, then. We'll ask her together when she comes in. # speaker: clinician
    Josh takes the stool by the sink and opens his logbook at a fresh page.
* [Tell him not this one: a six-year gap and an abandoned last attempt # move: decide-for # time: 1]
    ~ josh = "none"
    ~ shift(autonomy, -2)
    Not this one, sorry. I'll explain later. # speaker: clinician
    He nods, disappointed and trying not to show it.
    You have made a decision that was hers to make. It may even be the one she would have made.
- -> arrival

=== arrival
A knock, and Naomi Clarke comes in before you have finished saying come in. # sfx: door-knock
Hoodie, jeans, trainers. Her coat stays on. Her car keys stay in her hand.
{ josh == "in":
    She sees Josh on the stool and stops for half a second.
}
Morning. Naomi. I've cancelled this three times, so let's just get it done before I bottle it. # speaker: naomi # mood: guarded
{
- josh == "in":
    ~ shift(trust, -5)
    ~ shift(autonomy, -6)
    This is Josh, one of our medical students. All right if he stays and watches? # speaker: clinician
    Naomi looks at Josh. Josh looks at his logbook.
    Yeah. Fine. Whatever. # speaker: naomi # mood: guarded
    It is a yes. It is the kind of yes people give to a question asked with the answer already sitting on a stool.
- josh == "asking":
    ~ josh = "out"
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    Before anything else: we have a medical student this month who'd like to observe. He's outside. It's completely fine to say no, and nothing about today changes if you do. # speaker: clinician
    No. Sorry. Not today. # speaker: naomi # mood: guarded
    No need to be sorry. # speaker: clinician
    Through the door you hear Josh say "no worries" to nobody, and walk away.
}
* [Take her at her word: she can undress behind the curtain while you open the form # move: rush-decision # move: narrow-agenda # time: 1]
    ~ undressed_early = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    Let's get you sorted, then. Pop behind the curtain, everything off from the waist down, and there's a paper sheet to cover yourself. # speaker: clinician
    She goes. You hear her jeans come off fast, like someone pulling off a plaster.
    When she sits on the edge of the couch with the sheet across her lap, you realise you haven't asked her a single question. You ask them now: her half-dressed on the couch, you in your chair.
* [Ask her to sit down first, and how she is feeling about today # move: open-question # move: authentic-connection # time: 2]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    We'll get it done. Sit down a minute first. How are you feeling about today? # speaker: clinician
    She sits on the very front of the chair.
    Honestly? I've had people be sick on my boots who were calmer than this. I'm a paramedic. I do worse than this to people every day. # speaker: naomi # mood: guarded
    She means it as a joke. Her hand is still closed round the keys.
* [Tell her how the appointment will go, and that she can stop you at any point # move: plain-language # move: offer-control # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    We'll get it done. First I'll tell you how today works, and you can stop me at any point. Nothing happens without you knowing about it first. # speaker: clinician
    Okay. # speaker: naomi # mood: neutral
    She sits down. After a moment the keys move from her fist to her knee.
- -> history

=== history
The screening form needs a few answers before any sample goes to the lab.
{ undressed_early:
    Naomi holds the paper sheet flat across her lap with both hands.
}
* [Run through the form quickly: "LMP? Contraception? Any IMB, PCB, discharge?" # move: jargon # move: narrow-agenda # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    LMP? Contraception? Any IMB, PCB, unusual discharge? # speaker: clinician
    Two weeks ago. The pill. No, no, no. # speaker: naomi # mood: neutral
    She knows every abbreviation; she writes them on patient report forms herself. It still sounds like a form being filled in about her.
* [Ask the same questions in everyday words # move: plain-language # time: 1]
    ~ shift(trust, 2)
    When was your last period? What do you use for contraception? Any bleeding between periods or after sex, or anything unusual down below? # speaker: clinician
    Two weeks ago. The pill. No bleeding, nothing weird. # speaker: naomi # mood: neutral
    Dev's got Isla this morning. She's four. She thinks I've gone for a check-up on my tummy. # speaker: naomi # mood: warm
* [Keep it colleague to colleague: "You know the drill, you're one of us" # move: authentic-connection # move: jargon # time: 1]
    ~ shift(trust, 1)
    ~ shift(autonomy, -3)
    You know the drill, you're one of us. LMP, contraception, any bleeding I should know about? # speaker: clinician
    She laughs, and it helps a little.
    Two weeks. Pill. Nope. # speaker: naomi # mood: warm
    It also makes her someone who knows the drill. Someone who knows the drill can hardly be frightened of it.
- -> last_time

=== last_time
The note from six years ago is still open on your screen. From where she sits, Naomi can read it too.
* [Leave it; it was years ago, and she may not want to go there # move: narrow-agenda # time: 1]
    ~ shift(trust, -1)
    You close the old note and open a new sample form.
    Naomi watches the words disappear. Her face does not change.
* [Ask what happened last time, and what she would want done differently # move: open-question # move: elicit-values # time: 2]
    ~ shift(autonomy, 3)
    I can see the last one wasn't finished. Would you tell me what happened? Only if you want to. It would help me not to repeat it. # speaker: clinician
    {
    - trust >= 47:
        ~ told_last = true
        ~ stop_signal = true
        ~ shift(trust, 5)
        Naomi looks at the note for a while.
        She told me to relax. Then she told me I was making it harder. She kept going, and then she said she couldn't see anything and I'd have to come back. # speaker: naomi # mood: distressed # disclose: last-test
        I sat in the car park for an hour afterwards. That was the last time. # speaker: naomi # mood: guarded
        I'm sorry that happened. It shouldn't have. Today, if you say stop, I stop. # speaker: clinician
        Naomi nods once, as if filing it.
    - else:
        ~ shift(trust, 1)
        It just didn't work. Can we not? # speaker: naomi # mood: guarded
        Of course. # speaker: clinician
    }
* [Reassure her: last time was last time, and you do lots of these # move: conceal # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Don't worry about last time. I do loads of these, and I'm quick. # speaker: clinician
    Right. # speaker: naomi # mood: guarded
    Quick is exactly what she is afraid of. You don't know that yet.
- -> explain

=== explain
She should know what will happen before it happens.
* [Give her the clinical version; she's a paramedic # move: jargon # time: 1]
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    Standard LBC. Cusco's speculum, visualise the os, sweep the transformation zone with the brush, five rotations. It's HPV primary, so cytology only if high-risk HPV is detected. # speaker: clinician
    Naomi nods. Cytology she knows. The os and the transformation zone go straight past her, and she doesn't ask.
    It is hard to be the patient in a room where you are supposed to know the words.
* [Keep it light: "It'll be over in a minute, honestly." # move: conceal # move: rush-decision # time: 1]
    ~ minimised = true
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    Honestly, it'll be over in a minute. Most people say it's nothing. # speaker: clinician
    That's what I say to people. # speaker: naomi # mood: guarded
    Right before it hurts. # speaker: naomi # mood: guarded
* [Explain it in everyday words, step by step: what she'll feel, how long, what the lab does # move: plain-language # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    You undress from the waist down behind the curtain, with a sheet over you. When you're ready, I put a speculum into your vagina: a smooth plastic tube that opens gently so I can see your cervix. # speaker: clinician
    Then a soft brush, a few turns, about ten seconds. Most people feel pressure rather than pain. If it hurts, tell me. # speaker: clinician
    The lab checks for HPV first. If there's none, that's it for five years. If there is, they look at the cells. The results come by letter, usually in about two weeks. # speaker: clinician
    Naomi listens the way she would listen to a handover.
    Pressure, not pain. Okay. I say that too. # speaker: naomi # mood: neutral
- -> control

=== control
{
- trust >= 52:
    Naomi has put the keys in her pocket.
- trust >= 38:
    Naomi turns the keys over in her hand, and over again.
- else:
    Naomi holds the keys in a fist. She has not taken her coat off.
}
Before anything happens, there are things she could have a say in.
* [Reassure her that you'll be gentle and quick, and she's in safe hands # move: withhold-options # move: decide-for # time: 1]
    ~ shift(autonomy, -4)
    I'll be as gentle and as quick as I can. You're in safe hands. # speaker: clinician
    Thanks. # speaker: naomi # mood: neutral
    She says it to be polite. Nobody has told her there is anything she could ask for.
* [Offer her ways to steer: a stop signal, her own pace, a smaller speculum, putting it in herself, lying on her side, a chaperone of her choosing # move: offer-control # move: ask-before-touch # time: 2]
    ~ stop_signal = true
    ~ full_control = true
    ~ door_locked = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Some things are your choice. If you say stop, or put your hand up, I stop, straight away, no discussion. We go at your pace. # speaker: clinician
    There are smaller speculums. You can lie on your side if that's easier. You can put the speculum in yourself, if you'd like, and I'll guide you. And you can have a chaperone: Bev, our healthcare assistant, or someone you bring another time, or no one. # speaker: clinician
    Naomi stares at you.
    I can put it in myself? Nobody's ever said that. # speaker: naomi # mood: relieved
    No one else in here. Just you. And can the door be locked? # speaker: naomi # mood: neutral
    You turn the key. She watches you do it.
* [Agree a stop signal: if she says stop or raises her hand, you stop # move: offer-control # time: 1]
    ~ stop_signal = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    If you want me to stop at any point, say stop or put your hand up, and I'll stop. # speaker: clinician
    Okay. Hand up. # speaker: naomi # mood: neutral
    She practises it, half a joke: a small flat hand in the air.
- -> values

=== values
You are {clock} minutes into the fifteen.
* [Be straight about the gap: six years overdue, and you'd like to get it done today # move: rush-decision # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -6)
    You're six years overdue, Naomi. I'd really like us to get this done today, while you're here. # speaker: clinician
    Yeah. I know. That's why I'm here. # speaker: naomi # mood: withdrawn
    She looks at the floor, like someone being told off in the words she has been using on herself for six years.
    -> decision
* [Name the imbalance: it's hard to say no to the person in the uniform; in here no, and not today, are fine answers # move: name-asymmetry # move: affirm-refusal # time: 1]
    ~ shift(trust, 4)
    ~ shift(autonomy, 8)
    I know it can be hard to say no to the person in the uniform, when you're the one on the couch. In here, you're in charge. No is a fine answer. Not today is a fine answer. # speaker: clinician
    I'm the one in the uniform most days. # speaker: naomi # mood: warm
    She looks at you properly for the first time.
    Not used to being this side of it. # speaker: naomi # mood: neutral
    -> decision
* [Ask what would make today feel okay, and whether there's anything it would help you to know # move: elicit-values # move: open-question # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    What would make today feel okay for you? And is there anything it would help me to know? You don't have to tell me why. # speaker: clinician
    {
    - trust >= 53:
        ~ told_freeze = true
        Naomi takes a breath.
        If I go quiet, I'm not fine. I don't always manage to say stop. I just go somewhere. Ceiling tiles. # speaker: naomi # mood: guarded # disclose: freeze
        So if I stop talking, stop. # speaker: naomi # mood: guarded
        If you go quiet, I'll stop and check with you. # speaker: clinician
        { trust >= 62 && stop_signal:
            ~ stage = "values"
            -> confides
        }
    - else:
        Just get it done, I suppose. # speaker: naomi # mood: guarded
    }
    -> decision

=== confides
{ stage == "after":
    Naomi is quiet for a moment.
    I should have said, before. # speaker: naomi # mood: guarded
- else:
    Naomi looks at the door, then back at you.
}
Something happened to me when I was nineteen. That's why. I've told about three people. # speaker: naomi # mood: distressed # disclose: assault
~ told_assault = true
She doesn't say any more, and she doesn't look as if she wants to be asked.
* [Ask whether it was reported, and whether she is safe now # move: narrow-agenda # move: detach # time: 2]
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    Was it reported? And are you safe now? # speaker: clinician
    Fifteen years ago. I'm safe. I'm fine. # speaker: naomi # mood: withdrawn
    They are questions you were taught to ask. Asked first, they turn what she has just given you into a form.
* [Thank her; she needn't say more, and it changes nothing except how carefully you go, which she is in charge of # move: authentic-connection # move: offer-control # time: 1]
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Thank you for telling me. You don't need to tell me any more. The only thing it changes is how carefully we go, and you're in charge of that. # speaker: clinician
    Okay. # speaker: naomi # mood: relieved
    Her shoulders come down, half an inch.
* [Tell her there is support available, and offer to refer her today # move: rescue # time: 2]
    ~ shift(trust, -1)
    ~ shift(autonomy, -3)
    There's support for people who've been through that. I can refer you today, if you'd like. # speaker: clinician
    Maybe. Not today. I didn't come in for that. # speaker: naomi # mood: guarded
    It is a fair offer. It arrives at the moment she needed something simpler: to have said it, and for that to be all right.
-
{
- stage == "after":
    -> notes
- stage == "plan":
    -> plan_choose
- else:
    -> decision
}

=== decision
~ stage = ""
{ clock > 12:
    Through the wall, a baby has started to cry in the waiting room. Your ten o'clock is an eight-week-old's first immunisations.
}
Today, or not.
* [Ask, "Shall we make a start? We can always stop." # move: rush-decision # time: 1]
    Shall we make a start? We can always stop. # speaker: clinician
    {
    - autonomy >= 58:
        Naomi doesn't move.
        Actually, can we talk about not doing it today? # speaker: naomi # mood: guarded
        It costs her something to say it. She says it anyway.
        -> plan
    - else:
        ~ shift(autonomy, -3)
        Yeah. Go on. # speaker: naomi # mood: neutral
        -> position
    }
* [Lay out her options: today, her way, or not today: a longer appointment, a home test where available, or a clinic with more time; any of them counts # move: offer-choice # move: affirm-refusal # move: plain-language # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    There's no wrong answer. We can do it today, your way. Or not today: I can book you a double appointment first thing, when nobody's waiting. # speaker: clinician
    The NHS has started sending home testing kits to some people who are overdue, depending on where you live; I can find out if you can have one. And some areas have clinics with longer appointments for people who find this hard. Any of those counts. # speaker: clinician
    Naomi looks from you to the couch and back.
    {
    - stop_signal && trust >= 53:
        ~ plan_owner = "her"
        Today. While I've got the nerve. But my way. # speaker: naomi # mood: neutral
        -> position
    - autonomy >= 45:
        Not today. But I don't want to walk out with nothing again. # speaker: naomi # mood: guarded
        -> plan
    - else:
        -> defer
    }
* [Suggest, kindly, that the slot is too tight today; you'll book her a double appointment instead # move: decide-for # time: 1]
    Honestly, fifteen minutes isn't fair on you. Let me book you a double appointment instead, and we'll do it properly. # speaker: clinician
    {
    - autonomy >= 55:
        ~ stop_signal = true
        ~ shift(autonomy, 5)
        No. I've come all the way in. I want to try. My way: if I put my hand up, you stop. # speaker: naomi # mood: angry
        -> position
    - else:
        ~ shift(trust, -6)
        Right. Fine. Too much trouble. Got it. # speaker: naomi # mood: withdrawn
        -> rebooked
    }

= defer
I don't know. What would you do? # speaker: naomi # mood: guarded
* [Recommend today, since she's here and she's overdue # move: decide-for # move: rush-decision # time: 1]
    ~ shift(autonomy, -5)
    Honestly? I'd do it today, while you're here. # speaker: clinician
    Okay. # speaker: naomi # mood: withdrawn
    -> position
* [Say what you would weigh, then hand it back: you can't decide this for her, and she is allowed to say no to you # move: name-asymmetry # move: offer-choice # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 10)
    I'll tell you what I'd weigh: six years is a long gap, and screening is worth doing. But I'm not the one on the couch. You're allowed to say no to me. What do you want? # speaker: clinician
    {
    - trust >= 48:
        ~ plan_owner = "her"
        ~ stop_signal = true
        Today. But if I put my hand up, you stop. # speaker: naomi # mood: neutral
        -> position
    - else:
        Not today. # speaker: naomi # mood: neutral
        -> plan
    }

=== rebooked
~ stood = true
{ undressed_early:
    Behind the curtain, Naomi is already pulling her jeans back on.
- else:
    Naomi is already on her feet. Her coat was never off.
}
* [Apologise: you made that sound like your decision; ask what she would like # move: apologise # move: offer-choice # time: 2]
    ~ apologised = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 8)
    Sorry, Naomi. I made that sound like my decision, and it isn't. You're not too much trouble. What would you like to do? # speaker: clinician
    {
    - trust >= 36:
        She sits back down, slowly.
        Not today. But not nothing, either. # speaker: naomi # mood: guarded
        -> plan
    - else:
        I'd like to go, I think. Book whatever. # speaker: naomi # mood: withdrawn
        ~ plan_kind = "longer"
        ~ plan_owner = "you"
        -> plan_detail
    }
* [Book the double appointment and hand her the card # move: decide-for # move: work-around # time: 1]
    ~ plan_kind = "longer"
    ~ plan_owner = "you"
    You book a double slot for three weeks' time and write it on a card.
    Thanks. # speaker: naomi # mood: withdrawn
    -> plan_detail
* [Switch her to a home testing kit instead, where available; it might suit her better # move: decide-for # move: rescue # time: 1]
    ~ plan_kind = "kit"
    ~ plan_owner = "you"
    ~ shift(autonomy, -3)
    Or there might be a home kit you could do yourself. I'll find out whether you can have one, and sort it. # speaker: clinician
    Whatever's easiest. # speaker: naomi # mood: withdrawn
    -> plan_detail

=== plan
{ clock > 15:
    You are {clock - 15} minute{clock > 16:s} over. Somewhere down the corridor, a baby is crying.
}
Not today, then. The question is what instead.
* [Go through the alternatives and ask which would fit her life # move: offer-choice # move: elicit-values # time: 2]
    ~ plan_owner = "her"
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    A longer appointment here, a home kit if you can get one, or a clinic with more time. Which would fit your life? # speaker: clinician
    { not told_assault && stop_signal && trust >= 62:
        ~ stage = "plan"
        -> confides
    }
    -> plan_choose
* [Book her the home kit; it will be easiest for her # move: decide-for # move: rescue # time: 1]
    ~ plan_kind = "kit"
    ~ plan_owner = "you"
    ~ shift(autonomy, -5)
    I'll get you a home kit. Much easier. You won't have to come in at all. # speaker: clinician
    Right. Okay. # speaker: naomi # mood: neutral
    -> plan_detail
* {not examined} [Try once more: she's here now; why not just try the first step and stop if she needs to? # move: rush-decision # move: proceed-regardless # time: 1]
    ~ shift(trust, -5)
    You're here now, though. How about we just try the first step, and stop if you need to? # speaker: clinician
    {
    - autonomy >= 52:
        ~ shift(autonomy, 3)
        No. I said not today. # speaker: naomi # mood: angry
        It is the clearest thing she has said all morning.
        -> plan_again
    - else:
        ~ shift(trust, -5)
        ~ shift(autonomy, -6)
        Naomi looks at the couch for a long moment.
        Fine. Okay. # speaker: naomi # mood: withdrawn
        -> position
    }

= plan_again
* [Take the no: "Okay. Not today." Then ask what would suit her instead # move: affirm-refusal # move: offer-choice # time: 1]
    ~ plan_owner = "her"
    ~ shift(trust, 5)
    Okay. Not today. I'm sorry I pushed. What would suit you instead? # speaker: clinician
    -> plan_choose
* [Smooth it over by booking her a double appointment # move: decide-for # time: 1]
    ~ plan_kind = "longer"
    ~ plan_owner = "you"
    ~ shift(autonomy, -4)
    Fair enough. I'll book you a double appointment, then. # speaker: clinician
    Whatever. # speaker: naomi # mood: withdrawn
    -> plan_detail

=== plan_choose
~ stage = ""
{
- trust >= 58:
    ~ plan_kind = "longer"
    With you. First thing in the morning, a double slot, door locked. # speaker: naomi # mood: neutral
- trust >= 40:
    ~ plan_kind = "kit"
    { told_last:
        At home. On my own. Where nobody tells me to relax. # speaker: naomi # mood: neutral
    - else:
        At home, if I can. On a day off, on my own. # speaker: naomi # mood: neutral
    }
- else:
    ~ plan_kind = "clinic"
    Somewhere else, I think. Somewhere that does this for people who find it hard. No offence. # speaker: naomi # mood: guarded
}
-> plan_detail

=== plan_detail
{
- plan_kind == "kit":
    -> kit
- plan_kind == "clinic":
    -> clinic
- else:
    -> longer
}

= kit
* [Say you'll find out whether she can get one, and leave it there # move: narrow-agenda # time: 1]
    I'll find out whether you can have one, and let you know. # speaker: clinician
    Okay. # speaker: naomi # mood: neutral
* [Tell her it means no more speculums: she can do it all at home # move: conceal # time: 1]
    ~ kit_oversold = true
    ~ shift(autonomy, -4)
    It's a swab you do yourself, at home. No speculum, no couch, no me. # speaker: clinician
    That sounds perfect. # speaker: naomi # mood: relieved
    She smiles for the first time this morning.
* [Be honest about what the kit can and can't do: it checks for HPV, and if HPV is found she'd still need a test like today's # move: transparent-disclosure # move: plain-language # time: 2]
    ~ kit_honest = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    It's a swab you take from inside your vagina yourself, and it checks for HPV. I'll find out whether you can have one where you live. # speaker: clinician
    Most people don't have HPV, and then that's it. But if it did find HPV, you'd need a test like today's, to look at the cells. I'd rather you knew that now than from a letter. # speaker: clinician
    {
    - trust >= 52:
        Then if I need the other one, I'll book a double. With you. # speaker: naomi # mood: neutral
    - else:
        Good to know. Better than finding out from a letter. # speaker: naomi # mood: neutral
    }
    { plan_owner == "you" && trust >= 44:
        ~ plan_owner = "her"
        Okay. Then I'll do it. Knowing that. # speaker: naomi # mood: neutral
        Knowing what it can and can't do, she has made the kit her choice, not yours.
    }
- -> notes

= longer
* [Plan the next appointment together: time of day, what she wants in place, what you'll do if she goes quiet # move: cooperative-goals # move: offer-control # time: 2]
    ~ stop_signal = true
    Let's plan it now, so you don't have to walk in and explain. What time of day, who's in the room, what you want me to do if you go quiet. # speaker: clinician
    {
    - trust >= 40:
        ~ shift(trust, 4)
        ~ shift(autonomy, 4)
        First thing. Door locked. Nobody else. Hand up means stop. # speaker: naomi # mood: neutral
        { told_freeze:
            And if I go quiet, you stop. # speaker: naomi # mood: neutral
        }
        You write it down as she says it.
        { plan_owner == "you":
            ~ plan_owner = "her"
            Somewhere in the list, the appointment stops being yours and becomes hers.
        }
    - else:
        ~ shift(autonomy, 2)
        First thing, I suppose. Whatever. # speaker: naomi # mood: withdrawn
        She is answering so that she can leave.
    }
* [Be honest about the timing: after six years, a few weeks to get it right won't change much; she has time to choose # move: transparent-disclosure # move: plain-language # time: 1]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    After six years, a few weeks to get it right isn't going to make much difference. Screening matters, and you've got time to do it in a way that works. # speaker: clinician
    Okay. That helps, actually. # speaker: naomi # mood: relieved
* [Book the double appointment and give her the card # move: work-around # time: 1]
    You book a double slot and write the date on a card.
    Naomi puts it in her coat pocket without looking at it.
- -> notes

= clinic
* [Say you'll sort it all out for her; she doesn't need to think about it # move: rescue # move: decide-for # time: 1]
    ~ shift(autonomy, -4)
    ~ plan_owner = "you"
    Leave it with me. I'll sort it all out. You don't need to think about it. # speaker: clinician
    Okay. Thanks. # speaker: naomi # mood: neutral
    It is a relief to her. It also means the next step is in your hands, not hers.
* [Ask what she'd want from that clinic, so it goes in the referral in her words # move: elicit-values # move: cooperative-goals # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    ~ clinic_words = true
    What would you want them to know before you walk in? I'll put it in the referral, in your words. # speaker: clinician
    That I've cancelled three times and I'm not being awkward. That I need to be able to stop it. # speaker: naomi # mood: guarded
* [Be honest: you'll need to check what exists locally, and there may be a wait # move: transparent-disclosure # time: 1]
    ~ shift(trust, 3)
    I'll be honest: I need to check what we have locally, and there may be a wait. I'll ring you by Friday either way. # speaker: clinician
    Friday. Okay. # speaker: naomi # mood: neutral
- -> notes

=== position
~ examined = true
{
- undressed_early && not stood:
    Naomi is still on the edge of the couch, where she has been all along, the paper sheet across her lap.
- else:
    You draw the curtain. Naomi undresses behind it. When she says she's ready, her voice is higher than before.
}
{ josh == "in":
    On the other side of the curtain, Josh's stool creaks.
}
* [Give the usual instruction: lie back, heels together, let your knees flop apart # move: decide-for # time: 1]
    ~ shift(trust, -2)
    Lie back for me, heels together, and let your knees flop apart. # speaker: clinician
    She does exactly what she's told. Her knees don't flop anywhere.
* [Ask how she'd like to lie, on her back or her side, and to tell you when she's ready before you come round # move: offer-control # move: ask-before-touch # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    How would you like to lie? On your back with your knees bent, or on your side. Tell me when you're ready, and I'll come round. # speaker: clinician
    On my side. I think. Yes. # speaker: naomi # mood: neutral
    A pause, then: "Ready." She has kept her hoodie on, and pulled the sheet up to her ribs.
* {josh == "in"} [Step inside the curtain and ask her quietly, away from Josh, whether she really wants him here # move: affirm-refusal # move: offer-control # time: 1]
    ~ josh = "out"
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    I should have asked you on your own. Do you actually want Josh here? It's completely fine to say no. # speaker: clinician
    No. Not really. # speaker: naomi # mood: relieved
    Josh heard. He leaves without a word and closes the door gently behind him.
- -> knock

=== knock
A knock at the door. # sfx: door-knock
{
- door_locked:
    The handle turns, and stops. The door is locked.
- else:
    ~ shift(trust, -3)
    The door opens a hand's width before anyone answers. Only the curtain is between it and the couch.
    Naomi pulls the sheet up with both fists.
}
Sorry! Your ten o'clock's here: Hannah Price with baby Alfie, for his eight-week jabs. {clock > 15: They've been waiting a while now.|Just so you know.} # speaker: bev
* [Call back, "Two minutes!" and pick up the pace # move: rush-decision # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    Two minutes! # speaker: clinician
    On the couch, Naomi heard it too. Two minutes is now her job as well.
* [Step out and sort it out with Bev properly; Naomi can wait a moment # move: detach # time: 2]
    ~ shift(trust, -6)
    You step out into the corridor to sort out the morning with Bev. It takes longer than you meant.
    Behind the curtain, Naomi waits half-undressed, listening to a baby cry at the end of the corridor.
* [Tell Bev you'll be as long as this takes, and ask her to let Hannah know and offer her a cup of tea # move: work-around # time: 1]
    ~ shift(trust, 4)
    We'll be as long as this takes, Bev. Could you let Hannah know, and offer her a cup of tea? # speaker: clinician
    Will do. # speaker: bev
    Naomi lets go of the sheet.
- -> first_touch

=== first_touch
{ clock > 15:
    You are {clock - 15} minute{clock > 16:s} over the slot.
}
You wash your hands, put on gloves, and warm the speculum under the tap.
* [Begin gently and without commentary; for some people, talking makes it worse # move: proceed-regardless # time: 1]
    ~ shift(trust, -6)
    You begin, gently, without a word. Some patients like it quicker and quieter.
    Naomi flinches at the first touch. She didn't know it was coming.
* {full_control} [Offer again: she can put the speculum in herself, and you'll guide her # move: offer-control # move: ask-before-touch # time: 2]
    ~ self_insert = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Would you like to put it in yourself? I'll tell you the angle. When it's in, I'll take over for the brush, but only when you say. # speaker: clinician
    Yeah. Yes. Let me. # speaker: naomi # mood: neutral
    She holds it the way she holds a laryngoscope: like something she is in charge of.
* [Say what you're about to do and ask before you touch: the back of your hand on her knee first # move: ask-before-touch # move: plain-language # time: 1]
    ~ shift(trust, 3)
    I'm going to touch the inside of your knee first, with the back of my hand, and then the speculum. Is that okay? # speaker: clinician
    Okay. Yes. # speaker: naomi # mood: neutral
- -> speculum

=== speculum
~ temp steady = 48
{ stop_signal:
    ~ steady = steady - 4
}
{ self_insert:
    ~ steady = steady - 4
}
{ trust >= steady:
    -> present
}
-> freeze

= present
{
- self_insert:
    Naomi breathes out slowly and puts it in herself, at her own speed.
    Okay. It's in. Your turn. # speaker: naomi # mood: neutral
- else:
    Naomi breathes out.
    Okay. Go. # speaker: naomi # mood: neutral
    You ease the speculum in slowly, telling her as you go.
}
-> during

= freeze
You ease the speculum in.
Naomi has stopped talking.
She is looking at one ceiling tile, just to the left of the lamp. Her hand lies flat on the couch, very still. Her knees have pressed together against your wrist.
She hasn't said stop.
{ told_freeze:
    You remember what she told you: if I go quiet, I'm not fine.
}
* [Keep going; she hasn't said stop, and stopping now means starting all over again # move: proceed-regardless # time: 1]
    ~ frozen = true
    ~ shift(trust, -10)
    ~ shift(autonomy, -10)
    -> frozen_sample
* [Stop, hands away, and say her name: you've stopped, and nothing happens unless she says so # move: offer-control # move: authentic-connection # time: 2]
    ~ shift(trust, 8)
    ~ shift(autonomy, 4)
    You take the speculum out and move your hands away.
    Naomi. I've stopped. It's out. Nothing else happens unless you say so. # speaker: clinician
    -> pause
* [Encourage her: "Nearly there, you're doing really well. Just try to relax." # move: proceed-regardless # move: rush-decision # time: 1]
    ~ shift(trust, -15)
    Nearly there, you're doing really well. Just try to relax. # speaker: clinician
    -> stopped

= pause
It takes her a few seconds to come back. Her eyes move first.
Sorry. I went somewhere. # speaker: naomi # mood: distressed
* [Decide for her: that's enough for today, and you'll find another way # move: decide-for # time: 1]
    ~ shift(trust, 2)
    ~ shift(autonomy, -4)
    That's enough for today. We'll find another way. # speaker: clinician
    Naomi nods. She is relieved, and the relief is someone else's decision.
    -> plan
* [Say there's nothing to be sorry for; it can stop here for today, or she can take a minute and try again; her call # move: offer-choice # move: affirm-refusal # time: 2]
    ~ stop_signal = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    Nothing to be sorry for. We can stop here for today, and that's completely fine. Or take a minute and try again, with your hand up whenever you need. Your call. # speaker: clinician
    {
    - trust >= 52:
        ~ second_try = true
        ~ plan_owner = "her"
        Try again. Slowly. Talk to me the whole time. # speaker: naomi # mood: guarded
        -> during
    - else:
        Stop. Not today. But I don't want to walk out with nothing again. # speaker: naomi # mood: guarded
        -> plan
    }
* [Give her a moment, then suggest finishing now that she's back; she was nearly there # move: rush-decision # move: proceed-regardless # time: 1]
    ~ shift(trust, -8)
    You were nearly there. Shall we just finish, quickly, now you're back? # speaker: clinician
    {
    - autonomy >= 50:
        No. # speaker: naomi # mood: angry
        She sits up, pulling the sheet with her. That is the end of today, and she has decided it.
        -> plan
    - else:
        Okay. # speaker: naomi # mood: withdrawn
        ~ frozen = true
        -> frozen_sample
    }

=== during
{ stop_signal:
    -> signal
}
-> no_signal

= signal
{
- second_try:
    The second time, you say every move before you make it. She answers each one: okay, okay.
- else:
    You open the speculum slowly, telling her as you do.
}
Then her hand comes up, flat, the way she practised.
{ trust >= 60:
    It doesn't look like panic. It looks more like a question: does this actually work?
}
* [Two more seconds: you can see the cervix, and stopping now means doing it all again # move: proceed-regardless # move: rush-decision # time: 1]
    ~ shift(trust, -15)
    Two more seconds, I've nearly got it. # speaker: clinician
    -> stopped
* [Stop at once, keep your hands still, and wait # move: offer-control # move: affirm-refusal # time: 2]
    ~ shift(trust, 6)
    You stop. You keep your hands still. You wait.
    Naomi breathes: three long breaths, her eyes on your face, not the ceiling.
    {
    - trust >= 56:
        Okay. Go on. # speaker: naomi # mood: neutral
        -> sample
    - else:
        Take it out. I'm done for today. # speaker: naomi # mood: guarded
        You take it out slowly, telling her as you go.
        -> plan
    }
* [Stop, and tell her exactly what's left: the brush, about ten seconds; carry on or out, her call # move: plain-language # move: offer-choice # time: 1]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    I've stopped. All that's left is the brush, about ten seconds. Carry on, or out? Your call. # speaker: clinician
    {
    - trust >= 50:
        Ten seconds. Count them out loud. # speaker: naomi # mood: neutral
        -> sample
    - else:
        Out. # speaker: naomi # mood: guarded
        You take it out slowly, telling her as you go.
        -> plan
    }

= no_signal
The speculum is in. Naomi's jaw is tight. She is holding on.
* [Pause, and give her a stop signal now: if she raises her hand, you stop # move: offer-control # time: 1]
    ~ stop_signal = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    Before I go on: if you want me to stop, put your hand up, and I stop. # speaker: clinician
    She lifts her hand an inch off the couch to show she has heard, then lays it down again.
    Go on. # speaker: naomi # mood: neutral
    -> sample
* [Work quickly and quietly, to get it over with for her # move: detach # move: rush-decision # time: 1]
    ~ frozen = true
    ~ shift(trust, -8)
    You work fast and say nothing.
    Somewhere between the speculum opening and the brush, Naomi stops being in the room. Her eyes find a ceiling tile. Her breathing goes shallow and even.
    -> frozen_sample
* [Talk her through each step before you do it, and ask before you open the speculum # move: plain-language # move: ask-before-touch # time: 2]
    ~ shift(trust, 4)
    It's in. Next I'll open it a little, and you'll feel some pressure. Ready? # speaker: clinician
    Ready. # speaker: naomi # mood: neutral
    -> sample

=== sample
~ sample_taken = true
You find the cervix and take the sample: the soft brush, five turns{stop_signal:, counted out loud}.
{ self_insert:
    You close the speculum, and Naomi takes it out herself.
- else:
    You close the speculum and ease it out, telling her as you go.
}
You step outside the curtain while she dresses.
-> after

=== after
Naomi comes out from behind the curtain, dressed, and sits down. She is pale, upright, and very much here.
I did it. # speaker: naomi # mood: relieved
* [Tell her cheerfully it wasn't so bad in the end # move: conceal # move: detach # time: 1]
    ~ shift(trust, -4)
    See? Not so bad in the end. # speaker: clinician
    It was, actually. But I did it. # speaker: naomi # mood: neutral
* [Ask how that was for her, and what she'd want next time # move: open-question # move: elicit-values # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    How was that for you? And what would you want next time? # speaker: clinician
    Hand up. The same. Maybe someone who knows. # speaker: naomi # mood: neutral
    { not told_assault && stop_signal && trust >= 64:
        ~ stage = "after"
        -> confides
    }
* [Explain plainly what happens next: the lab, the letter, what a result would mean # move: plain-language # move: transparent-disclosure # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    The lab checks for HPV. Most people don't have it, and then you won't be invited again for five years. If they find it, they'll look at the cells, and the letter will say what happens next. Usually about two weeks. # speaker: clinician
    Five years. I can do anything once every five years. # speaker: naomi # mood: warm
- -> notes

=== notes
{ clock > 15:
    You are {clock - 15} minute{clock > 16:s} over. Through two doors, a baby is crying.
}
Her record is open. Whatever you write is what the next person will read first, the way you read "Pt very tense" this morning.
* [Write the usual note # move: detach # time: 1]
    ~ note = "usual"
    {
    - sample_taken:
        You type: "Cervical sample taken. Pt anxious."
    - else:
        You type: "Cervical screening declined today. Pt anxious. To rebook."
    }
    It is accurate. It is also the kind of note you read this morning.
* [Ask Naomi what she'd like the alert on her record to say, so she never has to explain again # move: offer-control # move: cooperative-goals # time: 2]
    ~ note = "hers"
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    Whatever I put on the alert, the next person reads first. What would you like it to say? Then you don't have to explain it all again. # speaker: clinician
    {
    - told_assault:
        Not the why. Just: double appointment, hand up means stop{self_insert:, I put the speculum in myself}. If I go quiet, stop. # speaker: naomi # mood: neutral
    - told_freeze:
        Longer appointment. Hand up means stop. And if I go quiet, stop. # speaker: naomi # mood: neutral
    - told_last:
        Longer appointment. And nobody tells me to relax. # speaker: naomi # mood: guarded
    - else:
        Just that I need longer. And a way to stop it. # speaker: naomi # mood: neutral
    }
    You type it in her words. She reads it over your shoulder and nods.
* [Add a helpful alert yourself: double appointment, go slowly, offer a stop signal # move: work-around # move: decide-for # time: 1]
    ~ note = "flag"
    You add an alert: "Cervical screening: double appointment. Go slowly. Offer stop signal."
    It will help. Naomi doesn't know it's there, or what else it might say about her.
- -> goodbye

=== goodbye
Naomi stands, and this time she puts her coat on properly.
* [Hand her the leaflet, and call in Hannah and Alfie # move: comply-policy # move: detach # time: 1]
    Here's the leaflet, in case. Take care, Naomi. # speaker: clinician
    You are already reading Alfie's notes as the door closes.
* [Tell her, as one person to another, that coming in today took something, and it counted # move: authentic-connection # time: 1]
    ~ shift(trust, 3)
    Coming in today took something. Whatever happened on that couch, it counted. # speaker: clinician
    {
    - trust >= 50:
        Cheers. Don't tell anyone at work I nearly cried at a nurse. # speaker: naomi # mood: warm
    - else:
        Yeah. Thanks. # speaker: naomi # mood: guarded
    }
* [Before you call Hannah, message the practice manager: fifteen minutes doesn't work for some screening appointments # move: advocate # time: 2]
    ~ advocated = true
    Naomi goes. Before you call Alfie in, you write four lines to the practice manager: some patients need longer for screening, and booking them into fifteen minutes sets them up to fail.
- -> finale

=== finale
{ clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it; Alfie was not. The rest of the morning runs late, one patient at a time.
- else:
    You finished inside the slot.
}
{ advocated:
    The practice manager replies before lunch: double slots for screening on request, from next month, if the nurses agree. You do.
}
{
- sample_taken:
    -> end_completed
- plan_owner == "her":
    -> end_postponed
- else:
    -> end_rebooked
}

=== end_completed
Two weeks later, a letter: no HPV found. She will not be invited again for five years.
{ note == "hers":
    The alert on her record is in her words. Whoever she sees in five years will read them first.
}
{ told_assault:
    She told you something she has told three people. She chose when, and she chose how much.
}
Naomi puts a reminder in her phone, five years ahead: same again, hand up, my way.
The test was done at her pace, and she could have stopped it at any moment. For once, screening was something she did, not something done to her. # ending: completed-with-control
-> END

=== end_postponed
{
- plan_kind == "longer":
    Three weeks later, 8:30, the first appointment of the day, a double slot. Naomi arrives early. The door is locked before she has to ask.
    What happens on the couch that morning is hers to decide too.
- plan_kind == "kit":
    { kit_oversold:
        The kit comes in a plain envelope. Naomi does it on a night off, in ten minutes, and posts it on the way to her shift. No HPV found.
        If it had found HPV, the letter would have asked her to book exactly the test she thought she had escaped.
    - else:
        The kit comes in a plain envelope. Naomi does it on a night off, in ten minutes, and posts it on the way to her shift. No HPV found.
        She knows what a different letter would have meant, and she had already decided what she would do.
    }
- else:
    The clinic has a wait of some weeks. When Naomi goes, the appointment is forty minutes long{clinic_words:, and the referral says what she asked it to}.
}
{ note == "hers":
    The alert on her record is in her own words.
}
{ apologised:
    She remembers that you said sorry for deciding for her, and that you meant it.
}
She didn't have the test today. She left with a plan she chose, and she used it. # ending: postponed-her-choice
-> END

=== end_rebooked
{
- plan_kind == "kit":
    The kit arrives in a plain envelope. Naomi puts it in the kitchen drawer, with the four reminder letters.
    It is still there at Christmas.
- plan_kind == "clinic":
    The clinic letter arrives with a date and a time. It is a Tuesday she is on shift. She means to ring and change it, and doesn't.
    You sorted it all out for her, and so it never quite became hers to sort.
- else:
    The appointment card stays in her coat pocket. The day before, she rings to cancel. Reception offers another date; she says she'll call back.
}
{ note == "usual":
    Her record now says "Pt anxious" twice.
}
Nothing went wrong today. Nothing was hers, either. # ending: rebooked-for-her
-> END

=== frozen_sample
~ sample_taken = true
You open the speculum. The cervix is there. You take the sample, five turns of the brush, and Naomi does not move at all.
It is the quietest smear you have taken all year.
All done. # speaker: clinician
She blinks, twice, as if someone has switched a light on.
She dresses in under a minute. Coat. Keys.
-> aftermath

=== aftermath
Thanks. Great. Thanks. # speaker: naomi # mood: withdrawn
She is already at the door, and her face is the colour of the paper sheet.
* [Tell her the results will come in about two weeks, and open the next patient's notes # move: detach # time: 1]
    Results in about two weeks, by letter. Take care. # speaker: clinician
    The door closes behind her. Alfie's notes come up on the screen: eight weeks old, first immunisations.
* [Ask her to sit with you a minute, and how she is, really # move: authentic-connection # move: open-question # time: 2]
    ~ shift(trust, 2)
    Naomi, would you sit with me a minute? How are you, really? # speaker: clinician
    Fine. Honestly. I just need some air. # speaker: naomi # mood: withdrawn
    She doesn't sit.
* [Say sorry: you think she went somewhere partway through, and you should have stopped and checked # move: apologise # move: transparent-disclosure # time: 2]
    ~ sorry_after = true
    ~ shift(trust, 3)
    Naomi, I think you went somewhere, partway through, and I should have stopped and checked with you. I'm sorry. # speaker: clinician
    She stops with her hand on the door handle.
    Yeah. I did. # speaker: naomi # mood: distressed
    Thanks for saying. # speaker: naomi # mood: withdrawn
- -> end_dissociated

=== end_dissociated
{ clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it.
}
Two weeks later, a letter: no HPV found. On paper, a six-year gap has closed.
Naomi sat in her car for forty minutes before she could drive. She told Dev it was fine.
{ sorry_after:
    A week later, a message comes through the practice inbox: "Thank you for saying sorry. I said it was fine. It wasn't." She doesn't book anything.
}
In five years the invitation will come, and it will go in the kitchen drawer. The test was done. She wasn't there for it. # ending: completed-but-dissociated
-> END

=== stopped
Stop. STOP. # speaker: naomi # mood: distressed
Her hand is up, and her knees, and her voice. You stop, and take the speculum out.
She sits up fast, the sheet bunched in her fists, and for a few seconds she doesn't seem to know where she is.
{ told_last:
    You hear your words the way she must have: nearly there, relax. Six years ago, someone said the same.
}
* [Offer to try again in a few minutes, once she has had a breather # move: rush-decision # move: proceed-regardless # time: 1]
    ~ shift(trust, -6)
    We could try again in a few minutes, once you've had a breather? # speaker: clinician
    No. # speaker: naomi # mood: angry
    She is already reaching for her jeans.
* [Explain why you kept going: you could see the cervix, and you were trying to spare her coming back # move: conceal # time: 1]
    ~ shift(trust, -4)
    I could see the cervix. I was trying to get it done so you wouldn't have to come back. # speaker: clinician
    I know. # speaker: naomi # mood: angry
    { told_last:
        That's what she said, too. # speaker: naomi # mood: angry
    - else:
        Someone said that to me last time, too. # speaker: naomi # mood: angry
    }
* [Apologise plainly for not stopping sooner, then stop talking and let her take her time # move: apologise # move: offer-control # time: 2]
    ~ sorry_after = true
    ~ shift(trust, 3)
    I'm sorry. You were telling me, and I didn't stop. That's on me. Take as long as you need. # speaker: clinician
    Naomi nods without looking at you. She dresses behind the curtain. It takes a long time.
- -> end_stopped

=== end_stopped
{ clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it.
}
No sample was taken. The note you write looks a lot like the one you read at 9:44.
{ sorry_after:
    She heard you say sorry. It helped, a little. It does not make the next appointment possible.
}
Naomi drives home and tells Dev it was fine. When the next reminder letter comes, she doesn't open it. She has one more reason now. # ending: stopped-in-distress
-> END
