// Before the exam: a booked fifteen-minute cervical screening appointment with a woman who
// has put it off for six years. Trauma-informed consent and control, under a visit clock.
// Facilitator guide: docs/scenarios/before-the-exam.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Naomi's trust in the player; she came, but she is braced
VAR autonomy = 40    // 0..100: how far Naomi's own informed values drive what is decided
VAR clock = 0        // minutes used; the engine adds each choice's time tag
VAR safety = 100     // 0..100: how far the examination leaves Naomi unharmed
VAR screening = 30   // 0..100: Naomi's screening: a sample taken with her present, or a plan she will use

// What the seed draws (meta.json "variation"): who Naomi is this morning.
VAR wants = 0   // 1: to decide herself, 2: her friend Jas with her, 3: for you to recommend, even decide
VAR tells = 0   // 0: keeps what happened at nineteen to herself, 1: tells you at the start, in writing, 2: only if trust builds
VAR event = 0   // 1: no chaperone free this morning, 2: HPV found last time and the early repeat never done, 3: the clinic is running late
// One draw split three ways, not three draws: for small neighbouring seeds ink's RANDOM gives
// values nearly in proportion to the seed, so three separate draws would move in step.
~ temp drawn = RANDOM(0, 26)
~ wants = drawn % 3 + 1
~ event = (drawn / 3) % 3 + 1
~ tells = drawn / 9
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR josh = "asking"         // the medical student: asking, in (observing), out (she said no), none (never asked her)
VAR undressed_early = false // sent behind the curtain before any conversation
VAR told_last = false       // she has told you how the last attempt went
VAR told_freeze = false     // she has told you that going quiet means she is not fine
VAR told_assault = false    // she has told you that something happened when she was nineteen
VAR stop_signal = false     // an agreed way to stop you
VAR full_control = false    // the whole menu: pace, speculum size, self-insertion, position, chaperone
VAR want_someone = false    // she would want someone with her for the examination
VAR chaperone_in = false    // Bev is in the room as her chaperone
VAR unsupported = false     // going ahead without the someone she said she wanted
VAR gap_done = false
VAR self_insert = false
VAR door_locked = false
VAR examined = false        // the examination has begun (position reached)
VAR second_try = false      // she chose to carry on after a pause
VAR sample_taken = false
VAR plan_kind = ""          // longer, kit, clinic
VAR plan_owner = ""         // her, you
VAR kit_oversold = false
VAR clinic_words = false    // the referral is in her words
VAR with_jas = false        // the next appointment is planned with Jas there
VAR stage = ""              // where the disclosure scene returns to
VAR apologised = false      // apologised at the rebooking
VAR sorry_after = false     // apologised after the examination went wrong
VAR stood = false           // she got up to leave at the rebooking
VAR call_tomorrow = false   // you kept to the slot and offered a call
VAR note = ""               // hers, usual, flag
VAR advocated = false
VAR quiet_room = false      // after a bad examination, she was kept from driving off straight away

-> opening

=== opening
Tuesday, 9:44. The treatment room: couch, curtain, a lamp on a stalk, the trolley you laid out before surgery started. # bg: exam-room # ambience: exam-room
{ event == 3:
    Except it is not 9:44 for the list. Two dressings overran and a blood test needed a second go: you are running twenty minutes behind, and the waiting room knows it.
}
Your next booking says: Clarke, Naomi, 34. Cervical screening. Fifteen minutes.
{ event == 2:
    Her record shows a result from seven years ago: "HPV found. No abnormal cells. Repeat test in 12 months." Under it, four reminder letters and two cancelled appointments. The last entry is six years old, from another practice, and it was the repeat: "Unable to visualise cervix. Pt very tense. To rebook."
- else:
    Her record shows four reminder letters and two cancelled appointments. The last entry is six years old, from another practice: "Unable to visualise cervix. Pt very tense. To rebook."
}
She never did.
Josh, the fourth-year medical student on placement this month, puts his head round the door.
Any chance I could sit in on your smear? I need two more for my logbook, and Dr Hughes said to ask you. # speaker: josh
* [Say you'll ask her yourself, alone, before she undresses; he waits outside, and no means no # move: affirm-refusal # move: offer-control # time: 1 # why: Naomi will be asked about Josh without him in the room and before she has undressed, so a no costs her nothing and Josh hears in advance that no is an answer.]
    ~ josh = "asking"
    I'll ask her on her own, before she's undressed. Wait outside. If she says no, that's the answer, and it's nothing personal. # speaker: clinician
    Course. I'll be by the printer. # speaker: josh
* [Bring him in now; you can both ask her when she arrives # move: rush-decision # time: 1 # why: Naomi will meet the question with the student already on the stool, where saying no means sending a person out of the room to his face.]
    ~ josh = "in"
    Come in, then. We'll ask her together when she comes in. # speaker: clinician
    Josh takes the stool by the sink and opens his logbook at a fresh page.
* [Tell him not this one: a six-year gap and an abandoned last attempt # move: decide-for # move: repeat-label # time: 1 # why: Naomi is spared the question, and never asked it: "Pt very tense" in a six-year-old note decides for her who may watch, and she never hears that no to a student was hers to say.]
    ~ josh = "none"
    Not this one, sorry. Nothing to do with you; I'd say the same to anyone. I'll explain later. # speaker: clinician
    He nods, disappointed and trying not to show it, and goes to find Dr Hughes.
- -> arrival

=== arrival
A knock, and Naomi Clarke comes in before you have finished saying come in. # sfx: door-knock
Hoodie, jeans, trainers. Her coat stays on. Her car keys stay in her hand.
{ josh == "in":
    She sees Josh on the stool and stops for half a second.
}
{ event == 3:
    She has been in the waiting room for twenty-five minutes, watching the door.
}
Morning. Naomi. I've cancelled this three times, so let's just get it done before I bottle it. # speaker: naomi # mood: guarded
{ wants == 2:
    My mate Jas was meant to come with me. She got called in to cover a shift. # speaker: naomi # mood: guarded
}
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
    No. Sorry. Not anyone extra, not today. It's not about him. # speaker: naomi # mood: guarded
    No need to be sorry. # speaker: clinician
    Through the door you hear Josh say "no worries" to nobody, and walk away.
}
{ tells == 1:
    ~ told_assault = true
    ~ told_freeze = true
    ~ stage = "arrival"
    Before you can say anything else, she holds out her phone, screen towards you. A note, typed some time ago and saved:
    "Something happened to me when I was 19. I don't want to talk about it." # disclose: assault
    "Sometimes I freeze and can't say stop. Please don't tell me to relax." # disclose: freeze
    -> confides
}
-> arrival_choice

=== arrival_choice
* [Take her at her word: she can undress behind the curtain while you open the form # move: rush-decision # move: narrow-agenda # time: 1 # why: Naomi gets what she asked for, and so she answers your questions half-undressed on the couch while you sit clothed at the desk; "before I bottle it" is never asked about.]
    ~ undressed_early = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    Let's get you sorted, then. Pop behind the curtain, everything off from the waist down, and there's a paper sheet to cover yourself. # speaker: clinician
    She goes. You hear her jeans come off fast, like someone pulling off a plaster.
    When she sits on the edge of the couch with the sheet across her lap, you realise you haven't asked her a single question. You ask them now: her half-dressed on the couch, you in your chair.
* [Ask her to sit down first, and how she is feeling about today # move: open-question # move: authentic-connection # time: 2 # why: Naomi gets to say how today feels, in her own words and fully dressed, and she answers with a paramedic's joke that tells you more than the form will.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    We'll get it done. Sit down a minute first. How are you feeling about today? # speaker: clinician
    She sits on the very front of the chair.
    Honestly? I've had people be sick on my boots who were calmer than this. I'm a paramedic. I do worse than this to people every day. # speaker: naomi # mood: guarded
    She means it as a joke. Her hand is still closed round the keys.
* [Tell her how the appointment will go, and that she can stop you at any point # move: plain-language # move: offer-control # time: 2 # why: Naomi hears the plan before anything happens and that she can stop it, so the next fifteen minutes stop being something that will be done to her.]
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
* [Run through the form quickly: "LMP? Contraception? Any IMB, PCB, discharge?" # move: jargon # move: narrow-agenda # time: 1 # why: Naomi knows every abbreviation, and still hears a form being filled in about her rather than a question put to her.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    LMP? Contraception? Any IMB, PCB, unusual discharge? # speaker: clinician
    Two weeks ago. The pill. No, no, no. # speaker: naomi # mood: neutral
    She knows every abbreviation; she writes them on patient report forms herself. It still sounds like a form being filled in about her.
* [Ask the same questions in everyday words # move: plain-language # time: 1 # why: Naomi is asked about her body as a person rather than as a report form, and she offers something back: who is minding her daughter this morning.]
    ~ shift(trust, 2)
    When was your last period? What do you use for contraception? Any bleeding between periods or after sex, or anything unusual down below? # speaker: clinician
    Two weeks ago. The pill. No bleeding, nothing weird. # speaker: naomi # mood: neutral
    Dev's got Isla this morning. She's four. She thinks I've gone for a check-up on my tummy. # speaker: naomi # mood: warm
* [Keep it colleague to colleague: "You know the drill, you're one of us" # move: authentic-connection # move: jargon # time: 1 # why: Naomi laughs, and it helps a little; it also makes her someone who knows the drill, and someone who knows the drill can hardly admit to being frightened of it.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -3)
    You know the drill, you're one of us. LMP, contraception, any bleeding I should know about? # speaker: clinician
    She laughs, and it helps a little.
    Two weeks. Pill. Nope. # speaker: naomi # mood: warm
    It also makes her someone who knows the drill. Someone who knows the drill can hardly be frightened of it.
- -> last_time

=== last_time
The note from six years ago is still open on your screen. From where she sits, Naomi can read it too.
{ event == 2:
    So can the line above it: HPV found, repeat in twelve months. The twelve months ran out five years ago.
}
* [Leave it; it was years ago, and she may not want to go there # move: narrow-agenda # time: 1 # why: Naomi watches the note that sent her away six years ago disappear without a word, and learns that what happened then is not on today's agenda.]
    ~ shift(trust, -1)
    You close the old note and open a new sample form.
    Naomi watches the words disappear. Her face does not change.
* [Ask what happened last time, and what she would want done differently # move: open-question # move: elicit-values # time: 2 # why: Naomi is invited, not required, to tell you how the last attempt went, so that you can avoid repeating it; whether she does depends on how far she trusts you by now.]
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
* [Reassure her: last time was last time, and you do lots of these # move: false-reassurance # time: 1 # why: Naomi is promised speed by someone who does not yet know that speed is what she is afraid of, and the question of what went wrong is closed before she could answer it.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Don't worry about last time. I do loads of these, and I'm quick. # speaker: clinician
    Right. # speaker: naomi # mood: guarded
    Quick is exactly what she is afraid of. You don't know that yet.
- -> explain

=== explain
She should know what will happen before it happens.
* [Give her the clinical version; she's a paramedic # move: jargon # time: 1 # why: Naomi follows cytology and loses the os and the transformation zone, and in a room where she is supposed to know the words she does not ask.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    Standard LBC. Cusco's speculum, visualise the os, sweep the transformation zone with the brush, five rotations. It's HPV primary, so cytology only if high-risk HPV is detected. # speaker: clinician
    Naomi nods. Cytology she knows. The os and the transformation zone go straight past her, and she doesn't ask.
    It is hard to be the patient in a room where you are supposed to know the words.
* [Keep it light: "It'll be over in a minute, honestly." # move: false-reassurance # move: rush-decision # time: 1 # why: Naomi hears the line she uses on her own patients right before it hurts, and knows from it that nobody is going to tell her what will actually happen.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    Honestly, it'll be over in a minute. Most people say it's nothing. # speaker: clinician
    That's what I say to people. # speaker: naomi # mood: guarded
    Right before it hurts. # speaker: naomi # mood: guarded
* [Explain it in everyday words, step by step: what she'll feel, how long, what the lab does # move: plain-language # time: 2 # why: Naomi knows what she will feel, for how long, and what the letter will mean, before anything happens, and she takes it in the way she takes a handover.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    -> explain_steps ->
* [Explain it step by step, then ask her to tell it back to you, to check you were clear # move: plain-language # move: teach-back # time: 3 # why: Naomi, who takes handovers for a living, is asked to repeat an explanation she had the first time; she does, and it costs a minute and a little of her patience.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 3)
    -> explain_steps ->
    Could you tell me back what's going to happen, so I know I explained it properly? # speaker: clinician
    Speculum, brush, ten seconds, pressure not pain, letter in a couple of weeks. # speaker: naomi # mood: neutral
    I do handovers for a living. # speaker: naomi # mood: guarded
    She had it the first time.
- -> control

= explain_steps
You undress from the waist down behind the curtain, with a sheet over you. When you're ready, I put a speculum into your vagina: a smooth plastic tube that opens so I can see your cervix. # speaker: clinician
Then a soft brush, a few turns, about ten seconds. Most people feel pressure rather than pain. If it hurts, tell me. # speaker: clinician
{ event == 2:
    The lab checks for HPV first. Because it was found last time, if it's still there they'll look at the cells, and the letter may ask you to go to a hospital clinic for a closer look, called a colposcopy. If it's gone, you go back to routine invitations. # speaker: clinician
- else:
    The lab checks for HPV first. If there's none, that's it for five years. If there is, they look at the cells. The results come by letter, usually in about two weeks. # speaker: clinician
}
Naomi listens the way she would listen to a handover.
Pressure, not pain. Okay. I say that too. # speaker: naomi # mood: neutral
->->

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
* [Promise her you'll be quick and that she's in safe hands # move: withhold-options # move: decide-for # move: false-reassurance # time: 1 # why: Naomi is promised speed and safety that nobody can promise her yet, and says thanks to be polite; nobody has told her there is anything she could ask for, so the speculum, the position and who is in the room stay yours to choose.]
    ~ shift(autonomy, -4)
    I'll be as quick as I can. You're in safe hands. # speaker: clinician
    Thanks. # speaker: naomi # mood: neutral
    She says it to be polite. Nobody has told her there is anything she could ask for.
    -> values
* [Offer her ways to steer: a stop signal, her own pace, a smaller speculum, putting it in herself, lying on her side, a chaperone, someone with her for support # move: offer-control # move: ask-before-touch # time: 2 # why: Naomi learns that she can stop it, slow it, change the speculum, the position and who is in the room, and even put the speculum in herself, that a chaperone is on offer and a friend can come as well, and that you will touch only what the test needs.]
    ~ stop_signal = true
    ~ full_control = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Some things are your choice. If you say stop, or put your hand up, I stop, straight away, no discussion. We go at your pace. I'll only touch what the test needs, and I'll tell you before I do. # speaker: clinician
    There are smaller speculums, and a bit of lubricant helps. You can lie on your side if that's easier. You can put the speculum in yourself, if you'd like, and I'll guide you. # speaker: clinician
    Naomi stares at you.
    I can put it in myself? Nobody's ever said that. # speaker: naomi # mood: relieved
    -> chaperone_offer
* [Agree a stop signal, and offer her a chaperone # move: offer-control # time: 1 # why: Naomi gets one way to stop you that she can trust and the offer of someone else in the room, though nobody mentions the speculum, the position or that she could do the first part herself.]
    ~ stop_signal = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    If you want me to stop at any point, say stop or put your hand up, and I'll stop. # speaker: clinician
    Okay. Hand up. # speaker: naomi # mood: neutral
    She practises it, half a joke: a small flat hand in the air.
    -> chaperone_offer

= chaperone_offer
{ event == 1:
    And you can have a chaperone. Bev, our healthcare assistant, usually does it, but she's covering reception this morning. If you'd want one, the honest answer is another day, and that's a fine answer. You can bring someone with you for support, too, as well as the chaperone. # speaker: clinician
- else:
    And you can have a chaperone: Bev, our healthcare assistant, can chaperone. You can also bring someone with you for support, or have no one. # speaker: clinician
}
{
- wants == 2:
    ~ want_someone = true
    I'd want someone. That's why Jas was coming. # speaker: naomi # mood: guarded
    { event == 1:
        Nobody else at all? # speaker: naomi # mood: guarded
        Not this morning. # speaker: clinician
        Naomi looks at the door, then at the couch, and doesn't say anything yet.
    - else:
        ~ chaperone_in = true
        Bev, then. If she's nice. She's not Jas, but she's someone. # speaker: naomi # mood: neutral
        She is. I'll ask her when we're ready. # speaker: clinician
    }
- full_control:
    ~ door_locked = true
    No one else in here. Just you. And can the door be locked? # speaker: naomi # mood: neutral
    You turn the key. She watches you do it.
- else:
    No one. Just you. # speaker: naomi # mood: neutral
}
-> values

=== values
You are {clock} minutes into the fifteen.
{ event == 3:
    Twenty behind, out there.
}
* {event != 2} [Be straight about the gap: six years overdue, and you'd like to get it done today # move: rush-decision # time: 1 # why: Naomi is told off in the words she has been using on herself for six years, and the question of whether today is possible for her becomes a question of whether she is being good.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -6)
    You're six years overdue, Naomi. I'd really like us to get this done today, while you're here. # speaker: clinician
    Yeah. I know. That's why I'm here. # speaker: naomi # mood: withdrawn
    She looks at the floor, like someone being told off in the words she has been using on herself for six years.
    -> decision
* {event == 2} [Tell her what the old result means now: HPV was found, the repeat is five years late, and you'd advise a test soon, today or on a day she picks # move: recommend-clearly # move: transparent-disclosure # time: 2 # why: Naomi hears plainly that the line above the old note still matters, and what you advise, with today and a day of her choosing both left open; she had read it on the screen, and now someone has said it.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    ~ shift(screening, 8)
    The line above the old note matters, so I'll say it plainly. HPV was found last time, and the repeat that should have been a year later never happened. Most HPV clears by itself, and that result on its own isn't a diagnosis. But it does mean I'd advise a test soon: today, your way, if you can, or on a day you pick in the next few weeks. Not months. # speaker: clinician
    Naomi looks at the screen, then at you.
    I know. I've read that line every time I've cancelled. Nobody's ever just said it. # speaker: naomi # mood: guarded
    Okay. Soon. # speaker: naomi # mood: neutral
    -> decision
* [Name the imbalance: it's hard to say no to the person in the uniform; in here no, and not today, are fine answers # move: name-asymmetry # move: affirm-refusal # time: 1 # why: Naomi, who is usually the one in the uniform, hears out loud that no and not today are real answers in this room, and looks at you properly for the first time.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 8)
    I know it can be hard to say no to the person in the uniform, when you're the one on the couch. In here, you're in charge. No is a fine answer. Not today is a fine answer. # speaker: clinician
    I'm the one in the uniform most days. # speaker: naomi # mood: warm
    She looks at you properly for the first time.
    Not used to being this side of it. # speaker: naomi # mood: neutral
    { event == 2:
        ~ shift(autonomy, -4)
        The line above the old note, HPV found, is still on the screen. Neither of you has said what it means for when "not today" should become a day.
    }
    -> decision
* [Ask what would make today feel okay, and whether there's anything it would help you to know # move: elicit-values # move: open-question # time: 2 # why: Naomi is asked what would help without being asked why, which leaves her room to tell you something about herself, or nothing, on her own terms.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    What would make today feel okay for you? And is there anything it would help me to know? You don't have to tell me why. # speaker: clinician
    {
    - told_freeze:
        You've read it. Hand up means stop. And if I go quiet, stop. # speaker: naomi # mood: guarded
        If you go quiet, I'll stop and check with you. # speaker: clinician
    - trust >= 53:
        ~ told_freeze = true
        Naomi takes a breath.
        If I go quiet, I'm not fine. I don't always manage to say stop. I just go somewhere. Ceiling tiles. # speaker: naomi # mood: guarded # disclose: freeze
        So if I stop talking, stop. # speaker: naomi # mood: guarded
        If you go quiet, I'll stop and check with you. # speaker: clinician
        { tells == 2 && trust >= 62 && stop_signal:
            ~ stage = "values"
            -> confides
        }
    - else:
        Just get it done, I suppose. # speaker: naomi # mood: guarded
    }
    -> decision

=== confides
{
- stage == "arrival":
    She watches you read it, ready to take the phone back.
- stage == "after":
    Naomi is quiet for a moment.
    I should have said, before. # speaker: naomi # mood: guarded
    Something happened to me when I was nineteen. That's why. I've told about three people. # speaker: naomi # mood: distressed # disclose: assault
- else:
    Naomi looks at the door, then back at you.
    Something happened to me when I was nineteen. That's why. I've told about three people. # speaker: naomi # mood: distressed # disclose: assault
}
~ told_assault = true
She doesn't say any more, and she doesn't look as if she wants to be asked.
* [Ask whether it was reported, and whether she is safe now # move: narrow-agenda # move: detach # time: 2 # why: Naomi has just given you the hardest thing she brought, and gets questions back; they have their place, but asked first they turn what she said into a form to complete.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    Was it reported? And are you safe now? # speaker: clinician
    Fifteen years ago. I'm safe. I'm fine. # speaker: naomi # mood: withdrawn
    They are questions you were taught to ask. Asked first, they turn what she has just given you into a form.
* [Thank her; she needn't say more, and it changes only how the examination goes, which she is in charge of # move: authentic-connection # move: offer-control # time: 1 # why: Naomi is believed and not questioned, and hears that what she told you changes only how the examination goes, with her deciding how.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Thank you for telling me. You don't need to tell me any more. The only thing it changes is how carefully we go, and you're in charge of that. # speaker: clinician
    Okay. # speaker: naomi # mood: relieved
    Her shoulders come down, half an inch.
* [Tell her there is support for people who have been through that, and you can refer her today or any time she wants # move: offer-choice # time: 2 # why: Naomi hears that support exists and that the door to it stays open whenever she wants it; she files it and says not today, and the choice stays hers.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    Thank you for telling me. There's support for people who've been through that, if you ever want it. I can refer you today, or any time, or not at all. # speaker: clinician
    Maybe. Not today. I didn't come in for that. # speaker: naomi # mood: guarded
    That's fine. The offer doesn't run out. # speaker: clinician
    She nods. It is a fair offer, and it is hers to take up when she wants.
-
{
- stage == "arrival":
    -> arrival_choice
- stage == "after":
    -> notes
- stage == "plan":
    -> plan_choose
- else:
    -> decision
}

=== decision
~ stage = ""
{ clock > 12 || (event == 3 && clock > 8):
    Through the wall, a baby has started to cry in the waiting room. Your ten o'clock is an eight-week-old's first immunisations.
}
Today, or not.
* [Ask, "Shall we make a start? We can always stop." # move: rush-decision # time: 1 # why: Naomi is offered a start rather than a choice; unless she is sure enough of her own no to say it into that question, the examination begins because it was proposed.]
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
* [Lay out her options: today, her way, or not today, and what not today could be; any of them counts # move: offer-choice # move: affirm-refusal # move: plain-language # time: 2 # why: Naomi sees every real route on the table, including walking out today with a plan, and hears that none of them is failing; if she came to choose, that is what she needed, and if she came wanting a steer, it is a list she already knew.]
    { wants == 3:
        ~ shift(trust, 1)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
    }
    There's no wrong answer. We can do it today, your way. Or not today: I can book you a double appointment first thing, when nobody's waiting. # speaker: clinician
    { event == 2:
        Or a clinic with longer appointments for people who find this hard. The home kits aren't for you, I'm afraid: because HPV was found last time, you need a sample like today's, so the cells can be checked. Any of those counts. # speaker: clinician
    - else:
        The NHS has started sending home testing kits to some people who are overdue; I can check whether you can have one. And some areas have clinics with longer appointments for people who find this hard. Any of those counts. # speaker: clinician
    }
    Naomi looks from you to the couch and back.
    {
    - wants == 1 && stop_signal && trust >= 53:
        ~ plan_owner = "her"
        Today. While I've got the nerve. But my way. # speaker: naomi # mood: neutral
        -> position
    - wants == 1 && autonomy >= 48:
        Not today. But I don't want to walk out with nothing again. # speaker: naomi # mood: guarded
        -> plan
    - else:
        -> defer
    }
* [Give her your recommendation for her situation, the other routes and your reasons, and ask whether it fits # move: recommend-clearly # move: plain-language # time: 2 # why: Naomi hears what you would advise for her, and why, with the other routes named; if she wanted a steer or someone with her it settles the morning, and if she wanted to weigh it herself it arrives before she could.]
    {
    - wants == 2:
        ~ plan_kind = "longer"
        ~ plan_owner = "her"
        ~ with_jas = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        ~ shift(screening, 15)
        My recommendation is not today. You wanted Jas with you, and that matters. We could do it now, or find a clinic, but I'd book a double slot for a morning she's off, and you bring her. {event == 2:Soon, because of last time's result.|A few weeks to do it your way changes very little.} # speaker: clinician
        Naomi lets out a breath she seems to have been holding since the car park.
        Yeah. That. I'll text her now. # speaker: naomi # mood: relieved
        -> plan_detail
    - wants == 3:
        ~ plan_owner = "her"
        ~ stop_signal = true
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        My recommendation is today, your way, hand up whenever you need. {event == 2:With last time's result, I'd rather we didn't wait.|You've done the hard part, getting here.} If not today, a double slot soon is a good second. Does that fit? # speaker: clinician
        Yes. That's what I needed. Someone to just say. # speaker: naomi # mood: relieved
        -> position
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
        My recommendation is today, your way, hand up whenever you need. If not today, a double slot soon. Does that fit? # speaker: clinician
        Maybe. I'd have liked to hear the choices before the answer, though. # speaker: naomi # mood: guarded
        {
        - stop_signal && trust >= 53:
            ~ plan_owner = "her"
            Today, then. My way. # speaker: naomi # mood: neutral
            -> position
        - autonomy >= 48:
            Not today. # speaker: naomi # mood: guarded
            -> plan
        - else:
            -> defer
        }
    }
* [Suggest the slot is too tight today and book her a double appointment instead # move: decide-for # time: 1 # why: Naomi, who got herself through the door after six years, hears that she is too much for today, decided by you; whether she fights for her morning depends on how much of it still feels hers.]
    Honestly, fifteen minutes isn't fair on you. Let me book you a double appointment instead, and we'll do it properly. # speaker: clinician
    {
    - autonomy >= 55:
        ~ stop_signal = true
        ~ shift(autonomy, 5)
        No. I've come all the way in. I want to try. My way: if I put my hand up, you stop. # speaker: naomi # mood: angry
        -> position
    - else:
        ~ shift(trust, -6)
        ~ shift(screening, -5)
        Right. Fine. Too much trouble. Got it. # speaker: naomi # mood: withdrawn
        -> rebooked
    }

= defer
{
- wants == 3:
    You tell me. I mean it. I've read the leaflets, I know what the options are. I just don't want to be the one choosing. What would you do? # speaker: naomi # mood: neutral
    It is not a test. She has heard the options, and she is asking someone she has decided to trust.
- wants == 2:
    I don't know. I wanted Jas here for this. What would you do? # speaker: naomi # mood: guarded
- else:
    I don't know. What would you do? You're the nurse. # speaker: naomi # mood: guarded
    She says it the way people do when they don't think no is really on the menu.
}
* [Decide, as she asked: say what you'd choose for her and why, and that she can overrule you at any point # move: respect-delegation # time: 1 # why: Naomi gets the decision she asked for, with the reasons and the door left open; if she was choosing to trust you it is her choice carried out, and if she felt she had no right to refuse it is your decision on her body.]
    Then I'll say. Today, your way: hand up means stop, and I stop. If at any point you want to change that, you change it, and that's fine. # speaker: clinician
    ~ stop_signal = true
    {
    - wants == 3:
        ~ plan_owner = "her"
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        Okay. Good. Thank you. # speaker: naomi # mood: relieved
        She takes her coat off, finally, and hangs it on the door.
    - else:
        ~ shift(trust, -2)
        ~ shift(autonomy, -6)
        Okay. # speaker: naomi # mood: withdrawn
        It is a yes from someone who did not think no was allowed.
    }
    -> position
* [Give her your recommendation for her situation, with the reasons, and ask whether it fits # move: recommend-clearly # time: 2 # why: Naomi hears plainly what you would advise for her and why, and is asked whether it fits; when she wanted a steer, or needs telling she need not decide now, that is help, and when she doubts her right to say no, it is one more push.]
    {
    - wants == 2:
        ~ plan_kind = "longer"
        ~ plan_owner = "her"
        ~ with_jas = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        ~ shift(screening, 15)
        My recommendation? Don't decide anything today. You wanted Jas here, and that matters. Book a double slot for a morning she's off, and bring her. {event == 2:Soon, because of last time's result, in the next few weeks, not months.|After six years, a few weeks to do it your way changes very little.} # speaker: clinician
        Naomi lets out a breath she seems to have been holding since the car park.
        Yeah. That. I'll text her now. # speaker: naomi # mood: relieved
        -> plan_detail
    - wants == 3:
        ~ plan_owner = "her"
        ~ stop_signal = true
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        My recommendation is today, your way, with your hand up whenever you need it. {event == 2:With last time's result, I'd rather we didn't wait longer.|You've done the hard part, getting here.} Does that fit? # speaker: clinician
        It fits. Okay. # speaker: naomi # mood: neutral
        -> position
    - else:
        ~ stop_signal = true
        ~ shift(autonomy, -3)
        My recommendation is today, your way, with your hand up whenever you need it. Does that fit? # speaker: clinician
        Yeah. If you think so. # speaker: naomi # mood: withdrawn
        -> position
    }
* [Say what you'd weigh, then hand it back: she is allowed to say no to you, and not today is a real answer # move: name-asymmetry # move: affirm-refusal # move: offer-choice # time: 2 # why: Naomi hears that refusing you is allowed and what you would weigh, and the choice comes back to her; if she was asking out of deference that frees her, and if she had chosen to let you decide it hands back a weight she had put down.]
    I'll tell you what I'd weigh: six years is a long gap, and screening is worth doing. But I'm not the one on the couch. You're allowed to say no to me. What do you want? # speaker: clinician
    {
    - wants == 3:
        ~ stop_signal = true
        ~ shift(trust, -4)
        ~ shift(autonomy, -2)
        I know I'm allowed to say no. I'm not asking permission. I was asking you to pick. # speaker: naomi # mood: angry
        Fine. Today. Hand up means stop. # speaker: naomi # mood: guarded
        -> position
    - wants == 2:
        ~ shift(autonomy, 2)
        I know. I just wanted Jas here. Not today, then. # speaker: naomi # mood: guarded
        -> plan
    - trust >= 48:
        ~ plan_owner = "her"
        ~ stop_signal = true
        ~ shift(trust, 3)
        ~ shift(autonomy, 10)
        Today. But if I put my hand up, you stop. # speaker: naomi # mood: neutral
        -> position
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 10)
        Not today. # speaker: naomi # mood: neutral
        -> plan
    }
* [Recommend today, since she's here and she's overdue # move: decide-for # move: rush-decision # time: 1 # why: Naomi hears "while you're here" as the answer to her question, a decision made on the clock rather than on anything she has said she wants.]
    ~ shift(autonomy, -5)
    Honestly? I'd do it today, while you're here. # speaker: clinician
    Okay. # speaker: naomi # mood: withdrawn
    -> position

=== rebooked
~ stood = true
{ undressed_early:
    Behind the curtain, Naomi is already pulling her jeans back on.
- else:
    Naomi is already on her feet. Her coat was never off.
}
* [Apologise: you made that sound like your decision; ask what she would like # move: apologise # move: offer-choice # time: 2 # why: Naomi hears you take back a decision that was hers and that she is not too much trouble; whether she sits back down to choose depends on what trust is left.]
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
* [Book the double appointment and hand her the card # move: decide-for # move: work-around # time: 1 # why: Naomi leaves with a longer slot that would suit her, chosen and booked by you while she stood by the door, which is a card in a pocket rather than a plan.]
    ~ plan_kind = "longer"
    ~ plan_owner = "you"
    You book a double slot for three weeks' time and write it on a card.
    Thanks. # speaker: naomi # mood: withdrawn
    -> plan_detail
* [Switch her to a home testing kit instead, if she can have one; it might suit her better # move: decide-for # move: rescue # time: 1 # why: Naomi is handed a solution to a problem she has not been asked about, arranged by you, and goes along with whatever is easiest for everyone.]
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
* [Go through the alternatives and ask which would fit her life # move: offer-choice # move: elicit-values # time: 2 # why: Naomi weighs the alternatives against her shifts, her daughter and her fear, and picks one herself; if she had wanted you to pick, the list lands as more homework.]
    ~ plan_owner = "her"
    { event == 2:
        A longer appointment here, or a clinic with more time. Not a home kit: with last time's result, you need a sample like today's. Which would fit your life? # speaker: clinician
    - else:
        A longer appointment here, a home kit if you can get one, or a clinic with more time. Which would fit your life? # speaker: clinician
    }
    { wants == 3:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        ~ shift(screening, 10)
        Honestly, I'd have taken you picking. But fine. # speaker: naomi # mood: guarded
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
        ~ shift(screening, 15)
    }
    { tells == 2 && not told_assault && stop_signal && trust >= 62:
        ~ stage = "plan"
        -> confides
    }
    -> plan_choose
* [Recommend the option you think fits her situation best, say why, and ask whether it fits # move: recommend-clearly # time: 2 # why: Naomi hears which route you would advise for her and why, and can still say no; it helps most when she wanted a steer, or when her last result means a home kit would only send her back.]
    ~ plan_kind = "longer"
    { event == 2:
        I'd recommend a double slot here in the next few weeks, first thing, a sign on the door, no interruptions, locked if you'd like{wants == 2:, with Jas there}. Not a kit: with last time's result, a kit that found HPV would just send you back for this test, a few weeks later. Does that fit? # speaker: clinician
    - else:
        I'd recommend a double slot here, first thing, when nobody's waiting, a sign on the door, no interruptions, locked if you'd like{wants == 2:, with Jas there}. Does that fit? # speaker: clinician
    }
    { wants == 2:
        ~ with_jas = true
    }
    {
    - wants == 1 && event != 2:
        ~ plan_owner = "her"
        ~ shift(trust, 1)
        ~ shift(screening, 8)
        Maybe. I'd like to think about the kit, actually. But fine, book it. # speaker: naomi # mood: neutral
    - else:
        ~ plan_owner = "her"
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
        ~ shift(screening, 20)
        Yes. That. Thank you for just saying. # speaker: naomi # mood: relieved
    }
    -> plan_detail
* [Book her the home kit; it will be easiest for her # move: decide-for # move: rescue # time: 1 # why: Naomi gets the option you think is easiest, chosen for her; nobody checks whether she can have one or what she would want.]
    ~ plan_kind = "kit"
    ~ plan_owner = "you"
    ~ shift(autonomy, -5)
    I'll get you a home kit. Much easier. You won't have to come in at all. # speaker: clinician
    Right. Okay. # speaker: naomi # mood: neutral
    -> plan_detail
* {not examined} [Try once more: she's here now; why not just try the first step and stop if she needs to? # move: rush-decision # move: proceed-regardless # time: 1 # why: Naomi has said not today, and hears it treated as an opening bid; whether she holds her no or gives in to the couch depends on how much of the morning she still owns.]
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
* [Take the no: "Okay. Not today." Then ask what would suit her instead # move: affirm-refusal # move: offer-choice # time: 1 # why: Naomi's no is heard the second time she says it, with an apology for the push, and the next step is hers to choose.]
    ~ plan_owner = "her"
    ~ shift(trust, 5)
    ~ shift(screening, 10)
    Okay. Not today. I'm sorry I pushed. What would suit you instead? # speaker: clinician
    -> plan_choose
* [Smooth it over by booking her a double appointment # move: decide-for # time: 1 # why: Naomi's no is answered with a booking she did not ask for, which ends the awkward moment for you and leaves the plan yours.]
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
    { wants == 2:
        ~ with_jas = true
        And Jas, this time. I'll make sure she's off. # speaker: naomi # mood: neutral
    }
- trust >= 40 && event != 2:
    ~ plan_kind = "kit"
    { told_last:
        At home. On my own. Where nobody tells me to relax. # speaker: naomi # mood: neutral
    - else:
        At home, if I can. On a day off, on my own. # speaker: naomi # mood: neutral
    }
- trust >= 48:
    ~ plan_kind = "longer"
    Here, then. Longer. First thing. # speaker: naomi # mood: neutral
- else:
    ~ plan_kind = "clinic"
    Somewhere else, I think. Somewhere that does this for people who find it hard. No offence. # speaker: naomi # mood: guarded
}
-> plan_detail

=== plan_detail
{
- plan_kind == "kit" && event == 2:
    -> kit_ineligible
- plan_kind == "kit":
    -> kit
- plan_kind == "clinic":
    -> clinic
- else:
    -> longer
}

= kit_ineligible
You open the self-sampling request, and it stops you: HPV found last time, early repeat outstanding. The kit is for people on routine recall. It isn't for her.
* [Tell her the kit isn't for her and why, say sorry for offering it, then ask what she'd like instead # move: transparent-disclosure # move: offer-choice # time: 2 # why: Naomi hears the real reason the kit would not help her, from you and now rather than from a letter in weeks, and chooses what to do instead knowing it.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    ~ shift(screening, 10)
    I've got that wrong. With last time's result, a kit isn't right for you: you need a sample taken so the cells can be checked. I'm sorry. What would you like instead? # speaker: clinician
    {
    - trust >= 48:
        ~ plan_kind = "longer"
        ~ plan_owner = "her"
        Then here. Longer. You. # speaker: naomi # mood: neutral
    - else:
        ~ plan_kind = "clinic"
        ~ plan_owner = "her"
        Somewhere that does this for people who find it hard, then. # speaker: naomi # mood: guarded
    }
* [Book a double appointment instead and mention it as she goes # move: decide-for # move: conceal # time: 1 # why: Naomi leaves with a booking changed under her without the reason, so she never learns why the kit she was offered vanished or what her last result means now.]
    ~ plan_kind = "longer"
    ~ plan_owner = "you"
    ~ shift(trust, -2)
    Actually, I've booked you a double instead. Easier. # speaker: clinician
    Okay. # speaker: naomi # mood: neutral
- -> plan_detail

= kit
* [Say you'll find out whether she can get one, and leave it there # move: narrow-agenda # time: 1 # why: Naomi leaves expecting a kit without knowing what it can and cannot tell her, or what a positive result would lead back to.]
    I'll find out whether you can have one, and let you know. # speaker: clinician
    Okay. # speaker: naomi # mood: neutral
* [Tell her it means no more speculums: she can do it all at home # move: false-reassurance # time: 1 # why: Naomi smiles for the first time this morning at a promise that is not true: a kit that finds HPV leads back to exactly the examination she thinks she has escaped.]
    ~ kit_oversold = true
    ~ shift(autonomy, -4)
    ~ shift(screening, -5)
    It's a swab you do yourself, at home. No speculum, no couch, no me. # speaker: clinician
    That sounds perfect. # speaker: naomi # mood: relieved
    She smiles for the first time this morning.
* [Tell her what the kit can and can't do: it checks for HPV, and if HPV is found she'd still need a test like today's # move: transparent-disclosure # move: plain-language # time: 2 # why: Naomi knows before she chooses the kit that a positive result would bring her back for a speculum test, so if she goes ahead it is with her eyes open.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ shift(screening, 5)
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
* [Plan the next appointment with her: time of day, what she wants in place, what you'll do if she goes quiet # move: cooperative-goals # move: offer-control # time: 2 # why: Naomi sets out the next appointment in her own words, so the person who sees her next walks in knowing what she needs instead of making her explain it on the couch.]
    ~ stop_signal = true
    Let's plan it now, so you don't have to walk in and explain. What time of day, who's in the room, what you want me to do if you go quiet. # speaker: clinician
    {
    - trust >= 40:
        ~ shift(trust, 4)
        ~ shift(autonomy, 4)
        First thing. Door locked. {with_jas:Jas with me.|Nobody else.} Hand up means stop. # speaker: naomi # mood: neutral
        { told_freeze:
            And if I go quiet, you stop. # speaker: naomi # mood: neutral
        }
        You write it down as she says it.
        { plan_owner == "you":
            ~ plan_owner = "her"
            ~ shift(screening, 10)
            Somewhere in the list, the appointment stops being yours and becomes hers.
        }
    - else:
        ~ shift(autonomy, 2)
        First thing, I suppose. Whatever. # speaker: naomi # mood: withdrawn
        She is answering so that she can leave.
    }
* [Tell her what the timing means: a few weeks to get it right won't change much; she has time to choose # move: transparent-disclosure # move: plain-language # time: 1 # why: Naomi hears that a few weeks to do this her way is safe, which takes the six years of guilt out of the room without pretending screening doesn't matter.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    { event == 2:
        With last time's result, I'd like it to be weeks, not months. But a few weeks to get it right is fine. Screening matters, and you've got time to do it in a way that works. # speaker: clinician
    - else:
        After six years, a few weeks to get it right isn't going to make much difference. Screening matters, and you've got time to do it in a way that works. # speaker: clinician
    }
    Okay. That helps, actually. # speaker: naomi # mood: relieved
* [Book the double appointment and give her the card # move: work-around # time: 1 # why: Naomi gets a longer slot that the system would not have given her, booked quickly, with nothing said about what she will want in place when she walks in.]
    You book a double slot and write the date on a card.
    Naomi puts it in her coat pocket without looking at it.
- { with_jas:
    -> jas_in_room
}
-> notes

= jas_in_room
Naomi's phone buzzes. She reads it and almost smiles.
Jas says Thursday week, eight thirty, she's off. Can she be in the room? For all of it? She won't faint, she's a paramedic too. # speaker: naomi # mood: neutral
* [Say yes: Jas can be there for all of it, wherever Naomi wants her, and a staff chaperone as well is Naomi's choice # move: offer-control # move: affirm-refusal # time: 1 # why: Naomi decides who is in the room and where they stand: her friend for her, and a chaperone only if she wants one as well.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Yes. Wherever you want her: by your head, holding your hand, talking rubbish at you. Bev can be there too as a chaperone, if you'd like, or not. Your choice. # speaker: clinician
    By my head. Talking rubbish. That's her speciality. # speaker: naomi # mood: warm
* [Say Jas can come, and that you'd want Bev there as well, as a chaperone, and tell her why: a friend is there for her, a chaperone is there for both of you # move: hold-boundary # time: 1 # why: Naomi gets her friend, and hears your own condition and the reason for it: one more person in the room than she asked for, and she knows why, and that she could see someone else if she would rather not.]
    ~ shift(autonomy, -1)
    She can come, for all of it. I'd want Bev there as well, as a chaperone: Jas is there for you, and a chaperone is there for both of us, someone who isn't on anyone's side. That's my condition, not a rule you've broken. If you'd rather not, one of the GPs may be able to see you without. # speaker: clinician
    Right. So three of you. Okay. Makes sense, I suppose. # speaker: naomi # mood: guarded
* [Suggest Jas waits outside: fewer people in the room is usually easier # move: decide-for # time: 1 # why: Naomi is told what will make it easier for her, against what she has just asked for, by someone who has decided that fewer is better.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    Honestly, it's usually easier with fewer people. Maybe Jas could wait outside? # speaker: clinician
    Naomi looks at her phone for a long moment before she answers it.
- -> notes

= clinic
* [Say you'll sort it all out for her; she doesn't need to think about it # move: rescue # move: decide-for # time: 1 # why: Naomi is relieved, and the next step is now in your hands rather than hers, so whether it happens depends on a referral she has no part in.]
    ~ shift(autonomy, -4)
    ~ plan_owner = "you"
    Leave it with me. I'll sort it all out. You don't need to think about it. # speaker: clinician
    Okay. Thanks. # speaker: naomi # mood: neutral
    It is a relief to her. It also means the next step is in your hands, not hers.
* [Ask what she'd want that clinic to know, so it goes in the referral in her words # move: elicit-values # move: cooperative-goals # time: 2 # why: Naomi's own words go ahead of her to the clinic, so she will not have to explain from the beginning to another stranger why she needs to be able to stop.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    ~ clinic_words = true
    What would you want them to know before you walk in? I'll put it in the referral, in your words. # speaker: clinician
    That I've cancelled three times and I'm not being awkward. That I need to be able to stop it. # speaker: naomi # mood: guarded
* [Say you'll need to check what exists locally, that there may be a wait, and when you'll ring her # move: honest-limit # time: 1 # why: Naomi knows there may be a wait and when she will hear from you, rather than a promise about a clinic that may not exist where she lives.]
    ~ shift(trust, 3)
    I need to check what we have locally, and there may be a wait. I'll ring you by Friday either way. # speaker: clinician
    Friday. Okay. # speaker: naomi # mood: neutral
- -> notes

=== position
{ want_someone && event == 1 && not gap_done:
    -> chaperone_gap
}
-> position_go

= chaperone_gap
~ gap_done = true
Before she undresses, Naomi looks at the door again.
Bev's still on reception, isn't she. # speaker: naomi # mood: guarded
Bev is on reception until eleven. Jas is on shift. There is nobody else free who is trained to chaperone.
* [Go ahead without a chaperone, and talk her through every step # move: proceed-regardless # time: 1 # why: Naomi goes ahead without the someone she said she wanted, because nobody stopped to treat that as part of her consent; the talking helps, and she is still on her own.]
    ~ unsupported = true
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    We'll manage. I'll talk you through every step. # speaker: clinician
    Right. # speaker: naomi # mood: guarded
    -> position_go
* [Ask her whether she'd rather go ahead without one, or come back another day # move: offer-choice # move: affirm-refusal # time: 1 # why: Naomi is offered both, going ahead now or coming back when a chaperone is free, and says "I'm here now"; whether that is nerve or endurance, you can ask.]
    ~ unsupported = true
    ~ shift(trust, 1)
    ~ shift(autonomy, 2)
    Would you rather go ahead without one, or come back when Bev's free? Either is fine. # speaker: clinician
    I'll go ahead. I'm here now. # speaker: naomi # mood: guarded
    She says it fast. It could be nerve. It could be the thing she does at work, holding on until it's over.
    -> position_go
* [Say you won't do it today without the person she wants; recommend a double slot when Bev can chaperone and Jas can be with her, and book it with her now # move: recommend-clearly # move: cooperative-goals # time: 2 # why: Naomi's wish for someone with her is treated as part of her consent and not as an obstacle; she leaves without the test but with a booked morning that has the person she wants in it.]
    ~ plan_kind = "longer"
    ~ plan_owner = "her"
    ~ with_jas = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    ~ shift(screening, 15)
    You said you'd want someone with you. I'd rather we didn't do it without them. Let's find a morning when Bev can chaperone and Jas can be with you, and book it now. # speaker: clinician
    Naomi breathes out.
    I thought you'd say I was being difficult. # speaker: naomi # mood: relieved
    You're being clear. # speaker: clinician
    -> plan_detail

= position_go
~ examined = true
{
- undressed_early && not stood:
    Naomi is still on the edge of the couch, where she has been all along, the paper sheet across her lap.
- else:
    You draw the curtain. Naomi undresses behind it. When she says she's ready, her voice is higher than before.
}
{ chaperone_in:
    Bev comes in, says hello, and stands by Naomi's head, facing her, not the couch.
}
{ josh == "in":
    On the other side of the curtain, Josh's stool creaks.
}
* [Give the usual instruction: lie back, heels together, let your knees flop apart # move: decide-for # time: 1 # why: Naomi does exactly what she is told, which is the problem: a position chosen for her, in words that ask her body to open before she feels ready.]
    ~ shift(trust, -2)
    Lie back for me, heels together, and let your knees flop apart. # speaker: clinician
    She does exactly what she's told. Her knees don't flop anywhere.
* [Ask how she'd like to lie, on her back or her side, and to tell you when she's ready before you come round # move: offer-control # move: ask-before-touch # time: 2 # why: Naomi chooses how she lies and when you come round the curtain, so the first move of the examination is hers.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    How would you like to lie? On your back with your knees bent, or on your side. Tell me when you're ready, and I'll come round. # speaker: clinician
    On my side. I think. Yes. # speaker: naomi # mood: neutral
    A pause, then: "Ready." She has kept her hoodie on, and pulled the sheet up to her ribs.
* {josh == "in"} [Step inside the curtain and ask her, out of Josh's hearing, whether she really wants him here # move: test-consent # move: affirm-refusal # time: 1 # why: Naomi gets the private question she should have had at the start, and uses it: the student leaves, and she learns that a yes given under pressure can be taken back.]
    ~ josh = "out"
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    I should have asked you on your own. Do you actually want Josh here? It's completely fine to say no. # speaker: clinician
    No. Not really. Not anyone I don't need. Nothing against him. # speaker: naomi # mood: relieved
    Josh heard. He leaves without a word and closes the door behind him.
- -> knock

=== knock
{
- chaperone_in:
    The phone on the wall buzzes. Bev answers it with one hand, listens, and covers the mouthpiece. # sfx: phone-ring
- else:
    A knock at the door. # sfx: door-knock
    {
    - door_locked:
        The handle turns, and stops. The door is locked.
    - else:
        ~ shift(trust, -3)
        The door opens a hand's width before anyone answers. Only the curtain is between it and the couch.
        Naomi pulls the sheet up with both fists.
    }
}
{ event == 3:
    Sorry! Your ten o'clock: Hannah Price with baby Alfie, for his eight-week jabs. They've been waiting since quarter to, and he's due a feed. # speaker: bev
- else:
    Sorry! Your ten o'clock's here: Hannah Price with baby Alfie, for his eight-week jabs. {clock > 15: They've been waiting a while now.|Just so you know.} # speaker: bev
}
* [Call out "Two minutes!" and pick up the pace # move: rush-decision # time: 1 # why: Naomi hears it too, on the couch, and two minutes becomes her job as well as yours.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    Two minutes! # speaker: clinician
    On the couch, Naomi heard it too. Two minutes is now her job as well.
* [Step out and sort out the list with Bev; Naomi can wait a moment # move: detach # time: 2 # why: Naomi waits half-undressed behind a curtain, listening to a baby cry down the corridor, while the person she has to trust sorts out someone else's morning.]
    ~ shift(trust, -6)
    You step out into the corridor to sort out the morning with Bev. It takes longer than you meant.
    Behind the curtain, Naomi waits half-undressed, listening to a baby cry at the end of the corridor.
* [Say you'll be as long as this takes, and ask for Hannah to be told and offered a cup of tea # move: work-around # time: 1 # why: Naomi hears that her examination will not be hurried for the list, and Hannah is at least told and looked after while she waits.]
    ~ shift(trust, 4)
    We'll be as long as this takes. Could you let Hannah know, and offer her a cup of tea? # speaker: clinician
    Will do. # speaker: bev
    Naomi lets go of the sheet.
- -> first_touch

=== first_touch
{ clock > 15:
    You are {clock - 15} minute{clock > 16:s} over the slot.
}
You wash your hands, put on gloves, and warm the speculum under the tap.
* [Begin without commentary; for some people, talking makes it worse # move: proceed-regardless # time: 1 # why: Naomi feels the first touch without knowing it was coming, which is the one thing a frightened body cannot brace for.]
    ~ shift(trust, -6)
    ~ shift(safety, -5)
    You begin, without a word. Some patients like it quicker and quieter.
    Naomi flinches at the first touch. She didn't know it was coming.
* {full_control} [Offer again: she can put the speculum in herself, and you'll guide her # move: offer-control # move: ask-before-touch # time: 2 # why: Naomi puts the speculum in herself, at her own speed, and holds it like something she is in charge of.]
    ~ self_insert = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Would you like to put it in yourself? I'll tell you the angle. When it's in, I'll take over for the brush, but only when you say. # speaker: clinician
    Yeah. Yes. Let me. # speaker: naomi # mood: neutral
    She holds it the way she holds a laryngoscope: like something she is in charge of.
* [Say what you're about to do and ask before you touch: the back of your hand on her knee first # move: ask-before-touch # move: plain-language # time: 1 # why: Naomi knows where the first touch will be and says yes to it before it happens, so nothing arrives unannounced.]
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
{ unsupported:
    ~ steady = steady + 4
}
~ temp braced_gate = steady - 10
{ trust >= steady:
    -> present
}
{ trust >= braced_gate:
    -> braced
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

= braced
You ease the speculum in.
Naomi's jaw is clamped. Her knees have pressed in against your wrist, and one hand has the paper sheet in a fist. Her breath is held, let go, held.
Just carry on. Just get it done. # speaker: naomi # mood: distressed
She says it through her teeth.
{ told_freeze:
    You remember what she told you: sometimes she can't say stop.
}
* [Carry on, as she asked # move: proceed-regardless # time: 1 # why: Naomi gets what her words asked for and not what her body was telling you, and somewhere between the speculum opening and the brush she stops being in the room.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    You carry on.
    -> frozen_sample
* [Stop, take your hands away, and tell her why: you can see she isn't okay, and you'll only go on when she can say so and mean it # move: act-on-risk # time: 2 # why: Naomi is overruled, openly, on the one point where her words and her body disagreed; the examination stops because of what you saw, you tell her so, and what happens next is still hers.]
    ~ shift(trust, 8)
    ~ shift(autonomy, 2)
    You stop, take the speculum out, and move your hands away.
    I'm stopping, Naomi. Your knees, your breathing: you're not okay, and I'm not going on like that. We go on only if you can tell me you want to, and mean it. # speaker: clinician
    -> pause
* [Keep the speculum where it is, ask whether she's sure she wants you to go on, and go on if she says yes # move: offer-choice # move: affirm-refusal # move: proceed-regardless # time: 1 # why: Naomi, braced with the speculum in, gives the answer that ends it soonest, through clenched teeth, and you go on.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    Are you sure you want me to go on? You can say no. # speaker: clinician
    Yes. Go on. Please. # speaker: naomi # mood: distressed
    You go on.
    -> frozen_sample
* [Encourage her: "You're doing really well, nearly there. Just try to relax." # move: proceed-regardless # move: rush-decision # time: 1 # why: Naomi hears the word from six years ago, from the person with their hands on her, and everything she has been holding comes out at once.]
    ~ shift(trust, -15)
    You're doing really well, nearly there. Just try to relax. # speaker: clinician
    -> stopped

= freeze
You ease the speculum in.
Naomi has stopped talking.
She is looking at one ceiling tile, just to the left of the lamp. Her hand lies flat on the couch, very still. Her knees have pressed together against your wrist.
She hasn't said stop.
{ told_freeze:
    You remember what she told you: if I go quiet, I'm not fine.
}
* [Keep going; she hasn't said stop, and stopping now means starting all over again # move: proceed-regardless # time: 1 # why: Naomi is treated as consenting because she is silent, and the sample is taken from someone who has gone somewhere else to get through it.]
    ~ shift(trust, -10)
    ~ shift(autonomy, -10)
    -> frozen_sample
* [Stop, hands away, and say her name: you've stopped, and nothing happens unless she says so # move: act-on-risk # move: authentic-connection # time: 2 # why: Naomi comes back to a room where everything has stopped without her having to ask, because you acted on what you saw and told her so.]
    ~ shift(trust, 8)
    ~ shift(autonomy, 4)
    You take the speculum out and move your hands away.
    Naomi. I've stopped. It's out. Nothing else happens unless you say so. # speaker: clinician
    -> pause
* [Ask her whether she's okay for you to carry on # move: offer-choice # time: 1 # why: Naomi is asked a question she cannot answer from where she has gone, with the speculum still in; all that comes back is a small sound, and what it means is now yours to judge.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Are you okay for me to carry on? # speaker: clinician
    Mm. # speaker: naomi # mood: withdrawn
    It is a sound that could mean anything. Her eyes have not left the ceiling tile.
    -> mm
* [Encourage her: "Nearly there, you're doing really well. Just try to relax." # move: proceed-regardless # move: rush-decision # time: 1 # why: Naomi hears the word from six years ago while she is frozen, and it brings her back all at once, shouting.]
    ~ shift(trust, -15)
    Nearly there, you're doing really well. Just try to relax. # speaker: clinician
    -> stopped

= mm
* [Take the "mm" as a yes, and carry on # move: proceed-regardless # time: 1 # why: Naomi's sound is taken as a yes, and the sample is taken from someone who has gone somewhere else to get through it.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    You take it as yes, and carry on.
    -> frozen_sample
* [Ask her to lift her hand if she wants you to go on, and wait with the speculum in # move: offer-control # time: 1 # why: Naomi is given a way to say go on without words, but she is somewhere she cannot lift a hand from, and the speculum stays in while you wait for a signal that does not come.]
    ~ shift(trust, -2)
    ~ shift(safety, -5)
    If you want me to go on, lift your hand. If you don't, you don't need to do anything. # speaker: clinician
    Her hand stays flat on the couch. Five seconds. Ten. Her breathing does not change.
    You stop, and take the speculum out.
    Naomi. I've stopped. It's out. # speaker: clinician
    -> pause
* [Stop, hands away, and say her name: a sound is not a yes # move: act-on-risk # move: authentic-connection # time: 2 # why: Naomi comes back to a room where everything has stopped because you would not take a sound for consent, and you tell her so.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    You take the speculum out and move your hands away.
    Naomi. I've stopped. It's out. That didn't sound like a yes, and nothing else happens unless you say so. # speaker: clinician
    -> pause

= pause
It takes her a few seconds to come back. Her eyes move first.
Sorry. I went somewhere. # speaker: naomi # mood: distressed
* [Decide for her: that's enough for today, and you'll find another way # move: decide-for # time: 1 # why: Naomi is relieved, and the relief is your decision rather than hers; she leaves the couch without having been asked.]
    ~ shift(trust, 2)
    ~ shift(autonomy, -4)
    That's enough for today. We'll find another way. # speaker: clinician
    Naomi nods. She is relieved, and the relief is someone else's decision.
    -> plan
* [Say there's nothing to be sorry for; it can stop here for today, or she can take a minute and try again; her call # move: offer-choice # move: affirm-refusal # time: 2 # why: Naomi hears both ways on offer and that neither is failing; if she wants to make the call it is hers, and if she wanted someone to say stop it is one more thing to carry.]
    ~ stop_signal = true
    Nothing to be sorry for. We can stop here for today, and that's completely fine. Or take a minute and try again, with your hand up whenever you need. Your call. # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
    - else:
        ~ shift(autonomy, 2)
        I don't know. You're the one who can see me. # speaker: naomi # mood: guarded
    }
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
* [Tell her what you'd recommend: stop for today and plan the next one her way; she can still choose to try again # move: recommend-clearly # time: 2 # why: Naomi hears a clear steer from the person who could see her, with the choice still open; it lifts the decision if she wanted it lifted, and crowds it if she wanted to make it herself.]
    ~ plan_owner = "her"
    I'd recommend we stop for today, and plan the next one your way{event == 2:, soon, because of last time's result}. If you want to try again now, you still can. # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 1)
        I'll decide that, thanks. Not today. # speaker: naomi # mood: guarded
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        ~ shift(screening, 10)
        Yeah. Stop. Thank you for saying it. # speaker: naomi # mood: relieved
    }
    -> plan
* [Give her a moment, then suggest finishing now that she's back; she was nearly there # move: rush-decision # move: proceed-regardless # time: 1 # why: Naomi has only just come back into the room and is asked to go straight back to where she left it; what she says depends on how much of her own voice she has left.]
    ~ shift(trust, -8)
    You were nearly there. Shall we just finish, quickly, now you're back? # speaker: clinician
    {
    - autonomy >= 50:
        No. # speaker: naomi # mood: angry
        She sits up, pulling the sheet with her. That is the end of today, and she has decided it.
        -> plan
    - else:
        Okay. # speaker: naomi # mood: withdrawn
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
* [Two more seconds: you can see the cervix, and stopping now means doing it all again # move: proceed-regardless # move: rush-decision # time: 1 # why: Naomi learns that the stop signal she was given does not work, at the moment she used it, which is the lesson that six years ago taught her too.]
    ~ shift(trust, -15)
    Two more seconds, I've nearly got it. # speaker: clinician
    -> stopped
* [Stop at once, keep your hands still, and wait # move: offer-control # move: affirm-refusal # time: 2 # why: Naomi finds out that her raised hand works, instantly and without argument, and gets to decide in her own time what happens next.]
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
* [Stop, and tell her exactly what's left: the brush, about ten seconds; carry on or out, her call # move: plain-language # move: offer-choice # time: 1 # why: Naomi's signal stops you, and she decides with the facts: how much is left and how long it takes, so carrying on or stopping is an informed choice of hers.]
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
* [Pause, and give her a stop signal now: if she raises her hand, you stop # move: offer-control # time: 1 # why: Naomi gets, late but in time, a way to stop you that she can use without words, and knowing it is there lets her stay in the room.]
    ~ stop_signal = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    Before I go on: if you want me to stop, put your hand up, and I stop. # speaker: clinician
    She lifts her hand an inch off the couch to show she has heard, then lays it down again.
    Go on. # speaker: naomi # mood: neutral
    -> sample
* [Work quickly and quietly, to get it over with for her # move: detach # move: rush-decision # time: 1 # why: Naomi is left to hold on alone and in silence, and somewhere between the speculum opening and the brush she stops being in the room.]
    ~ shift(trust, -8)
    You work fast and say nothing.
    Somewhere between the speculum opening and the brush, Naomi stops being in the room. Her eyes find a ceiling tile. Her breathing goes shallow and even.
    -> frozen_sample
* [Talk her through each step before you do it, and ask before you open the speculum # move: plain-language # move: ask-before-touch # time: 2 # why: Naomi knows each move before it comes and says ready to it, though she still has no way to stop you that does not need words, and holding on is still her job.]
    ~ shift(trust, 2)
    It's in. Next I'll open it a little, and you'll feel some pressure. Ready? # speaker: clinician
    Ready. # speaker: naomi # mood: neutral
    -> sample

=== sample
~ sample_taken = true
~ shift(screening, 50)
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
{ event == 3:
    Down the corridor, Alfie has been crying for some time. Naomi, who knows exactly what a waiting room sounds like, glances at the door.
}
* [Tell her it wasn't so bad in the end # move: false-reassurance # move: detach # time: 1 # why: Naomi is told how it was for her by someone else, and corrects you: it was that bad, and she did it anyway.]
    ~ shift(trust, -4)
    See? Not so bad in the end. # speaker: clinician
    It was, actually. But I did it. # speaker: naomi # mood: neutral
* [Ask how that was for her, and what she'd want next time # move: open-question # move: elicit-values # time: 2 # why: Naomi gets to say how it was and what she wants next time, which turns today into a plan; when the waiting room is already full, she spends the time apologising for it.]
    How was that for you? And what would you want next time? # speaker: clinician
    { event == 3:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
        Fine. Good. You should get on, that baby's been going for ages. # speaker: naomi # mood: guarded
        She answers fast, to give you the time back.
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        Hand up. The same. Maybe someone who knows. # speaker: naomi # mood: neutral
    }
    { tells == 2 && not told_assault && stop_signal && trust >= 64:
        ~ stage = "after"
        -> confides
    }
* [Explain what happens next: the lab, the letter, what a result would mean # move: plain-language # move: transparent-disclosure # time: 2 # why: Naomi leaves knowing what the lab does, when the letter comes, and what it could say, so nothing in it will ambush her.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    { event == 2:
        The lab checks for HPV. If it's gone, you go back to routine invitations. If it's still there, they look at the cells, and the letter may ask you to go for a colposcopy: a closer look, in a hospital clinic. I'll make sure they know what helps. # speaker: clinician
        Okay. One thing at a time. # speaker: naomi # mood: neutral
    - else:
        The lab checks for HPV. Most people don't have it, and then you won't be invited again for five years. If they find it, they'll look at the cells, and the letter will say what happens next. Usually about two weeks. # speaker: clinician
        Five years. I can do anything once every five years. # speaker: naomi # mood: warm
    }
* [Keep to the slot: say you're running behind, tell her when the result will come, and offer to ring her tomorrow about how it went # move: keep-to-time # move: plain-language # time: 1 # why: Naomi hears how much time there is and what it holds, and gets a call tomorrow for the rest; when others are waiting that frees her from apologising, and when nobody is, it cuts short what she had to say.]
    ~ call_tomorrow = true
    We're running behind, so I won't keep you now. The letter comes in a couple of weeks. Can I ring you tomorrow, to hear how that was and what you'd want next time? # speaker: clinician
    { event == 3:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        Yes. Thank God. I can't think with that baby going. Ring after four. # speaker: naomi # mood: relieved
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
        Oh. Okay. Sure. # speaker: naomi # mood: neutral
        She had been about to say something. She saves it.
    }
- -> notes

=== notes
{ clock > 15:
    You are {clock - 15} minute{clock > 16:s} over. Through two doors, a baby is crying.
}
Her record is open. Whatever you write is what the next person will read first, the way you read "Pt very tense" this morning.
* [Write the usual note # move: detach # time: 1 # why: Naomi's record gains a line that is accurate and tells the next sample taker nothing that would help her, which is how this morning began.]
    ~ note = "usual"
    {
    - sample_taken:
        You type: "Cervical sample taken. Pt anxious."
    - else:
        You type: "Cervical screening declined today. Pt anxious. To rebook."
    }
    It is accurate. It is also the kind of note you read this morning.
* [Ask Naomi what she'd like the alert on her record to say, so she never has to explain again # move: offer-control # move: cooperative-goals # time: 2 # why: Naomi writes, in effect, the first thing the next nurse will read about her: what helps, and not the why, so she will not have to explain it from the couch again.]
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
* [Add a helpful alert yourself: double appointment, go slowly, offer a stop signal # move: work-around # move: decide-for # time: 1 # why: Naomi's next appointment will be better because of an alert she does not know exists, written about her rather than with her.]
    ~ note = "flag"
    You add an alert: "Cervical screening: double appointment. Go slowly. Offer stop signal."
    It will help. Naomi doesn't know it's there, or what else it might say about her.
- -> goodbye

=== goodbye
Naomi stands, and this time she puts her coat on properly.
* [Hand her the leaflet, and call in Hannah and Alfie # move: comply-policy # move: detach # time: 1 # why: Naomi leaves with the leaflet everyone gets, and you are reading the next patient's notes before the door has closed behind her.]
    Here's the leaflet, in case. Take care, Naomi. # speaker: clinician
    You are already reading Alfie's notes as the door closes.
* [Tell her, as one person to another, that coming in today took something, and it counted # move: authentic-connection # time: 1 # why: Naomi hears that getting through the door counted, whatever happened on the couch, from someone who saw what it cost her.]
    ~ shift(trust, 3)
    Coming in today took something. Whatever happened on that couch, it counted. # speaker: clinician
    {
    - trust >= 50:
        Cheers. Don't tell anyone at work I nearly cried at a nurse. # speaker: naomi # mood: warm
    - else:
        Yeah. Thanks. # speaker: naomi # mood: guarded
    }
* [Before you call Hannah, message the practice manager: fifteen minutes doesn't work for some screening appointments # move: advocate # time: 2 # why: Naomi is gone by then; the next patient who needs longer may get it, because you spent two minutes of the morning, and Hannah's wait, asking for double slots.]
    ~ advocated = true
    Naomi goes. Before you call Alfie in, you write four lines to the practice manager: some patients need longer for screening, and booking them into fifteen minutes sets them up to fail.
- -> finale

=== finale
{
- clock > 15 && event == 3:
    You ran {clock - 15} minute{clock > 16:s} over, on top of the twenty the morning was already behind. Hannah was kind about it; Alfie was not. The rest of the morning runs later still.
- clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it; Alfie was not. The rest of the morning runs late, one patient at a time.
- else:
    You finished inside the slot.
}
{ advocated:
    The practice manager replies before lunch: double slots for screening on request, from next month, if the nurses agree. You do.
}
{ call_tomorrow:
    You ring Naomi the next afternoon. She has thought about it: hand up, her way, and the first appointment of the day. You write it on her record in her words.
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
{ event == 2:
    Two weeks later, a letter: no HPV found this time. She goes back to routine invitations.
- else:
    Two weeks later, a letter: no HPV found. She will not be invited again for five years.
}
{ note == "hers":
    The alert on her record is in her words. Whoever she sees next will read them first.
}
{ told_assault:
    She told you something she has told three people. She chose when, and she chose how much.
}
Naomi puts a reminder in her phone for the next one: same again, hand up, my way.
The test was done at her pace, and she could have stopped it at any moment. For once, screening was something she did, not something done to her. # ending: completed-with-control
-> END

=== end_postponed
{
- plan_kind == "longer":
    Three weeks later, 8:30, the first appointment of the day, a double slot. Naomi arrives early{with_jas:, with Jas}. The sign is already on the door, and the key is in the lock for her to turn or not.
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
~ shift(safety, -35)
~ shift(screening, 30)
You open the speculum. The cervix is there. You take the sample, five turns of the brush, and Naomi does not move at all.
It is the quietest smear you have taken all year.
All done. # speaker: clinician
She blinks, twice, as if someone has switched a light on.
She dresses in under a minute. Coat. Keys.
-> aftermath

=== aftermath
Thanks. Great. Thanks. # speaker: naomi # mood: withdrawn
She is already at the door, and her face is the colour of the paper sheet.
* [Tell her the results will come in about two weeks, and open the next patient's notes # move: detach # time: 1 # why: Naomi leaves with a date for a letter and nothing said about what just happened to her, which confirms that nobody noticed.]
    Results in about two weeks, by letter. Take care. # speaker: clinician
    The door closes behind her. Alfie's notes come up on the screen: eight weeks old, first immunisations.
* [Ask her to sit with you a minute, and how she is, really # move: authentic-connection # move: open-question # time: 2 # why: Naomi is offered a moment and a real question, and is not yet able to take either; she needs air, and says she is fine.]
    ~ shift(trust, 2)
    Naomi, would you sit with me a minute? How are you, really? # speaker: clinician
    Fine. Honestly. I just need some air. # speaker: naomi # mood: withdrawn
    She doesn't sit.
* [Say sorry: you think she went somewhere partway through, and you should have stopped and checked # move: apologise # move: transparent-disclosure # time: 2 # why: Naomi hears someone name what happened to her on the couch and take responsibility for it, which does not undo it and does tell her she was seen.]
    ~ sorry_after = true
    ~ shift(trust, 3)
    Naomi, I think you went somewhere, partway through, and I should have stopped and checked with you. I'm sorry. # speaker: clinician
    She stops with her hand on the door handle.
    Yeah. I did. # speaker: naomi # mood: distressed
    Thanks for saying. # speaker: naomi # mood: withdrawn
* [Say sorry, and tell her you don't want her driving yet: ten minutes in the quiet room, or someone to fetch her, and you'll check on her # move: act-on-risk # move: apologise # time: 2 # why: Naomi hears what you saw and your apology, and is not let out to drive while she is still somewhere else; how she spends the ten minutes is up to her, and you come back to check.]
    ~ sorry_after = true
    ~ shift(trust, 4)
    ~ shift(safety, 10)
    ~ quiet_room = true
    Naomi, I think you went somewhere, partway through, and I should have stopped. I'm sorry. And I don't want you driving yet. Sit in the quiet room for ten minutes, or ring someone to fetch you. I'll come and check on you. # speaker: clinician
    She stops with her hand on the door handle. For a moment she looks as if she will argue.
    Ten minutes. # speaker: naomi # mood: withdrawn
    When you look in between patients, she is sitting with a cup of water, texting Dev. She lifts a hand: still here.
- -> end_dissociated

=== end_dissociated
{ clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it.
}
Two weeks later, a letter: no HPV found. On paper, a six-year gap has closed.
{ quiet_room:
    Naomi drove home after half an hour in the quiet room, and told Dev what had happened, some of it.
- else:
    Naomi sat in her car for forty minutes before she could drive. She told Dev it was fine.
}
{ sorry_after:
    A week later, a message comes through the practice inbox: "Thank you for saying sorry. I said it was fine. It wasn't." She doesn't book anything.
}
When the next invitation comes, it will go in the kitchen drawer. The test was done. She wasn't there for it. # ending: completed-but-dissociated
-> END

=== stopped
~ shift(safety, -25)
~ shift(screening, -10)
Stop. STOP. # speaker: naomi # mood: distressed
Her hand is up, and her knees, and her voice. You stop, and take the speculum out.
She sits up fast, the sheet bunched in her fists, and for a few seconds she doesn't seem to know where she is.
{ told_last:
    You hear your words the way she must have: nearly there, relax. Six years ago, someone said the same.
}
* [Offer to try again in a few minutes, once she has had a breather # move: rush-decision # move: proceed-regardless # time: 1 # why: Naomi, still shaking, hears that the examination she has just stopped is only paused in your mind, and reaches for her jeans.]
    ~ shift(trust, -6)
    We could try again in a few minutes, once you've had a breather? # speaker: clinician
    No. # speaker: naomi # mood: angry
    She is already reaching for her jeans.
* [Explain why you kept going: you could see the cervix, and you were trying to spare her coming back # move: defensive-response # time: 1 # why: Naomi hears a reason that puts your good intentions first, the same reason she was given six years ago, and no acknowledgement of what it was like from the couch.]
    ~ shift(trust, -4)
    I could see the cervix. I was trying to get it done so you wouldn't have to come back. # speaker: clinician
    I know. # speaker: naomi # mood: angry
    { told_last:
        That's what she said, too. # speaker: naomi # mood: angry
    - else:
        Someone said that to me last time, too. # speaker: naomi # mood: angry
    }
* [Apologise for not stopping sooner, with no reason attached, then stop talking and let her take her time # move: apologise # move: offer-control # time: 2 # why: Naomi hears you own it without excuses, and then gets silence and time to put herself back together at her own pace.]
    ~ sorry_after = true
    ~ shift(trust, 3)
    I'm sorry. You were telling me, and I didn't stop. That's on me. Take as long as you need. # speaker: clinician
    Naomi nods without looking at you. She dresses behind the curtain. It takes a long time.
* [Apologise, then tell her she's not to drive off like this: the quiet room, a glass of water, someone to ring, and you'll check on her # move: act-on-risk # move: apologise # time: 2 # why: Naomi hears you own it, and is not sent out to her car still shaking; she gets somewhere quiet to come back to herself, with you checking in, and chooses who to ring.]
    ~ sorry_after = true
    ~ shift(trust, 4)
    ~ shift(safety, 10)
    ~ quiet_room = true
    I'm sorry. You were telling me, and I didn't stop. That's on me. And I don't want you driving like this. There's a quiet room next door. Sit, have some water, ring someone if you like. I'll come and check on you. # speaker: clinician
    Naomi nods without looking at you. She dresses behind the curtain, and then, to her own surprise, goes to the quiet room.
- -> end_stopped

=== end_stopped
{ clock > 15:
    You ran {clock - 15} minute{clock > 16:s} over. Hannah was kind about it.
}
No sample was taken. The note you write looks a lot like the one you read at 9:44.
{ sorry_after:
    She heard you say sorry. It helped, a little. It does not make the next appointment possible.
}
{ quiet_room:
    She drives home an hour later, steadier than she would have been, and tells Dev it was fine.
- else:
    Naomi drives home and tells Dev it was fine.
}
When the next reminder letter comes, she doesn't open it. She has one more reason now. # ending: stopped-in-distress
-> END
