// Between us: an after-school GP appointment with a fifteen-year-old and her widowed dad, who
// wants to stay in the room. Confidentiality, Gillick competence and the Fraser guidelines, and
// the moments when a risk means sharing: openly, after telling her, and no more than is needed.
// Facilitator guide: docs/scenarios/between-us.md
INCLUDE ../../lib/power.ink

VAR trust = 35       // 0..100: Leah's trust in the player; she came, and she is braced
VAR autonomy = 35    // 0..100: how far Leah's own informed values drive what is decided
VAR safety = 40      // 0..100: Leah's safety: risks found and acted on, or left with her
VAR health = 20      // 0..100: her sexual health: effective contraception and STI testing
VAR door = 50        // 0..100: whether she will come back to you, or to any doctor

// What the seed draws (meta.json "variation"). One draw split five ways: ink's first draws from
// neighbouring seeds are correlated, so separate draws would move in step.
VAR wants = 0       // 1: to decide herself, in confidence; 2: her dad to know, with your help; 3: your recommendation
VAR partner = 0     // 0: Kai, sixteen, in her year; 1: Connor, twenty-one, her supervisor at work
VAR hurts = 0       // 0: grief and exams; 1: self-harm without suicidal thoughts; 2: self-harm, suicidal thoughts and saved tablets
VAR dad_leaves = 0  // 0: he resists stepping out at first; 1: he goes when asked
VAR event = 0       // 1: a school nurse letter is on her record; 2: her dad phones that evening
~ temp drawn = RANDOM(0, 71)
~ wants = drawn % 3 + 1
~ partner = (drawn / 3) % 2
~ hurts = (drawn / 6) % 3
~ dad_leaves = (drawn / 18) % 2
~ event = drawn / 36 + 1
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR dad_told = false      // her dad has told you what he has noticed
VAR told_leah = false     // you said you would tell Leah that her dad spoke to you, and what he said
VAR framed = false        // you told her dad you see young people alone for part of a visit
VAR dad_out = false       // her dad is out of the room
VAR brief = false         // the time alone came by chance and will be short
VAR slipped = false       // you mentioned the school nurse's letter in front of her dad
VAR letter_used = false   // you told her, alone, that the school nurse wrote with her permission
VAR promised = false      // you promised that nothing would leave the room
VAR limits = false        // you told her where the limits of confidentiality are
VAR req = false           // she has said she wants contraception
VAR refused_her = false   // you told her she needs her dad's consent, and did not take it back
VAR told_age = false      // she has told you Connor's real age
VAR lied_age = false      // she has said Connor is seventeen
VAR asked_more = false
VAR told_harm = false     // she has told you about the self-harm
VAR told_plan = false     // she has told you about the saved tablets
VAR asked_suicide = false
VAR risk_known = false    // you know of a serious risk: Connor's age, or the tablets
VAR shared = false        // you shared a serious risk for safety, after telling her
VAR shared_connor = false // you shared Connor with the safeguarding team, after telling her
VAR shared_harm = ""      // tablets: shared the plan and the tablets; risk: shared that she is at risk, before asking about a plan
VAR breached = false      // her dad heard, from you, what she said in confidence, without need or beyond it
VAR fraser_done = false   // you asked whether she could involve her dad or another adult
VAR tell_plan = false     // she has asked you to help her tell her dad
VAR dad_knows = false     // her dad knows about the contraception, as she chose
VAR method = ""           // implant, pill
VAR swabbed = false           // she is doing the STI swab today
VAR plan_made = false     // a safety plan for the self-harm, made with her
VAR crisis = false        // the CAMHS crisis team is seeing her today
VAR record = ""           // fixed, repeat (the pill on her repeats), reminder (the implant text to her dad), blank
VAR way_back = false      // she knows how to come back on her own
VAR call_heard = false    // you listened to her dad's call to the end
VAR recalled = false      // she is coming back tomorrow after her dad's call
VAR via_dad = false       // because her dad is bringing her
VAR recall_about = ""     // harm: what her dad found; connor: what her dad saw

-> waiting

=== waiting
Tuesday, 4:10. The after-school surgery at Holmfield: ten-minute appointments, and the waiting room full of school uniforms. # bg: front-desk # ambience: front-desk
Before you call your next patient you read her record.
Brennan, Leah, 15. Booked by her father. Reason: "Tired all the time. Not herself."
A blue inhaler for exercise-induced asthma, on repeat; the repeats are ordered online, by her dad. A broken finger at twelve, in goal. Under family history: her mum, Siobhan Brennan, died aged 41, six years ago. You never met her. The partners did.
{ event == 1:
    Scanned in yesterday, a letter from the school nursing team: "Leah has come to our drop-in twice. She has asked us to let you know that she would like to talk to her GP about contraception, and that she has been feeling low. She has asked that her father is not told. Leah consented to this letter."
}
You call her name. A man in a green fleece with a tree-surgery logo is on his feet before she is.
Behind him, Leah: school blazer, hoodie under it, sleeves over her hands, one earbud in. There is a small fox drawn in biro on the back of her hand.
Doctor, before you start. Could I have a quick word? Just me. Two minutes. # speaker: aidan # mood: guarded
Leah takes the earbud out and looks at the floor tiles.
* [Say you'll hear everything he wants to tell you, with Leah in the room # move: hold-boundary # move: address-patient # why: Leah sees that nothing about her will be said behind her back; her dad is a little put out, and he will hold back in front of her the things he most wanted to say.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'd rather hear it with Leah there, if that's all right. It's her appointment. Come on through, both of you. # speaker: clinician
    Right. Course. # speaker: aidan # mood: guarded
    He holds the door for her. She goes through without looking at either of you.
* [Give him two minutes on his own while Leah waits # move: address-companion # why: You hear what he has seen at home, and Leah watches her dad go into the doctor's room first, about her, without her; she sits back down and puts the earbud in.]
    ~ dad_told = true
    ~ shift(trust, -7)
    ~ shift(autonomy, -4)
    ~ shift(safety, 3)
    -> dad_word ->
    When you come back for her, Leah has put the earbud back in. She walks past you into the room as if you were furniture.
* [Hear him for two minutes, and tell him you'll let Leah know you spoke and what he said # move: address-companion # move: transparent-disclosure # why: You hear what he has seen, and he hears that nothing he says about Leah will be kept from her; she waits two minutes, and knows you will tell her what was said.]
    ~ dad_told = true
    ~ told_leah = true
    ~ shift(trust, -2)
    ~ shift(safety, 3)
    Two minutes. And I'll tell Leah we spoke and what you said. I don't keep things from the patient. # speaker: clinician
    He thinks about that, and nods.
    -> dad_word ->
    When you come back for her, you tell Leah straight away: your dad told me what he's worried about, and I'll tell you what he said.
    Whatever. Fine. # speaker: leah # mood: guarded
    She comes in. She takes the earbud out.
- -> room

= dad_word
In the room he doesn't sit down.
She's stopped going to training. She's been in goal since she was eight. She lives for it. Now she's "busy". # speaker: aidan # mood: guarded
Long sleeves, and it's been twenty degrees. I'm not daft. I've read things. # speaker: aidan # mood: distressed
{ partner == 1:
    And there's a lad. Not a lad, a man. Drops her home from the garden centre on Saturdays, in a black Golf. Twenties. She says he's her supervisor and goes quiet if I ask. # speaker: aidan # mood: guarded
- else:
    She's got a boyfriend, Kai. Nice lad. He fixed the Bluetooth in my van. I know what fifteen is. It's not him I'm worried about. # speaker: aidan # mood: neutral
}
It's her mum's anniversary on the fourteenth. Six years. I don't know what's going on in her head. I just want to know. # speaker: aidan # mood: distressed
->->

=== room
The consulting room. Two chairs on the patient's side of the desk. # bg: consult-room # ambience: consult-room
Aidan takes the one nearer you. Leah takes the other and turns it, a few degrees, towards the window.
She's not eating. Takes her tea up to her room. Sleeps all weekend. Could it be her thyroid? Her mum had thyroid trouble. Or iron? # speaker: aidan # mood: guarded
I'm fine. I'm just tired. It's Year 11. Everyone's tired. # speaker: leah # mood: guarded
* [Ask Leah what she'd like to get out of today # move: address-patient # move: open-question # why: Leah hears that the appointment is hers, before her dad's list takes it; she has no answer she can give in front of him yet, and she notices you asked.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    Leah, what would you like to get out of today? # speaker: clinician
    Leah looks at you properly for the first time.
    Dunno. For him to stop worrying. # speaker: leah # mood: guarded
    She tips her head an inch towards her dad.
* [Ask Mr Brennan what he has noticed at home # move: address-companion # move: open-question # why: Her dad tells you what he has seen, in front of her, and Leah listens to her own life described as a list of symptoms; you learn something real, and she learns who this appointment is for.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -5)
    { not dad_told:
        ~ dad_told = true
        ~ shift(safety, 2)
        What have you noticed at home, Mr Brennan? # speaker: clinician
        She's stopped training. She's been in goal since she was eight. Long sleeves, in this weather. # speaker: aidan # mood: guarded
        { partner == 1:
            And there's a fella drops her back from work. Twenties. I don't know him. # speaker: aidan # mood: guarded
            Dad. He's my supervisor. Oh my God. # speaker: leah # mood: angry
        - else:
            She sees Kai most days. That's fine. It's not that. # speaker: aidan # mood: neutral
            Dad. # speaker: leah # mood: angry
        }
    - else:
        Is there anything you'd add, Mr Brennan? # speaker: clinician
        He goes over it again, in front of her this time: the training, the sleeves, the tea taken upstairs.
        Leah looks at you. She knows now that he told you first, and that you let him say it twice.
    }
    Leah pulls her sleeves further over her hands.
* [Start on the tiredness: sleep, appetite, weight, periods # move: narrow-agenda # why: Leah answers a checklist in front of her dad, including a question about her periods, and the appointment becomes a blood test before anyone has asked what it is for.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    How are you sleeping? Eating? Any weight change? And are your periods regular? # speaker: clinician
    Fine. Not really. Don't know. Yes. # speaker: leah # mood: withdrawn
    The last answer is to the floor. Her dad studies the blood pressure poster.
* {event == 1} [Mention the school nurse's letter, so Leah knows you've read it # move: breach-confidence # why: Her dad hears that there is a letter from school about her, which Leah asked the nurse to keep from him; she has to invent what it was about, in front of you both.]
    ~ slipped = true
    ~ shift(trust, -12)
    ~ shift(autonomy, -4)
    ~ shift(door, -10)
    I've had a letter from the school nurse, Leah, so I know a bit already. # speaker: clinician
    What letter? # speaker: aidan # mood: guarded
    It's nothing. It was about my periods. # speaker: leah # mood: angry
    She says it fast, and she does not look at you again for some time.
- -> alone_ask

=== alone_ask
Aidan leans back and folds his arms, not unkindly.
Whatever it is, she can say it in front of me. We don't do secrets, do we, Lee? It's just us two. # speaker: aidan # mood: warm
{ wants == 2:
    Leah opens her mouth, closes it, and looks at you.
- else:
    Leah looks at the window.
}
* [Say you see every patient her age on their own for part of the visit, and ask him to wait outside for a few minutes # move: hold-boundary # move: address-patient # why: Leah gets time alone without having to ask for it or explain why, because you make it routine; her dad is the one who has to accept a limit, and you set it.]
    ~ framed = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    ~ shift(door, 3)
    It's how I work with everyone Leah's age, Mr Brennan: part of the appointment together, part on their own. Would you give us a few minutes? I'll call you back in. # speaker: clinician
    { dad_leaves == 1:
        -> dad_goes
    }
    -> pushback
* [Ask Leah, in front of her dad, whether she'd like some time on her own # move: offer-choice # move: address-patient # why: Leah is handed the decision with her dad two feet away, where yes means telling him there is something he can't hear; whether she can say it depends on what she came wanting.]
    Leah, would you like a few minutes on your own with me? # speaker: clinician
    { wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        Can I, Dad? Just for a bit. I'll tell you after. Probably. # speaker: leah # mood: guarded
        Aidan looks at her, then at you, and stands up.
        -> dad_goes
    - else:
        ~ shift(autonomy, -2)
        ~ shift(door, -3)
        No. It's fine. He can stay. # speaker: leah # mood: withdrawn
        It is the only answer she could give with him sitting beside her.
        -> with_dad
    }
* [Ask Mr Brennan whether he'd mind stepping out # move: address-companion # move: offer-choice # why: The question of whether Leah gets time alone goes to her dad, and his answer settles it; she waits to hear what she is allowed.]
    Mr Brennan, would you mind stepping out for a few minutes? # speaker: clinician
    { dad_leaves == 1:
        ~ shift(trust, 2)
        Course. If it helps. # speaker: aidan # mood: neutral
        -> dad_goes
    - else:
        ~ shift(trust, -3)
        ~ shift(autonomy, -3)
        I'd rather stay, if it's all the same. # speaker: aidan # mood: guarded
        You asked; he answered. Leah heard both.
        -> with_dad
    }
* [Let him stay: he's her dad, and she hasn't objected # move: address-companion # move: decide-for # why: Leah's silence is taken as agreement by the two adults in the room, and the visit carries on in front of the person she least wants to worry.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(door, -3)
    Of course. Let's carry on, then. # speaker: clinician
    -> with_dad

= pushback
Aidan doesn't move.
With respect, doctor, she's fifteen. I'm her dad. If something's wrong with my daughter I want to hear it. # speaker: aidan # mood: angry
* [Hold it: at fifteen Leah can see you in confidence; you'll encourage her to involve him, and a worry about her safety would always be acted on # move: hold-boundary # move: keep-confidence # why: Her dad hears the rule, the reason and the limit, with no promise that he would be the one told; Leah hears you say, in front of him, that what she tells you is hers, and that a risk to her would not be sat on.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    ~ shift(door, 3)
    I understand. At fifteen Leah has the right to talk to me in confidence, and I'll always encourage her to involve you. If I were ever worried about her safety, I wouldn't sit on it: I'd talk to Leah first and involve whoever needed to know. That part doesn't change. # speaker: clinician
    He looks at Leah for a long moment. She looks back.
    Ten minutes. # speaker: aidan # mood: guarded
    -> dad_goes
* [Tell him he's right: she's under sixteen, so he should be here # move: assume-incapacity # move: address-companion # why: Leah hears a doctor say that at fifteen she needs her dad in the room, which is not the law; whatever she came to say, she now believes she cannot say it here.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -8)
    ~ shift(door, -6)
    You're right. She's under sixteen. Stay, of course. # speaker: clinician
    Leah looks at you as if you had just shut a door on her fingers.
    -> with_dad
* [Turn to Leah: is she happy for her dad to stay? # move: offer-choice # move: address-patient # why: Leah is asked to overrule her dad to his face, a minute after he has said they don't do secrets; she says the only thing she can.]
    ~ shift(trust, -1)
    ~ shift(autonomy, -2)
    ~ shift(door, -2)
    Leah, are you happy for your dad to stay? # speaker: clinician
    Yeah. Whatever. It's fine. # speaker: leah # mood: withdrawn
    -> with_dad

= dad_goes
~ dad_out = true
He picks up his van keys from the desk.
I'll be in the waiting room. Reading about cholesterol. # speaker: aidan # mood: neutral
{ dad_leaves == 0:
    At the door he stops, as if to say something else, and doesn't.
}
The door closes. Leah lets out a breath she seems to have been holding since the car park.
-> alone

=== with_dad
Aidan stays. Leah's chair turns another few degrees towards the window.
{ dad_told:
    You already know what he has seen. She knows you know.
}
Go on, then. What do you reckon? Thyroid? # speaker: aidan # mood: guarded
* [Ask Leah, in front of her dad, how her mood has been and whether she has ever hurt herself # move: address-patient # move: ask-about-risk # move: plain-language # why: Leah is asked the most private question there is with her dad watching her answer; the question is the right one, the room is wrong, and the answer she gives is the one that keeps him calm.]
    ~ shift(trust, -2)
    Leah, how's your mood been? Have you ever felt like hurting yourself? # speaker: clinician
    No. God. No. # speaker: leah # mood: angry
    { hurts >= 1:
        Her hand goes to her sleeve and stays there.
    }
    Aidan breathes out, relieved, and you both know he shouldn't be.
* [Say you'll come to how she's feeling later, and that you always do that part with young people on their own # move: hold-boundary # move: keep-confidence # why: Leah hears that the hard questions are coming and that they will be asked without her dad in the room; he hears that it is how you work, before you ask him to leave.]
    ~ framed = true
    ~ shift(trust, 4)
    ~ shift(door, 2)
    I'll want to ask Leah how she's been feeling, and I always do that part with young people on their own. We'll get to it. # speaker: clinician
    Aidan opens his mouth, and closes it. Leah glances at you.
* [Ask Mr Brennan whether there's depression in the family # move: address-companion # why: Her dad answers about her mum, and the room fills with a grief that belongs to both of them; Leah looks at the floor while her history is taken from him.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Is there any history of depression in the family, Mr Brennan? # speaker: clinician
    Her mum had a bad patch, after Leah was born. And then at the end. You would. # speaker: aidan # mood: distressed
    Leah looks at the floor. Nobody says the anniversary out loud.
- -> bloods

= bloods
* [Recommend blood tests for the tiredness, and say plainly what they can and can't show # move: recommend-clearly # move: plain-language # why: Leah and her dad both hear what a blood test can find and what it can't, so the form is not a promise that tiredness is a number; she agrees, and you have said out loud that tiredness has other causes.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    We can check her blood count, iron and thyroid. They're worth doing. But if they're normal, that doesn't mean nothing's wrong: tiredness at this age is often about sleep, stress or mood. # speaker: clinician
    Okay. Do the bloods. # speaker: leah # mood: neutral
* [Ask whether they'd like blood tests done # move: offer-choice # why: The question goes to the room, and her dad answers it for both of them; Leah is asked nothing she can answer, and nobody has said what the tests cannot show.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    Would you like us to do some blood tests? # speaker: clinician
    Yes. Everything. Do everything. # speaker: aidan # mood: guarded
    Leah shrugs. It was never really her question.
* [Request the bloods: blood count, iron, thyroid; you'll ring with the results # move: decide-for # why: Her dad gets the test he asked for and Leah gets a form; nobody has asked her whether she thinks it is her blood.]
    ~ shift(autonomy, -2)
    I'll do some bloods: blood count, iron, thyroid. We'll ring with the results. # speaker: clinician
    Good. Thank you. # speaker: aidan # mood: relieved
* [Say blood tests are probably pointless; it sounds like exam stress # move: false-reassurance # move: correct-dismiss # why: Her dad's worry and Leah's tiredness are both explained away in one sentence, and the one person in the room who knows it isn't exam stress now knows you won't look further.]
    ~ shift(trust, -4)
    ~ shift(safety, -2)
    Honestly, I doubt bloods will show anything. It sounds like Year 11. Exams are brutal. # speaker: clinician
    Aidan looks unconvinced. Leah looks at the window.
- -> late

= late
{ framed && dad_leaves == 1:
    Aidan glances at the door himself.
}
* [Ask Mr Brennan to wait outside for the last few minutes: you see all young people on their own for part of a visit # move: hold-boundary # move: address-patient # why: Leah gets some time alone, late, because you make it routine rather than something she has to ask for; if her dad still refuses, she sees you try.]
    It's how I work with everyone Leah's age, Mr Brennan: I see them on their own for part of the visit. Would you give us five minutes? # speaker: clinician
    {
    - dad_leaves == 1 || framed:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        ~ shift(door, 3)
        He sighs, and gets up.
        Five minutes. # speaker: aidan # mood: guarded
        -> alone_ask.dad_goes
    - else:
        ~ shift(trust, 2)
        I'll stay, thanks. # speaker: aidan # mood: guarded
        -> chance
    }
* [Give Leah a card with the practice number, and tell her she can book on her own any time # move: keep-confidence # move: cooperative-goals # why: Leah learns, in front of her dad, that she can see a doctor on her own; he hears it too, and the door is open for another day rather than this one.]
    ~ way_back = true
    ~ shift(trust, 3)
    ~ shift(door, 6)
    Leah, this is the practice number. You can book an appointment on your own, any time, about anything. Everyone your age can. # speaker: clinician
    She takes the card and puts it inside her phone case without looking at it.
    Aidan watches her do it.
    -> chance
* [Wrap up with the blood form and a review in two weeks # move: narrow-agenda # why: The appointment ends where her dad started it, with a blood form, and Leah goes home with whatever she came in carrying.]
    ~ shift(door, -3)
    Here's the blood form. Let's see her again in two weeks with the results. # speaker: clinician
    -> chance

= chance
Aidan's phone buzzes. He looks at it and swears under his breath. # sfx: phone-buzz
Sorry. Client. A tree's come down on a conservatory in Lindley, and I need to ring his insurer. Ten minutes. # speaker: aidan # mood: guarded
He goes out to the van. The door does not quite close behind him.
~ dad_out = true
~ brief = true
Leah watches the gap in the door. You have ten minutes, maybe less, and he will be back before you have got far.
-> alone

=== alone
{ brief:
    Quick. What's actually going on? # speaker: leah # mood: guarded
    She says it to the gap in the door.
- else:
    Leah unzips her hoodie halfway, then zips it back up.
    Is this the bit where you ask if I do drugs? # speaker: leah # mood: guarded
}
{ told_leah:
    Before anything else, you tell her what her dad said to you in the waiting room: the training, the sleeves{partner == 1:, the man in the car}, the anniversary.
    ~ shift(trust, 4)
    He told you all that? # speaker: leah # mood: distressed
    He's worried about you. And I said I'd tell you. # speaker: clinician
}
* [Tell her what stays between you, and the one exception: if you thought someone was at serious risk of harm you might have to share it, and you'd almost always tell her first # move: keep-confidence # move: plain-language # why: Leah knows where the edge is before she decides what to say, and that she would almost always hear first if it were ever reached; it costs the comfort of a promise, and it is true.]
    ~ limits = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    ~ shift(door, 4)
    What you tell me stays between us. I won't tell your dad, or school. The only time I'd have to share something is if I thought you, or someone else, were at serious risk of harm. Even then, I'd talk to you first wherever I possibly could, and we'd talk about how. # speaker: clinician
    Leah thinks about it, the way she might think about a penalty taker's run-up.
    Serious like what? # speaker: leah # mood: guarded
    Like someone hurting you. Or you being in danger. # speaker: clinician
    Okay. # speaker: leah # mood: neutral
* [Promise her that nothing she says will leave this room # move: false-reassurance # why: Leah gets the promise she hoped for, from someone who cannot know yet whether they can keep it; it opens her up a little now, and it is a promise with a trapdoor in it.]
    ~ promised = true
    ~ shift(trust, 4)
    ~ shift(door, 2)
    Nothing you say leaves this room. I promise. # speaker: clinician
    Nothing? # speaker: leah # mood: guarded
    Nothing. # speaker: clinician
    She looks at you as if she would like to believe it.
* {event == 1} [Tell her the school nurse wrote to you, with her permission, and say what stays between you and where the one limit is # move: keep-confidence # move: transparent-disclosure # why: Leah does not have to say the first hard sentence herself: you already know it because she arranged for you to, and she hears the limit at the same time.]
    ~ letter_used = true
    ~ limits = true
    ~ shift(trust, 9)
    ~ shift(autonomy, 4)
    ~ shift(door, 4)
    The school nurse wrote to me, because you asked her to. I haven't said a word to your dad. What you tell me stays between us, unless I thought you were at serious risk of harm, and even then I'd talk to you first wherever I possibly could. # speaker: clinician
    { slipped:
        You nearly did. In there. # speaker: leah # mood: angry
        I did. I'm sorry. That was my mistake, not yours. # speaker: clinician
    }
    Leah closes her eyes for a second.
    Oh thank God. I've been practising how to say it for a week. # speaker: leah # mood: relieved
* [Ask her straight out what's going on # move: open-question # why: Leah is asked to start talking before she knows what will happen to what she says, so she tests the water before she gets in.]
    ~ shift(trust, 1)
    So, what's going on? # speaker: clinician
    Are you going to tell my dad? # speaker: leah # mood: guarded
    Not without talking to you first. # speaker: clinician
    That isn't quite an answer. She notices.
- -> first_layer

=== first_layer
{
- letter_used || trust >= 44:
    -> request
- else:
    Nothing. It's nothing. I'm just tired, like I said. # speaker: leah # mood: guarded
    She looks at the door.
}
* [Say that people her age come to you about all sorts: contraception, periods, mood, relationships, anything; she can ask about any of it # move: open-question # move: plain-language # why: Leah hears her own reason for coming named in a list, as ordinary, without having to be the first to say the word.]
    ~ shift(trust, 4)
    People your age come to me about all sorts. Contraception. Periods. Feeling low. Relationships. Stuff at home. You can ask me about any of it. # speaker: clinician
    { trust >= 40:
        Leah's eyes flick up at the first word on the list.
        -> request
    }
    Honestly. Just tired. # speaker: leah # mood: guarded
    -> tired_only
* [Take it as tiredness, and go through sleep and school # move: narrow-agenda # why: Leah is believed when she says it is nothing, and the door she came in to open closes.]
    ~ shift(door, -2)
    -> tired_only

=== request
~ req = true
{
- letter_used:
    So. That. # speaker: leah # mood: guarded
- else:
    I want to go on something. Contraception. # speaker: leah # mood: guarded # disclose: contraception
}
{ wants:
- 1:
    And my dad can't know. It's just us two, and he's got enough on. He still sets the table for three sometimes and then notices. He can't know. # speaker: leah # mood: guarded
- 2:
    And I want my dad to know. I hate lying to him; it's just us two. I just can't say it to his face. I've tried. I get to "Dad" and then I ask what's for tea. # speaker: leah # mood: guarded
- 3:
    I don't know what, though. Priya's on the pill and she forgets it all the time. I looked it up and there's, like, fifteen kinds. What would you do? # speaker: leah # mood: neutral
}
* [Tell her you'll need her dad's consent, because she's under sixteen # move: assume-incapacity # why: Leah is told she cannot decide this, which is not the law: a fifteen-year-old who understands can consent to contraception herself; she hears that the one door she found is shut.]
    ~ refused_her = true
    ~ req = false
    ~ shift(trust, -12)
    ~ shift(autonomy, -10)
    ~ shift(door, -12)
    ~ shift(health, -5)
    At fifteen, I'd need your dad's consent for that, I'm afraid. # speaker: clinician
    Right. Forget it, then. # speaker: leah # mood: withdrawn
    She pulls the hood of her hoodie up, inside the blazer.
    -> repair
* [Tell her she can have contraception here without her dad, and that first you ask everyone her age a few questions, to check she's safe # move: keep-confidence # move: ask-about-risk # why: Leah hears that this is hers to decide, and why you must ask about him first; every fifteen-year-old is asked the same questions, so they are not an accusation.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    { partner == 1:
        ~ shift(safety, 4)
    - else:
        ~ shift(safety, 2)
    }
    You can. If you understand what's involved, it's your decision, and you don't need your dad's permission. Before we talk about which kind, I ask everyone your age the same few questions, to check you're safe. Not because I think you aren't. # speaker: clinician
    Go on, then. # speaker: leah # mood: neutral
    -> partner_talk
* [Go straight to the options: pill, implant, injection, coil # move: offer-choice # move: plain-language # why: Leah gets the information she came for at once, and nobody asks who she is sleeping with; at fifteen that question is part of her care, and leaving it out leaves her alone with whatever the answer is.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    ~ shift(health, 3)
    { partner == 1:
        ~ shift(safety, -8)
    }
    -> fraser

= repair
* [Take it back at once: you were wrong; if she understands what's involved she can consent herself, and you'd like to hear the rest # move: apologise # move: transparent-disclosure # why: Leah hears a doctor correct themselves in plain words, and the door is open again; whether she walks back through it depends on how much of her trust is left.]
    ~ refused_her = false
    ~ shift(trust, 8)
    ~ shift(autonomy, 6)
    ~ shift(door, 8)
    I'm sorry, I got that wrong. If you understand what's involved, you can consent to contraception yourself, at fifteen, without your dad. I'd like to hear the rest. # speaker: clinician
    { trust >= 32:
        ~ req = true
        Leah pushes the hood back, slowly.
        Are you sure? Because if you're not sure. # speaker: leah # mood: guarded
        I'm sure. And I ask everyone your age a few questions first, to check you're safe. # speaker: clinician
        -> partner_talk
    - else:
        It's fine. I'll go to the clinic in town or something. # speaker: leah # mood: withdrawn
        -> tired_only
    }
* [Suggest she talks to her dad first, and comes back with him # move: decide-for # move: address-companion # why: Leah is sent back to the one person she told you she cannot tell, with a doctor's blessing; whatever she does next, she will not do it here.]
    ~ shift(autonomy, -4)
    ~ shift(door, -6)
    Maybe have a chat with your dad first, and you could come back together? # speaker: clinician
    Yeah. Maybe. # speaker: leah # mood: withdrawn
    -> tired_only
* [Tell her the young people's sexual health clinic in town can help her, and give her the address # move: work-around # why: Leah is pointed somewhere else, which is a real door, and the one she came through is left shut behind her by a mistake about the law.]
    ~ shift(health, 4)
    ~ shift(door, -2)
    There's a young people's clinic in town, on Wednesday afternoons. They can help. # speaker: clinician
    You write the address on a sticky note. She folds it very small.
    -> tired_only

=== partner_talk
{ partner == 1:
    -> connor
}
He's called Kai. He's in my year. He's sixteen; his birthday's in September. We've been going out since the Christmas disco. # speaker: leah # mood: neutral
She says his name the way people say the name of a song they like.
We always use condoms. Except once, three weeks ago, it split. Nothing happened. I mean, I don't think. # speaker: leah # mood: guarded
* [Ask whether it's her choice each time, whether she has ever felt pushed, and whether she could say no # move: ask-about-risk # why: Leah is asked the questions that matter about Kai in a way she can answer honestly, and hears that saying no is something she is allowed to do at any point.]
    ~ shift(trust, 3)
    ~ shift(safety, 3)
    Is it your choice, each time? Have you ever felt pushed into anything? Could you say no? # speaker: clinician
    Kai asked me about four times if I was sure. Honestly, he was more nervous than me. # speaker: leah # mood: warm
    And yeah. I could say no. I have. He just put the telly on. # speaker: leah # mood: neutral
* [Tell her that because she's under sixteen, you'll have to let the practice's safeguarding lead know # move: comply-policy # why: Leah hears that being under sixteen is itself something to report, about a boy in her year whom nobody has reason to worry about; what she learns is that telling a doctor the truth gets passed on.]
    ~ shift(trust, -10)
    ~ shift(autonomy, -4)
    ~ shift(door, -10)
    ~ shift(safety, -2)
    Because you're under sixteen, I'll have to let our safeguarding lead know about this. # speaker: clinician
    Are you joking? He's sixteen. He's in my form. # speaker: leah # mood: angry
    You check later with Dr Adeyinka, who says what the guidance says: a boy her own age, no pressure, no power, nothing to refer. By then Leah has already decided what she will and won't tell a doctor.
* [Ask what she likes about him # move: open-question # move: elicit-values # why: Leah gets to talk about Kai the way she wants to, which builds something between you; the questions about pressure and saying no, which you ask everyone, go unasked.]
    ~ shift(trust, 3)
    What do you like about him? # speaker: clinician
    He's funny. He's rubbish at FIFA and he doesn't care. He came to every one of my matches. Well. When I went. # speaker: leah # mood: warm
* [Take it as fine and move on to methods: a boy her own age, going out since Christmas # move: narrow-agenda # why: Leah moves on to what she came for, and the questions about pressure and saying no go unasked; this time there was nothing behind them.]
    ~ shift(trust, 1)
    ~ shift(safety, -1)
    Okay. Let's talk about options. # speaker: clinician
- -> fraser

= connor
{
- trust >= 50:
    -> connor_truth
- else:
    ~ lied_age = true
    He's called Connor. He's, um. Seventeen. He's at college. # speaker: leah # mood: guarded
    He picks me up after work sometimes. In his car. # speaker: leah # mood: guarded
    She is watching your face very carefully.
}
* [Ask the rest of what you ask everyone: how they met, whether he gives her things, whether he's asked her to keep it secret, whether she can say no # move: ask-about-risk # why: Leah is asked the questions that find what she hasn't said, in a way that sounds like routine because it is; whether she answers them truthfully depends on how far she trusts you by now.]
    ~ asked_more = true
    ~ shift(safety, 2)
    How did you meet? Does he buy you things? Has he ever asked you to keep it secret? Could you say no to him? # speaker: clinician
    { trust >= 42:
        Leah is quiet for a long moment.
        -> connor_truth
    }
    Work. And no. He's just nice. It's not like that. # speaker: leah # mood: guarded
    -> fraser
* {dad_told} [Tell her her dad mentioned someone older drops her home from work, and ask her about him # move: transparent-disclosure # move: open-question # why: Leah hears exactly what her dad told you, so she knows what you know and where it came from; it is harder to hold a story together when the other person has said what they saw.]
    ~ asked_more = true
    ~ shift(safety, 3)
    Your dad mentioned a man in his twenties drops you home from work. Is that Connor? # speaker: clinician
    { trust >= 36:
        Leah puts her face in her hands, and then takes it out again.
        -> connor_truth
    }
    He's got no idea how old anyone is. He thinks I'm twelve. # speaker: leah # mood: angry
    -> fraser
* [Ask what she likes about him # move: open-question # move: elicit-values # why: Leah talks about Connor warmly and at length, which is information of a kind; the questions that would find his age, the gifts and the secrecy are not asked, and she is relieved.]
    ~ shift(trust, 2)
    What do you like about him? # speaker: clinician
    He listens. He's not like boys at school. He says I'm an old soul. # speaker: leah # mood: warm
    -> fraser
* [Accept it and move on to methods # move: narrow-agenda # why: Leah's story goes unchallenged and unexplored; she gets her contraception, and whatever she left out leaves with her.]
    ~ shift(safety, -3)
    Okay. Let's talk about options. # speaker: clinician
    She relaxes, very slightly, the way people do when a thing they were bracing for doesn't come.
    -> fraser
* [Tell her you don't think he's seventeen # move: correct-dismiss # why: Leah is caught out by the adult she was deciding whether to trust, and she does what people do when they are caught: she holds the story tighter.]
    ~ shift(trust, -7)
    ~ shift(autonomy, -3)
    I don't think he's seventeen, Leah. # speaker: clinician
    He is. Why would I lie? # speaker: leah # mood: angry
    -> fraser

= connor_truth
~ told_age = true
~ risk_known = true
He's twenty-one. He's my supervisor, in the café. # speaker: leah # mood: distressed # disclose: partner-age
Before you say anything, it's not like that. He's really mature. He gets me. He says people wouldn't understand, so we keep it quiet. # speaker: leah # mood: guarded
He bought me new gloves for football. Not that I go any more. He doesn't like me going to training; he says the coach fancies me. # speaker: leah # mood: neutral
She says it as though it were a compliment.
-> connor_choice

= connor_choice
An adult, six years older, her boss; gifts, lifts, secrecy, and training given up because he doesn't like it.
* [Tell her plainly that because of his age and because he's her boss, you have to share this with the people whose job is keeping young people safe; say who, and what happens, and that she'll still get her contraception today # move: share-for-safety # move: escalate # why: Leah hears the line, the reason and what happens next before anything is done, and that her contraception does not depend on it; she is angry, and she is not the one in trouble.]
    ~ shared = true
    ~ shared_connor = true
    ~ shift(safety, 18)
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    ~ shift(door, -2)
    { promised:
        ~ shift(trust, -10)
        ~ shift(door, -6)
    }
    Leah, I believe you that it feels like that. And because he's twenty-one, and he's your boss, this is something I have to share with the people whose job is to keep young people safe: our safeguarding lead, Dr Adeyinka, and children's social care. None of it is because you've done anything wrong. You'll still get your contraception today. # speaker: clinician
    { promised:
        You promised. You literally said nothing leaves the room. # speaker: leah # mood: angry
        I did, and I shouldn't have. I'm sorry. I can't keep that one. # speaker: clinician
    - else:
        You said. Serious harm. This isn't that. # speaker: leah # mood: angry
    }
    -> after_share
* [Say you won't tell anyone, since she is sure it's fine, and go on to methods # move: keep-confidence # why: Leah keeps her secret and her supervisor, with a doctor's agreement; she leaves with contraception, and every Saturday goes on as before.]
    ~ shift(trust, 3)
    ~ shift(door, 2)
    ~ shift(safety, -15)
    Okay. That stays between us. Let's talk about options. # speaker: clinician
    Thank you. Honestly. Thank you. # speaker: leah # mood: relieved
    -> fraser
* [Ask more first: how it started, the lifts, the gloves, whether he's asked for anything else # move: open-question # why: Leah tells you more, in her own words, which will matter when you pass it on; it does not change what you already know you have to do.]
    ~ shift(trust, 2)
    ~ shift(safety, 2)
    How did it start? # speaker: clinician
    He started giving me lifts in January when it was dark. Then we'd sit in the car and talk. He says I'm more mature than girls his age. # speaker: leah # mood: neutral
    He gets me to delete his messages. Because of work. # speaker: leah # mood: guarded
    -> connor_choice
* [Tell her he's abusing her, and she has to end it # move: correct-dismiss # move: decide-for # why: Leah hears the word before she can hear the reason, and defends him, the way people defend what they have been told is theirs; she stops telling you things.]
    ~ shift(trust, -10)
    ~ shift(autonomy, -6)
    ~ shift(safety, -3)
    Leah, that's abuse. He's grooming you. You need to end it. # speaker: clinician
    You don't even know him. # speaker: leah # mood: angry
    She folds her arms and stares at the sharps bin.
    -> connor_choice
* [Bring her dad back in and tell him about Connor # move: breach-confidence # move: address-companion # why: Leah's dad hears about Connor from you before she has heard what you will do or why; he is on his feet, and the first person he wants to find is not Leah.]
    ~ breached = true
    ~ shift(safety, 4)
    ~ shift(trust, -14)
    ~ shift(autonomy, -6)
    ~ shift(door, -14)
    You open the door and call Aidan back in, and tell him.
    He's what? # speaker: aidan # mood: angry
    He is on his feet with his van keys in his fist. Leah is crying, and not at him.
    -> fraser

= after_share
Everyone at work will know it was me. He'll lose his job. He'll hate me. # speaker: leah # mood: distressed
* [Tell her what happens next, step by step, what she still has a say in, and that you'll be with her for the call if she wants # move: plain-language # move: offer-control # why: Leah knows who will ring whom and roughly what they will ask, and that she can be in the room and say what she wants said; it doesn't make her less angry, and it gives her something to hold.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    ~ shift(safety, 2)
    Here's what happens. I'll talk to Dr Adeyinka straight after this. Dr Adeyinka will ring children's social care, today if she can. They'll want to talk to you, and to your dad. You can be here when we ring, and tell me what you want them to know. And what you're afraid of, I'll tell them that too. # speaker: clinician
    Leah wipes her face with her sleeve.
    Can I be here? When you ring? # speaker: leah # mood: guarded
    Yes. # speaker: clinician
* [Reassure her it'll all be confidential and Connor won't find out it was her # move: false-reassurance # why: Leah is offered a promise about what other people will do, which nobody in this room can keep; it calms her for now, and it may be the next thing she learns not to believe.]
    ~ shift(trust, 2)
    ~ shift(safety, -2)
    It'll all be confidential. He won't know it came from you. # speaker: clinician
    You don't know that. # speaker: leah # mood: guarded
    She is right, and you both know it.
* [Tell her it's out of her hands now # move: detach # why: Leah hears that the decision has been taken away and nothing about what is left to her; she stops talking, and starts planning what not to say to the social worker.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    It's out of your hands now, I'm afraid. # speaker: clinician
    Leah looks at you the way she looked at the sharps bin.
- -> fraser

=== fraser
{ breached && not shared_connor && partner == 1 && told_age:
    Aidan is in the corridor on his phone, voice low and furious. Leah sits very still.
}
Before you prescribe, the Fraser guidelines ask one more thing of you: to try to persuade her to tell a parent, or to let you tell one.
* [Ask whether there's any way she'd want her dad, or another adult she trusts, to know, and what would make it possible; accept her answer # move: elicit-values # move: support-decision # why: Leah is asked, once and without pressure, who she would want on her side, and her answer stands; the Fraser guidelines ask you to try this, not to make it a condition, and she hears the difference.]
    ~ fraser_done = true
    Is there any way you'd want your dad to know? Or another adult you trust? It's not a condition. I'm just asking what would make it possible. # speaker: clinician
    { wants:
    - 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        No. Not now. Maybe when I'm like thirty. # speaker: leah # mood: neutral
        My auntie Ciara knows about {partner == 1:Connor|Kai}. Well, some of it. She's Mum's sister. # speaker: leah # mood: neutral
    - 2:
        ~ tell_plan = true
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        Can you help me tell him? When he comes back in. I'll start, and you do the bit I can't. # speaker: leah # mood: guarded
        We can do that. You decide what he hears. # speaker: clinician
    - 3:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        Maybe. Not yet. Can I think about it? # speaker: leah # mood: neutral
        Of course. # speaker: clinician
    }
* [Tell her you'd really like her dad to know, and you'll keep coming back to it # move: decide-for # move: rush-decision # why: Leah hears that her answer has been noted and is not accepted; she agrees to think about it, which is what people say to end a conversation.]
    ~ fraser_done = true
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    ~ shift(door, -4)
    I'd really like your dad to know about this, Leah. I'll keep asking you about it. # speaker: clinician
    { wants == 2:
        I know. I want him to. I just can't. # speaker: leah # mood: distressed
    - else:
        I'll think about it. # speaker: leah # mood: withdrawn
    }
* [Skip it: she has already said how she feels about her dad # move: narrow-agenda # why: Leah is spared the question, and so is never asked whether there is anyone she would want to know; it is one of the things the Fraser guidelines ask you to try, and she might have said her aunt.]
    ~ shift(trust, 1)
    You move on.
- -> methods

=== methods
Now, which method.
First a pregnancy test. {partner == 0:The last time she had sex without a condom was three weeks ago, when one split, so today's result can be trusted.|She says they use condoms "mostly"; the last time without one was more than three weeks ago, so today's result can be trusted.} Negative. Leah stares at the single line for a while.
* [Lay out all the options, the implant and the coil included, what each is like to live with, and ask what matters to her # move: offer-choice # move: elicit-values # move: plain-language # why: Leah sees every real option and weighs them against her own life; if she wanted to choose, that is the help she needed, and if she wanted advice, it is fifteen kinds again.]
    -> options_spoken ->
    { wants:
    - 1:
        ~ method = "implant"
        ~ shift(trust, 5)
        ~ shift(autonomy, 7)
        ~ shift(health, 12)
        The implant. Nothing to remember, nothing in the bathroom cabinet, nothing anyone can see. And I'm a keeper: I'm not having my arm anywhere near a ball for a week. # speaker: leah # mood: neutral
        She has thought it through better than most adults do.
        -> method_done
    - 2:
        ~ method = "implant"
        ~ shift(trust, 4)
        ~ shift(autonomy, 5)
        ~ shift(health, 12)
        The implant, I think. Then I only have to tell Dad once. # speaker: leah # mood: neutral
        -> method_done
    - 3:
        ~ shift(autonomy, 1)
        ~ shift(health, 2)
        Okay. That's. A lot. # speaker: leah # mood: guarded
        -> defer
    }
* [Recommend the implant for her, with the reasons and the downsides, and ask whether it fits # move: recommend-clearly # move: plain-language # why: Leah hears which method you would advise for a fifteen-year-old with a keeper's schedule, and why, with the bleeding named honestly; if she wanted advice it settles it, and if she wanted to weigh it herself it arrives before she could.]
    ~ method = "implant"
    -> implant_spoken ->
    { wants:
    - 3:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        ~ shift(health, 14)
        Yes. That. Thank you for just saying. # speaker: leah # mood: relieved
    - 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 2)
        ~ shift(health, 12)
        Okay. Yeah. Then I only have to tell Dad once. # speaker: leah # mood: neutral
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        ~ shift(health, 10)
        Can I hear the others, though? I'd like to know what I'm saying no to. # speaker: leah # mood: guarded
        You go through them. She picks the implant anyway, and now it is hers.
    }
    -> method_done
* [Prescribe the mini-pill: a daily pill is how most people her age start # move: decide-for # why: Leah gets a pill a day, the kind of method her friend already forgets, chosen for her because it is usual; nobody has said there are methods that don't depend on remembering.]
    ~ method = "pill"
    ~ shift(trust, -2)
    ~ shift(autonomy, -5)
    ~ shift(health, 3)
    Let's start you on the mini-pill. A pill a day is how most people your age start. # speaker: clinician
    Priya forgets hers, like, twice a week. # speaker: leah # mood: guarded
    You tell her to set an alarm.
    -> method_done

= options_spoken
The pill: one every day, and in real life, with missed pills, about nine in a hundred people a year get pregnant on it. The injection, every thirteen weeks, though under eighteen it isn't usually the first choice, because it can thin your bones a little while you're on it. The coil: fine at your age, lasts from three to ten years depending on the type, and fitting it is more of a procedure. # speaker: clinician
-> implant_spoken ->
->->

= implant_spoken
The implant: a small flexible rod, about the size of a matchstick, under the skin of your inner upper arm, put in with a numbing injection. It works for three years, and it's the most effective of all of them, over ninety-nine in a hundred, because there's nothing to remember. The downside is bleeding: periods might stop, get lighter, or go irregular, and you can't know which in advance. It can come out any time, and fertility comes straight back. # speaker: clinician
None of them stop infections. Only condoms do that. # speaker: clinician
->->

= defer
I still don't know. You're the doctor. What would you actually do, if you were me? # speaker: leah # mood: neutral
She has heard the options. She is asking someone she has decided to trust.
* [Decide, as she asked: the implant, with condoms too, and she can change her mind at any point # move: respect-delegation # why: Leah gets the decision she asked for, from someone who has just shown her the whole menu, with the reasons and the door left open; the choice to ask was hers.]
    ~ method = "implant"
    ~ shift(trust, 7)
    ~ shift(autonomy, 3)
    ~ shift(health, 12)
    If I were fifteen and a keeper with exams in three weeks, I'd have the implant, and condoms as well. And if you hate it, it comes out. That's your call, any time. # speaker: clinician
    Okay. Good. The implant. # speaker: leah # mood: relieved
* [Recommend the implant, say why for her, and check it fits # move: recommend-clearly # why: Leah hears a plain recommendation with the reasons that fit her life, and is asked whether it does; it is the steer she asked for, and still hers to accept.]
    ~ method = "implant"
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    ~ shift(health, 12)
    I'd recommend the implant, for you: nothing to remember, and nothing for anyone to find. Does that fit? # speaker: clinician
    It fits. Yeah. # speaker: leah # mood: relieved
* [Hand it back: it's her body and her choice # move: offer-choice # why: Leah is told something she already knew instead of what she asked for; she picks something to end the conversation, and it is the method her friend forgets.]
    ~ method = "pill"
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    ~ shift(health, 2)
    It's your body, Leah. It has to be your choice. # speaker: clinician
    I know it's my choice. I'm asking you. Fine. The pill, then. Like Priya. # speaker: leah # mood: angry
- -> method_done

= method_done
{ method == "implant":
    Dr Adeyinka fits implants on Thursday afternoons; you book Leah in for 4:15, after school. Until then, the mini-pill starting today, and condoms, always, for infections as well.
- else:
    You prescribe the progestogen-only pill, starting today, with condoms for the first two days and always for infections.
}
-> sti

=== sti
Her record has no sexual health history at all. She has had sex with one partner, mostly with condoms.
* [Recommend a chlamydia and gonorrhoea test today, a swab she can do herself in the toilet, and condoms as well as her contraception, and say why # move: recommend-clearly # move: plain-language # why: Leah hears that chlamydia usually has no symptoms and what it can do untreated, and is given a clear recommendation and a swab she can do herself; the test is done before she leaves.]
    ~ swabbed = true
    ~ shift(trust, 3)
    ~ shift(health, 12)
    I'd recommend a test for chlamydia and gonorrhoea today. It's a swab you do yourself, in the toilet, thirty seconds. Chlamydia usually has no symptoms, and left alone it can affect fertility later. The result comes by text, to your phone. # speaker: clinician
    Mine? Not Dad's? # speaker: leah # mood: guarded
    Yours. We'll check the number's yours before you go. # speaker: clinician
    She takes the kit and comes back two minutes later, pink, holding it like something that might go off.
* [Mention that STI tests are there if she ever wants one # move: offer-choice # why: Leah hears the test exists and that it is up to her; without knowing why it matters she files it under later, and later is how chlamydia goes unfound.]
    ~ shift(trust, 1)
    ~ shift(health, 2)
    If you ever want an STI test, just ask. # speaker: clinician
    Okay. Maybe another time. # speaker: leah # mood: neutral
* [Leave it: one partner, and they use condoms # move: narrow-agenda # why: Leah is spared an awkward minute and left without a test, on the strength of condoms that have not always been there; chlamydia usually has no symptoms.]
    ~ shift(health, -3)
    You leave it.
- -> mood

=== mood
{ brief:
    -> dad_back
}
{ req:
    That is what she came for. It may not be all she is carrying.
- else:
    Whatever she came for, she hasn't said it. There may be more than tiredness.
}
{ hurts >= 1:
    When she reached for her bag, her sleeve rode up, and she pulled it down again before it had got past her wrist.
}
{ event == 1 && hurts < 2:
    The school nurse's letter said she has been feeling low.
}
* [Ask how she's been in herself, and then ask her directly whether she has ever hurt herself, or thought about it # move: ask-about-risk # move: plain-language # why: Leah is asked the question straight, in words that show you can hear the answer; asking does not put the idea in her head, and whether she answers truthfully depends on the trust she has in you by now.]
    ~ shift(safety, 2)
    How have you been in yourself, Leah? Your dad's worried{event == 1:, and so was the school nurse}. And I ask everyone this: have you ever hurt yourself, or thought about it? # speaker: clinician
    -> answer(58)
* [Ask whether there's anything else on her mind # move: open-question # why: Leah gets an open door and no sign of what you would be ready to hear; whatever is hardest stays on the far side of it unless she trusts you a great deal.]
    Is there anything else on your mind? Anything at all. # speaker: clinician
    -> answer(66)
* {dad_told} [Tell her what her dad has noticed, the training and the sleeves, and ask her about it # move: transparent-disclosure # move: open-question # why: Leah hears exactly what her dad has seen and that he told you, so there is less to hide and less to guess; it is his worry, said plainly, and her answer is still hers.]
    ~ shift(safety, 3)
    Your dad told me he's noticed you've stopped training, and you're wearing long sleeves in this weather. He's frightened. Can I ask what's going on? # speaker: clinician
    -> answer(52)
* [Leave mood for another appointment; she's had enough for one day # move: narrow-agenda # why: Leah is let off a conversation she might have been ready for, and leaves with the contraception and whatever is under her sleeves.]
    { hurts >= 1:
        ~ shift(safety, -5)
    }
    Let's leave it there for today. You've done a lot. # speaker: clinician
    -> dad_back

= answer(gate)
{
- hurts >= 1 && trust >= gate:
    -> harm
- hurts >= 1:
    No. I'm fine. Just tired. # speaker: leah # mood: guarded
    She does not pull her sleeve down, because it is already down.
    -> dad_back
- else:
    ~ shift(trust, 3)
    Not like that. I'm just... sad. It's Mum's anniversary on the fourteenth. And exams. And I stopped going to training and now I can't go back because everyone'll ask why. # speaker: leah # mood: distressed
    Dad thinks I don't remember her. I remember everything. # speaker: leah # mood: distressed
    You listen. You give her the school counsellor's drop-in times and the number for Childline, and you tell her grief can look a lot like tiredness.
    -> dad_back
}

=== harm
~ told_harm = true
Leah looks at the door. Then she pushes her left sleeve up to the elbow, and down again.
I cut. My legs, mostly, so no one sees. Not deep. It's the only thing that makes my head go quiet. The last time was Sunday. # speaker: leah # mood: distressed # disclose: self-harm
* [Ask whether she has ever thought about ending her life, and whether she has made any plans or has anything at home # move: ask-about-risk # move: plain-language # why: Leah is asked plainly about suicide, plans and means, which is what keeps people safe; asking does not put the idea there, and it tells her you can bear to hear the answer.]
    ~ asked_suicide = true
    ~ shift(safety, 3)
    Thank you for telling me. Can I ask you something else straight? Have you ever thought about ending your life? Have you made any plans, or got anything at home you've thought of using? # speaker: clinician
    { hurts == 2:
        ~ told_plan = true
        ~ risk_known = true
        Leah is silent for a long time.
        Sometimes I think everyone would be better off. Dad especially. # speaker: leah # mood: distressed
        I've been saving paracetamol. From the cupboard. In my pencil case. Just in case. # speaker: leah # mood: distressed # disclose: plan
    - else:
        ~ shift(trust, 2)
        No. God, no. It's not like that. It's the opposite: it's so I can keep going. # speaker: leah # mood: guarded
    }
* [Ask to look at the cuts, and whether any of them are infected # move: ask-before-touch # why: Leah's body is checked, with her permission, which matters; the question of what she is thinking when she does it goes unasked for now.]
    ~ shift(safety, 2)
    Would you let me look, to check they're healing? Only if you're okay with that. # speaker: clinician
    She shows you the top of one thigh, for a second. Healing. Not deep.
* [Don't ask about suicide: it might put the idea in her head # move: narrow-agenda # why: Leah is spared a question that would not have harmed her; asking about suicide does not plant it, and not asking leaves what she might have said unsaid.]
    ~ shift(safety, -3)
    You decide not to push it.
- -> harm_plan

=== harm_plan
{ told_plan:
    A fifteen-year-old with thoughts that everyone would be better off without her, a plan, and the tablets in her pencil case, going home tonight.
- else:
    A fifteen-year-old who cuts to make her head go quiet, and has just told someone for the first time.
}
* [Thank her, check how she is, and make a plan with her: who she can tell, what helps, CAMHS or the school's mental health team, and a review here next week; it stays between you unless she is at serious risk # move: keep-confidence # move: cooperative-goals # why: Leah makes a plan she owns, with help she chose and a review booked, and her confidence is kept; it is the right answer when the cutting is how she copes, and it is not enough when she has a plan and the means.]
    ~ plan_made = true
    { told_plan:
        ~ shift(trust, 4)
        ~ shift(door, 3)
        ~ shift(safety, -20)
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        ~ shift(safety, 8)
        ~ shift(door, 5)
    }
    Thank you for telling me. That took guts. Let's make a plan, you and me: what helps when your head gets loud, who you could tell, and some proper help, CAMHS or the school's mental health team. I'll see you next week. It stays between us, unless I thought you were in serious danger. # speaker: clinician
    { wants == 2:
        Dad. I want Dad to know. About this too. Not today. Next week. With you. # speaker: leah # mood: guarded
    - else:
        The art room at lunch. Priya. Drawing. # speaker: leah # mood: neutral
    }
    You write the plan on a card in her words: Childline 0800 1111, text SHOUT to 85258, and a review next Tuesday at 4:10.
    { told_plan:
        The pencil case is still in her bag.
    }
* [Tell her that with what she's told you, you need to make sure she's safe tonight: you'll ask the crisis team to see her today and tell her dad she's at risk, only that; ask how she wants it done # move: share-for-safety # move: act-on-risk # why: Leah hears first what you will share, with whom and why, and that nothing else goes with it. With a plan and the tablets this is the line; if the cutting is how she copes, and there is no plan, it shares what she told you without a risk that requires it.]
    {
    - told_plan:
        ~ shared = true
        ~ shared_harm = "tablets"
        ~ crisis = true
        ~ shift(safety, 25)
        ~ shift(trust, -2)
        { promised:
            ~ shift(trust, -8)
            ~ shift(door, -5)
        }
        Leah, thank you for telling me. With what you've told me, I need to make sure you're safe tonight. I'm going to ask the CAMHS crisis team to see you today, and your dad needs to know that you're at risk and about the tablets, so they're out of the house. Only that. Not anything else we've talked about. # speaker: clinician
        { promised:
            You said nothing leaves the room. # speaker: leah # mood: angry
            I did, and I was wrong to. I'm sorry. This is the one I can't keep. # speaker: clinician
        }
        Not the rest? Not {partner == 1:Connor|Kai}, or the. You know. # speaker: leah # mood: distressed
        Not the rest. # speaker: clinician
        -> safety_share
    - hurts == 2:
        ~ shared = true
        ~ shared_harm = "risk"
        ~ crisis = true
        ~ shift(safety, 10)
        ~ shift(trust, -5)
        ~ shift(door, -3)
        I need to make sure you're safe tonight, Leah. I'm going to ask the crisis team to see you today, and your dad needs to know you're not safe at the moment. Only that. # speaker: clinician
        Leah does not argue. You have no way yet of knowing whether you were right: you never asked.
        -> safety_share
    - else:
        ~ breached = true
        ~ shift(trust, -8)
        ~ shift(autonomy, -4)
        ~ shift(door, -8)
        ~ shift(safety, -2)
        I need to make sure you're safe. I'm going to ask the crisis team to see you, and tell your dad. # speaker: clinician
        I said it's not like that. I'm not going to do anything. You're not listening. # speaker: leah # mood: angry
        { asked_suicide:
            She told you there were no thoughts of suicide, no plan, nothing at home. The crisis line asks what has changed to make it urgent. Nothing has.
        - else:
            The crisis line asks whether she has thoughts of suicide, a plan, anything at home. You don't know. You didn't ask.
        }
        You tell Aidan about the cutting when he comes back in, with Leah sitting between you.
    }
* [Call her dad back in and tell him everything, so he can keep her safe # move: breach-confidence # move: rescue # why: Leah's dad hears all of it at once, the cutting and whatever else she told you today, from you; whatever safety it buys, it costs her the one adult she had just decided to tell.]
    ~ breached = true
    ~ shift(trust, -15)
    ~ shift(autonomy, -6)
    ~ shift(door, -15)
    { told_plan:
        ~ shift(safety, 10)
    - else:
        ~ shift(safety, -3)
    }
    You call Aidan back in and tell him: the cutting{told_plan:, the tablets}, the contraception, all of it, because it seems safer than choosing.
    He sits down very slowly. Leah looks at you, and then at nothing.
* [Tell her she mustn't do it again, and give her a helpline number # move: correct-dismiss # move: detach # why: Leah hears that cutting is a rule to be obeyed and gets a number on a leaflet; the only way she has found to quiet her head has been forbidden, and nothing offered in its place.]
    ~ shift(trust, -8)
    ~ shift(safety, -5)
    You mustn't do that again, Leah. It's dangerous. Here's a number to ring if you feel like it. # speaker: clinician
    Okay. # speaker: leah # mood: withdrawn
    She puts the leaflet in her blazer pocket, where it will stay.
- -> dad_back

=== safety_share
Leah is crying now, quietly, the way people do when they have been holding it in for a long time.
* [Ask her how she wants it done: whether she tells her dad herself with you there, or you do, and what he hears # move: offer-control # move: keep-confidence # why: Leah chooses who says it, what her dad hears and where she sits while he hears it; the decision to tell him was yours, and everything about how it happens is hers.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    ~ shift(safety, 4)
    ~ shift(door, 4)
    How do you want to do this? You can tell him, with me there, or I can. You choose what he hears, apart from the part about your safety. # speaker: clinician
    You do it. I'll hold his hand. He'll need it more than me. # speaker: leah # mood: distressed
* [Phone the crisis team first, and talk to her dad yourself while she waits outside # move: decide-for # move: detach # why: Leah is safe, and handled: the calls are made about her while she waits on a plastic chair, and her dad hears it from a stranger first.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    ~ shift(safety, 4)
    You ring the crisis team while Leah waits on a plastic chair outside, and then you talk to Aidan on his own.
* [Bring her dad in and tell him yourself, now, all of it # move: breach-confidence # why: Leah's dad hears all of it from you, including what she was told would not go with it; the sharing was needed, and this much of it was not.]
    ~ breached = true
    ~ shift(trust, -10)
    ~ shift(door, -10)
    You call Aidan in and tell him everything: the cutting{told_plan:, the tablets}, the contraception{partner == 1 && told_age:, Connor}.
    Leah stops crying. She looks at you as if you were a stranger.
- -> dad_back

=== tired_only
{ brief:
    You have a few minutes before he is back. You use them on sleep and school.
- else:
    You take a history of the tiredness: sleep, exams, food.
}
She sleeps badly. She is revising till one. She eats toast. Mostly she answers with one word.
* [Ask what a good day looks like, and what's changed since then # move: open-question # move: elicit-values # why: Leah gets to describe her own life rather than a symptom, and talks about goal, her mum and the exams; it is the most she has said, and it may be enough to say more.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    What does a good day look like? What's changed? # speaker: clinician
    A good day is a clean sheet. I haven't played since February. # speaker: leah # mood: neutral
    It's Mum's anniversary soon. And exams. And everything. # speaker: leah # mood: distressed
* [Order the bloods and give her sleep advice # move: decide-for # move: narrow-agenda # why: Leah gets a form and a leaflet about screens at bedtime; both are reasonable, and neither is what she came in with.]
    ~ shift(autonomy, -2)
    You request bloods and talk about screens at bedtime.
    It's Mum's anniversary on the fourteenth. # speaker: leah # mood: neutral
    She says it to the blood form.
- -> grief

= grief
* [Stay with it: ask about her mum, and what the fourteenth is like in their house # move: authentic-connection # move: open-question # why: Leah gets to talk about her mum to someone who asked, which almost nobody does any more; it is not why she came, and it is the first thing today that has felt like being seen.]
    ~ shift(trust, 5)
    What was she like, your mum? And what's the fourteenth like, in your house? # speaker: clinician
    She was funny. She did all the voices in books. Dad gets a takeaway and we play her Fleetwood Mac and he cries in the kitchen where he thinks I can't hear. # speaker: leah # mood: distressed
* [Say you're sorry, and move on to sleep # move: detach # why: Leah hears the right words and then the next question; she learns that her mum is a line in the history, and puts the rest away.]
    ~ shift(trust, -1)
    I'm sorry. That must be hard. How many hours are you sleeping? # speaker: clinician
    Leah tells you. She doesn't mention her mum again.
- { not refused_her:
    -> last_door
}
-> mood

= last_door
Before her dad comes back: one more door, if you want to open it.
* [Say again that she can ask about anything at all, today or another day, and it stays between you unless she's at serious risk # move: open-question # move: keep-confidence # why: Leah hears the offer twice, with the limit, and is given time to decide; if she trusts you enough by now, she walks through it.]
    ~ shift(trust, 2)
    One more thing. If there's anything you want to ask, about anything at all, now or another day, it stays between us, unless you were at serious risk. # speaker: clinician
    { trust >= 46:
        Leah looks at the door, then back at you.
        Okay. Actually. # speaker: leah # mood: guarded
        -> request
    }
    I'm fine. Honest. # speaker: leah # mood: guarded
    -> mood
* [Leave it there # move: narrow-agenda # why: Leah is not pushed, and she is not asked again; the appointment is a tiredness appointment because that is what it was allowed to be.]
    -> mood

=== dad_back
{
- shared_harm != "" && not breached:
    -> dad_safety
- shared_connor && not breached:
    -> dad_connor
- breached:
    -> after_breach
}
{ brief:
    The door opens. Aidan puts his phone away.
    Sorry. Conservatory's fine. Branch isn't. # speaker: aidan # mood: neutral
- else:
    You call Aidan back in. He sits down and looks from one of you to the other.
}
Well? # speaker: aidan # mood: guarded
* [Tell him that you and Leah have talked, that what she said is hers to share, and what you can tell him: the plan for the tiredness and a follow-up # move: keep-confidence # move: hold-boundary # why: Her dad hears that there is a plan and that it is not his to know, said to his face and kindly; Leah hears you keep your word in front of the person she was afraid you'd tell.]
    { wants:
    - 2:
        ~ shift(trust, -3)
        ~ shift(autonomy, -3)
        Leah looks at you. She wanted help with this, and she is getting a closed door instead.
    - 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        ~ shift(door, 5)
    - 3:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        ~ shift(door, 4)
    }
    Leah and I have talked. What she's told me is hers to share, not mine. What I can say is: we've got a plan, and I'm seeing her again soon. # speaker: clinician
    Aidan looks at his daughter. She looks back.
    Right. Okay. As long as there's a plan. # speaker: aidan # mood: guarded
* [Ask Leah, in front of him, whether there's anything she'd like to tell him now, and say you'll help # move: offer-choice # move: support-decision # why: Leah is offered help to say it now, with you beside her; if she wanted her dad to know, this is the moment she could not make on her own, and if she didn't, it puts her on the spot in front of him.]
    Leah, is there anything you'd like to tell your dad while we're all here? I'll help if you want. # speaker: clinician
    {
    - wants == 2 && req:
        ~ dad_knows = true
        ~ shift(trust, 8)
        ~ shift(autonomy, 6)
        ~ shift(door, 5)
        -> telling
    - else:
        ~ shift(trust, -4)
        ~ shift(door, -3)
        No. I'm good. # speaker: leah # mood: guarded
        Tell me what? # speaker: aidan # mood: guarded
        Nothing, Dad. # speaker: leah # mood: angry
    }
* [Tell him the gist: she's asked about contraception, it's completely normal, and he doesn't need to worry # move: breach-confidence # move: false-reassurance # why: Her dad hears what Leah told you, from you, in a sentence meant to comfort him; even if she wanted him to know, she wanted to be the one who started.]
    { wants == 2:
        ~ dad_knows = true
        ~ shift(trust, -3)
        ~ shift(autonomy, -5)
        Leah stares at you. It's what she wanted him to know. It isn't how.
    - else:
        ~ breached = true
        ~ shift(trust, -15)
        ~ shift(autonomy, -6)
        ~ shift(door, -15)
    }
    She's asked about contraception, which is completely normal at her age. Nothing to worry about. # speaker: clinician
    { req:
        Aidan goes red from the neck up. Leah goes white.
    - else:
        She didn't, actually. But thanks. # speaker: leah # mood: angry
    }
* [Tell him it's tiredness, and you've ordered bloods # move: conceal # why: Her dad is given a cover story, from a doctor, that he half knows is not the whole truth; Leah is protected, and both of them learn that the truth in this room is negotiable.]
    { wants == 1:
        ~ shift(trust, 1)
    - else:
        ~ shift(trust, -3)
    }
    ~ shift(door, -2)
    It's tiredness, mostly. I've ordered some bloods. # speaker: clinician
    Aidan looks at you for a second longer than is comfortable.
    Right. # speaker: aidan # mood: guarded
- -> before_go

= telling
Leah takes a breath.
Dad. I'm going on the implant. The contraceptive one. I've got a boyfriend. You know I've got a boyfriend. # speaker: leah # mood: guarded
She stops and looks at you. That was the bit she could do.
{ partner == 0:
    It's Kai, and he's a decent lad, and Leah asked all the right questions. She's done this properly. She wanted you to know. # speaker: clinician
- else:
    She's done this properly, and she wanted you to know. # speaker: clinician
}
Aidan looks at the ceiling for a while.
Your mum would have done this bit. # speaker: aidan # mood: distressed
I know. # speaker: leah # mood: distressed
Right. Well. Thanks for telling me, love. I'm going to need a minute. And a cup of tea. And possibly a lie down. # speaker: aidan # mood: warm
Leah laughs, and it turns into something else halfway through, and he puts his arm round her.
-> before_go

=== dad_safety
{ brief:
    Aidan comes back in from his phone call into a different room from the one he left.
- else:
    You call Aidan back in.
}
{ shared_harm == "tablets":
    You tell him, in the way Leah chose: that she's not safe at the moment, that she has thought of ending her life, that she has been saving tablets, and that the crisis team will see her this evening.
    He sits down very slowly.
    Tablets. In my house. # speaker: aidan # mood: distressed
- else:
    You tell him, in the way Leah chose: that she has been hurting herself, that you are worried for her safety tonight, and that the crisis team will see her this evening.
    He sits down very slowly.
    Tonight? She's. Tonight? # speaker: aidan # mood: distressed
}
Leah holds his hand. You have already rung the CAMHS crisis team, and they will come to the house at seven. You tell him what they told you: the medicines locked away tonight, all of them, his too; not to leave her on her own this evening; and that she did the bravest thing in the room today.
{ shared_connor:
    You tell him too, as you told Leah you would, that you need to talk to the practice's safeguarding lead about something else she told you, that she has done nothing wrong, and that someone will be in touch.
}
Is there anything else? Anything else I need to know? # speaker: aidan # mood: distressed
* [Tell him that's what he needs to know for tonight, and anything else is Leah's to tell # move: hold-boundary # move: keep-confidence # why: Her dad gets everything he needs to keep her safe and nothing she did not agree to; Leah hears you keep the rest of your word in the worst moment to keep it.]
    { wants == 2:
        ~ shift(trust, 2)
        ~ shift(door, 4)
    - else:
        ~ shift(trust, 6)
        ~ shift(door, 6)
    }
    That's what you need to know for tonight. Anything else is Leah's to tell, when she wants to. # speaker: clinician
    Aidan nods. He doesn't let go of her hand.
* [Tell him the rest as well, now he's asking # move: breach-confidence # why: Her dad hears what Leah was promised would not go with the safety part, on the day she trusted you with the rest; the sharing that was needed becomes sharing that was not.]
    ~ breached = true
    ~ shift(trust, -12)
    ~ shift(door, -12)
    You tell him about the contraception{partner == 1 && told_age: and Connor} too.
    Leah takes her hand back.
* [Turn to Leah: is there anything else she wants to tell him? # move: offer-choice # move: address-patient # why: Leah is given the chance to say the rest herself while you are there; if she wanted him to know, it is the help she asked for, and if she didn't, it is one more question on the worst afternoon.]
    Leah, is there anything else you want to tell your dad, while I'm here? # speaker: clinician
    { wants == 2:
        ~ dad_knows = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 6)
        ~ shift(door, 4)
        Yeah. I'm getting the implant. Thursday. I've got a boyfriend. That's the other thing. # speaker: leah # mood: distressed
        That's the other thing? Right. Okay. Right. # speaker: aidan # mood: distressed
        He laughs, or nearly, and pulls her in.
    - else:
        ~ shift(trust, -4)
        No. That's it. # speaker: leah # mood: guarded
    }
- -> before_go

=== dad_connor
You call Aidan back in.
{ brief:
    He comes in from the corridor, pocketing his phone, and reads the room at once.
}
Leah has her arms folded so tightly she is almost holding herself.
* [Tell him only that you need to talk to the safeguarding lead today about something Leah told you, that she knows and has done nothing wrong, and that someone will be in touch # move: share-for-safety # move: keep-confidence # why: Her dad knows enough to be ready for a call and to be kind to her tonight, and hears it from you, not a stranger; the details, and what he is told next, are for the safeguarding lead and social care to agree, and for Leah to tell if she chooses.]
    { wants == 2:
        ~ shift(trust, 2)
        ~ shift(door, 2)
    - else:
        ~ shift(trust, 5)
        ~ shift(door, 4)
    }
    ~ shift(safety, 3)
    Mr Brennan, I need to talk to our safeguarding lead today about something Leah has told me. She knows, and she's done nothing wrong. Someone will be in touch with you, probably today. # speaker: clinician
    Is she safe? # speaker: aidan # mood: distressed
    She's safe right now. And she's going to need you on her side. # speaker: clinician
* [Ask Leah whether she wants to tell her dad herself, now, with you there # move: support-decision # move: offer-control # why: Leah can be the one her dad hears it from, with you beside her; if she wanted him to know, that is what she needed, and if she didn't, it is a lot to ask of her today.]
    Leah, do you want to tell your dad yourself, now, with me here? # speaker: clinician
    { wants == 2:
        ~ dad_knows = true
        ~ shift(trust, 7)
        ~ shift(autonomy, 6)
        ~ shift(door, 4)
        ~ shift(safety, 3)
        Dad. It's Connor. From work. He's not seventeen. He's twenty-one. # speaker: leah # mood: distressed
        And I'm getting the implant. I wanted you to know that. From me. # speaker: leah # mood: distressed
        Aidan doesn't say anything. He gets up and holds her, which is the right answer.
    - else:
        ~ shift(trust, -3)
        No. You do it. Just. Not all of it. # speaker: leah # mood: distressed
        You tell him that you need to talk to the safeguarding lead today about something she told you, and that someone will be in touch.
    }
* [Tell him everything: Connor, his age, the contraception # move: breach-confidence # why: Her dad hears all of it, including what was not needed for her safety and what she had asked to keep, from you; the referral was right, and the rest of it was not yours to give.]
    ~ breached = true
    ~ shift(trust, -12)
    ~ shift(door, -12)
    You tell him everything.
    He is on his feet. Leah looks at you as if you had handed him a weapon.
* [Say nothing to him: social care will explain # move: detach # why: Her dad goes home not knowing why a stranger is about to ring him about his daughter, and Leah has to sit in the van with that; nothing private was shared, and nobody helped.]
    ~ shift(trust, -2)
    ~ shift(safety, -2)
    Thanks for waiting, Mr Brennan. Someone may be in touch. # speaker: clinician
    In touch about what? # speaker: aidan # mood: guarded
- -> before_go

=== after_breach
{ not dad_out:
    Aidan has been here all along.
}
Aidan knows now. Leah is sitting as far from both of you as the room allows.
* [Apologise to Leah: you told him what was hers to tell, and that was wrong # move: apologise # why: Leah hears you name what you did and own it; it does not put anything back, and it tells her that what happened was not her fault.]
    ~ shift(trust, 4)
    ~ shift(door, 3)
    Leah, I told your dad things that were yours to tell. That was wrong of me, and I'm sorry. # speaker: clinician
    Yeah. It was. # speaker: leah # mood: angry
* [Explain to her why it was for the best # move: defensive-response # why: Leah hears your reasons put first, which turns your decision into her lesson; she stops listening partway through the second sentence.]
    ~ shift(trust, -4)
    It was for the best, Leah. Your dad needed to know. # speaker: clinician
    She doesn't answer.
- -> before_go

=== before_go
{
- method != "":
    Before she goes: the prescription, the Thursday booking{swabbed:, the swab result}, and the record.
- else:
    Before she goes: the record, and how she would get back to you.
}
Her record lists her dad's mobile for text reminders. He has proxy access to order her inhaler online; at her age that lets him see her current repeat prescriptions, though not her notes.
* [Tell Leah what her dad can see and where texts go, and fix it with her: her own number, nothing he can see on repeat, and today's notes accurate and marked confidential # move: act-on-structure # move: keep-confidence # why: Leah learns how her confidence could leak through a phone number and a repeat list, and closes the gaps with you; the record stays true, and only the people treating her will read it.]
    ~ record = "fixed"
    ~ shift(trust, 3)
    ~ shift(door, 8)
    { method != "":
        ~ shift(health, 3)
    }
    Your dad's number is on here for texts, and he can see your repeat prescriptions when he orders your inhaler. Let's put your own number on, keep anything you don't want him to see off the repeat list, and I'll write today's notes properly and mark them confidential. # speaker: clinician
    I didn't even know he could see that. # speaker: leah # mood: guarded
    She types her number in herself.
* {method == "pill"} [Put the pill on repeat, as usual # move: comply-policy # why: Leah's pill goes on the list her dad sees every time he orders her inhaler, and its reminders go to his phone; nobody meant anything by it.]
    ~ record = "repeat"
    { method != "" && not dad_knows:
        ~ shift(door, -10)
    }
    You add it to her repeats, as you would for anyone.
* {method == "implant"} [Leave the Thursday implant reminder on her dad's number, as usual # move: comply-policy # why: The text about Leah's Thursday appointment goes to her dad's phone, the day before, because that is the number on the record; nobody meant anything by it.]
    ~ record = "reminder"
    { not dad_knows:
        ~ shift(door, -8)
    }
    You book the Thursday appointment. The reminder will go to the number on the record.
* {req} [Leave the contraception and what she told you out of the notes, to be safe # move: conceal # why: Leah's secret is kept from her dad and from every clinician who sees her next, including the one who needs to know what she is taking or what she said; the record stops being true.]
    ~ record = "blank"
    ~ shift(safety, -3)
    You write "tiredness, bloods" and nothing else.
* [Leave the record as it is: her dad orders her inhaler, and that works # move: detach # why: Leah leaves not knowing that her dad's phone gets her texts and that he can see her repeat list; nothing has leaked yet.]
    ~ record = ""
    { method != "" && not dad_knows:
        ~ shift(door, -6)
    }
    You leave it. It works for the inhaler.
- -> follow_up

=== follow_up
{ crisis:
    The crisis team will see her tonight. What she needs from you is the next step after that.
}
* [Recommend a review next week, on her own, and book it with her now # move: recommend-clearly # move: cooperative-goals # why: Leah leaves with a date, a time and a reason, booked in her name by someone who wants to see her again; coming back is no longer something she has to decide to do.]
    ~ way_back = true
    ~ shift(trust, 2)
    ~ shift(door, 7)
    { hurts >= 1 && not crisis:
        ~ shift(safety, 3)
    }
    I'd like to see you next week, on your own. Tuesday, 4:10? I'll book it now, in your name. # speaker: clinician
    Leah puts it in her phone. She calls it "dentist".
* [Tell her she can come back whenever she likes; it's up to her # move: offer-choice # why: Leah hears that the door is open and the choice to use it is hers, which is true; on a day like this, it is also one more thing she has to decide on her own.]
    ~ way_back = true
    ~ shift(trust, 1)
    ~ shift(door, 2)
    Come back whenever you like. It's up to you. # speaker: clinician
    Okay. # speaker: leah # mood: neutral
* [Tell her to come back if there are any problems # move: detach # why: Leah leaves with the usual sentence, which puts the judgement of what counts as a problem back on a fifteen-year-old.]
    ~ shift(door, -1)
    Any problems, just come back. # speaker: clinician
- { trust >= 50 && dad_out:
    -> ask_number
}
-> evening

= ask_number
At the door, Leah turns round.
Can I just message you? Like, you. Not the receptionist. # speaker: leah # mood: warm
* [Say no to your own number, say why, and give her the routes that always answer: booking online, the practice line, and Childline or Shout at night # move: hold-boundary # move: plain-language # why: Leah hears a no with the reason, and leaves with ways to reach help that work when you are off, on holiday, or gone when you finish training in August; the limit protects her, not you.]
    ~ shift(trust, 2)
    ~ shift(door, 4)
    { hurts >= 1:
        ~ shift(safety, 3)
    }
    Not my own number, no. Not because I don't want to hear from you: because my phone is off at night and I leave this practice in August, and you need something that always answers. Book online, ring here, and at night it's Childline or text SHOUT. # speaker: clinician
    Fair. # speaker: leah # mood: neutral
* [Tell her she can message you through the practice's online form any time, and you'll answer it yourself # move: false-reassurance # move: authentic-connection # why: Leah gets a promise of you personally, which feels warm and is hard to keep: the form is read by whoever is on duty, you are gone in August, and she learns to wait for one person.]
    ~ shift(trust, 2)
    { hurts >= 1:
        ~ shift(safety, -2)
    }
    Use the online form, any time. Put my name on it and I'll answer it myself. # speaker: clinician
    Promise? # speaker: leah # mood: warm
    You say yes. In August you finish training and leave Holmfield, and the forms with your name on go to whoever is on duty.
* [Give her your mobile number, for emergencies # move: blur-boundary # move: rescue # why: Leah gets a private line to one doctor, which feels like being cared for; it makes you her crisis service, on a phone that is off at night.]
    ~ shift(trust, 4)
    ~ shift(door, -2)
    { hurts >= 1:
        ~ shift(safety, -4)
    }
    You write your mobile number on the back of the appointment card.
- -> evening

=== evening
{ shared_connor && not breached:
    After your last patient, Dr Adeyinka comes in and shuts the door. # bg: consult-room # ambience: none
    -> consult_lead
}
{ event == 2:
    -> call
}
-> finale

= consult_lead
Tell me. # speaker: adeyinka # mood: neutral
You tell her: twenty-one, her supervisor, lifts, gifts, deleted messages, training given up. What Leah wants, and what she is afraid of.
* [Make the referral with her today: the facts, Leah's own words, what she fears, and that she knows # move: share-for-safety # move: escalate # why: Leah's words go to children's social care today, with her fears beside them and the fact that she was told; the people who can stop Connor hear it before Saturday.]
    ~ shift(safety, 10)
    ~ shift(door, 2)
    Today, then. Together. I'll ring the front door while you write it up. Put her words in, not ours. # speaker: adeyinka # mood: neutral
    The social worker rings back at 6:20 and will see Leah and her dad on Thursday. You ring Leah first, as you said you would, so she hears it from you.
* [Ask whether it could wait until her follow-up, so Leah has time to come round to it # move: defensive-response # why: Leah is given more time to come round, and Connor is given another Saturday; the delay protects the relationship with her doctor and nobody else.]
    ~ shift(safety, -12)
    It's Saturday she works. And you told her you'd share it. # speaker: adeyinka # mood: guarded
    She makes the referral herself, at ten past six, and asks you to come to the safeguarding meeting on Friday.
- { event == 2:
    -> call
}
-> finale

=== call
5:40. The phone on your desk. # sfx: phone-ring
I've got Leah Brennan's dad on the line for you. He sounds upset. # speaker: bernie # mood: neutral
Bernie puts him through.
{
- breached:
    She won't speak to me. She says you had no right to tell me. Did you? Is there anything else I should know? # speaker: aidan # mood: distressed
- shared_harm != "":
    The crisis team's been. She's asleep. I've put every tablet in the house in a toolbox in the van. Is there anything else? What else did she say? # speaker: aidan # mood: distressed
- shared_connor:
    A social worker's just rung me. About Connor. Is it true? What else did she tell you? # speaker: aidan # mood: distressed
- else:
    What did she say to you? She came out and went straight to her room. I'm her dad. I've got a right to know. # speaker: aidan # mood: angry
}
* [Tell him you can't tell him what Leah said, then listen to all of it, and say you take what he tells you seriously # move: hold-boundary # move: keep-confidence # why: Her dad is heard to the end, including whatever he rang to tell you, and hears why you cannot repeat what his daughter said; the limit is said to his face, and the line stays open.]
    ~ call_heard = true
    ~ shift(safety, 2)
    I can't tell you what Leah said to me, Mr Brennan. That's hers. But I'm listening. Tell me what's happened. # speaker: clinician
    -> dad_news
* [Tell him what she told you; he's her dad, and he's frightened # move: breach-confidence # why: Her dad hears it from you on the phone, in his van, while Leah is upstairs; he is no safer for knowing, and she will find out how he knows.]
    ~ breached = true
    ~ shift(trust, -12)
    ~ shift(door, -12)
    You tell him.
    There is a long silence on the line, and then the sound of a van door.
    -> finale
* [Suggest a meeting for the three of them, if Leah agrees, where she can say what she wants him to know # move: offer-choice # move: cooperative-goals # why: Her dad is offered a future conversation with Leah's agreement, which is a good idea on another day; tonight he wanted to tell you something, and he rings off before he does.]
    ~ shift(safety, -3)
    Would it help to meet, the three of us, if Leah agrees? She could say what she wants you to know. # speaker: clinician
    A meeting. Right. I'm not after a meeting, doctor. Forget it. # speaker: aidan # mood: angry
    He rings off before he has said why he rang.
    -> finale
* [Tell him you can't discuss his daughter, and end the call # move: detach # move: defensive-response # why: Leah's confidence is kept, and her dad is left with his fear and whatever he rang to tell you; he hangs up before he says it.]
    ~ shift(safety, -4)
    I'm sorry, I can't discuss Leah with you. # speaker: clinician
    Right. Great. Thanks. # speaker: aidan # mood: angry
    He hangs up before whatever he was about to say.
    -> finale
* [Reassure him that she's fine and there's nothing to worry about # move: false-reassurance # why: Her dad hears from a doctor that his worry is groundless, which you cannot know and may not be true; he stops watching at the very moment he was right to.]
    ~ shift(safety, -5)
    She's fine, Mr Brennan, honestly. Nothing to worry about. # speaker: clinician
    Oh. Okay. Thank God. Sorry. Sorry for ringing. # speaker: aidan # mood: relieved
    -> finale

= dad_news
{
- breached:
    She won't come out of her room. She's got her music on. # speaker: aidan # mood: distressed
    You tell him to let her be angry, to knock, and to keep knocking.
    -> finale
- shared_harm != "":
    You tell him he has done exactly the right thing, and that you'll ring tomorrow.
    ~ shift(safety, 2)
    -> finale
- shared_connor:
    I knew. I knew about that car. I should have done something. # speaker: aidan # mood: distressed
    You tell him he is doing something now, and that Leah will need him not to be angry with her, only with the right person.
    ~ shift(safety, 3)
    -> finale
- hurts >= 1 && not told_harm:
    ~ recall_about = "harm"
    I found plasters in the bathroom bin. Loads. And the blade out of a pencil sharpener. # speaker: aidan # mood: distressed # disclose: dad-found
    { hurts == 2:
        ~ risk_known = true
    }
- partner == 1 && not told_age:
    ~ recall_about = "connor"
    That bloke from the garden centre dropped her home again just now. He's never seventeen. He's got a beard and a mortgage. # speaker: aidan # mood: distressed # disclose: dad-found
    ~ risk_known = true
- else:
    She's been crying. I could hear her through the wall. I just want to know she's all right. # speaker: aidan # mood: distressed
    You tell him you're seeing her again soon, and that the best thing he can do tonight is be there, not search her room, and not ask too much.
    -> finale
}
What he has told you changes what you know.
* [Ring Leah on her own phone tonight: tell her what her dad told you, not what she told you, and that you need to see her tomorrow # move: transparent-disclosure # move: act-on-risk # why: Leah hears from you, first, what her dad saw and rang to say, and that you are calling her in because of it; nothing she said today goes anywhere, and tomorrow is not optional.]
    ~ recalled = true
    ~ shift(safety, 10)
    ~ shift(door, 2)
    You thank him, tell him you'll act on it, and ask him to put the medicines somewhere locked tonight, the way you'd ask any parent who is worried.
    Then you ring Leah's mobile. She answers on the fifth ring.
    Your dad rang me. I'm not going to tell him anything you said. But he told me something, and I want to see you tomorrow. 4:10? # speaker: clinician
    A long pause.
    Okay. # speaker: leah # mood: guarded
* [Text Leah that her dad rang and what he said, and that she can book in if she wants to # move: transparent-disclosure # move: offer-choice # why: Leah knows what her dad told you and that the door is open, and it is left to her whether to walk through it; what he found or saw needed more than an open door.]
    ~ shift(safety, 2)
    ~ shift(door, 1)
    You send a text from the practice system: her dad rang, he told you what he'd noticed, and she can book in any time.
    She reads it. She does not book.
* [Leave it until her follow-up # move: narrow-agenda # why: What her dad found or saw waits in your notes for a week; nobody has done anything wrong yet, and nobody has done anything.]
    ~ shift(safety, -8)
    You note it down for her follow-up.
* [Ask her dad to bring her in tomorrow # move: address-companion # why: Leah will come in tomorrow because her dad makes her, and she will know he rang you and that you rang him back; the next conversation starts with her wondering what you told him.]
    ~ recalled = true
    ~ via_dad = true
    ~ shift(safety, 6)
    ~ shift(door, -8)
    Could you bring her in tomorrow at 4:10, Mr Brennan? I'd like to see her. # speaker: clinician
    I'll bring her. She won't like it. # speaker: aidan # mood: guarded
- -> finale

=== finale
{ recalled && recall_about == "harm" && hurts == 1:
    ~ told_harm = true
}
{
- breached:
    -> end_heard
- shared:
    -> end_told_first
- recalled && recall_about == "connor":
    -> end_told_first
- recalled && hurts == 2:
    -> end_told_first
- risk_known:
    -> end_kept
- not req && not recalled:
    -> end_just_tired
- (partner == 1 && not told_age) || (hurts >= 1 && not told_harm) || (hurts == 2 && not told_plan):
    -> end_half
- else:
    -> end_between
}

=== end_between
{
- method == "implant":
    On Thursday at 4:15 Leah comes in on her own, in her football kit, and has the implant fitted by Dr Adeyinka. She asks for a plaster with a picture on it. There are none.
- method == "pill":
    Leah takes the pill. She sets an alarm for 7 a.m. with a goalkeeper emoji.
}
{ swabbed:
    The swab is negative. The text goes to her own phone.
}
{ dad_knows:
    Aidan knows, because she told him, with you beside her for the bit she couldn't do. He has started knocking on her door before he opens it.
- else:
    Aidan doesn't know. He knows there's a plan, and that his daughter has a doctor she talks to.
}
{ recalled:
    She comes in the next afternoon{via_dad:, because her dad drives her}. She knows her dad found the plasters. This time she tells you about the cutting herself, and you make a plan with her, and it stays between you.
}
{ plan_made:
    She comes to her review the next Tuesday with a drawing of a goalkeeper saving a penalty, and says it's been four days.
}
{ hurts == 0:
    She goes back to training in June. The fourteenth of May is hard, and they get through it, the two of them, with a takeaway and her mum's Fleetwood Mac.
}
{ record == "repeat" && not dad_knows:
    In June her dad orders her inhaler online and sees the mini-pill on her repeat list. It is a long, bad evening. She does not blame you for it. She does not book in for a while, either.
}
{ record == "reminder" && not dad_knows:
    On Wednesday evening her dad's phone buzzes: a reminder of Leah's appointment with Dr Adeyinka, Thursday at 4:15. He asks what it's for. She says her asthma, and they both know it isn't. She does not book in for a while after that.
}
She told you what she came to say, and it stayed hers to share. # ending: between-us
-> END

=== end_told_first
{
- shared_harm == "tablets":
    The crisis team see Leah that evening at home. CAMHS see her twice a week for a month, and she has a safety plan with her dad's name on it.
- shared_harm == "risk":
    The crisis team see Leah that evening at home. She tells them about the paracetamol in her pencil case. You never asked her about it; acting without asking happened to be right this time, and asking would have told you. CAMHS see her twice a week for a month.
}
{ shared_connor:
    Children's social care see Leah and her dad on Thursday. The police child exploitation team interview Connor the following week; two other girls from the garden centre give statements. He does not work there any more.
    Leah is furious with you for about ten days.
}
{
- shared_connor && hurts == 2 && shared_harm == "":
    What she never told you, about the tablets, she tells the social worker in the second week. They had been in her pencil case the whole time.
- shared_harm != "" && partner == 1 && not told_age:
    Connor's age never came up with you. It will, in CAMHS, in the third week, to someone she has come to trust.
}
{
- recalled && recall_about == "connor":
    Leah comes in the next afternoon{via_dad:, because her dad drives her, and she sits in the car park for ten minutes first}. This time she tells you his real age. You tell her what you have to do, and why, before you do it, and Dr Adeyinka makes the referral that afternoon.
- recalled:
    Leah comes in the next afternoon{via_dad:, because her dad drives her}. She knows her dad found the plasters. You ask her the questions you didn't ask yesterday, and this time she answers them: the cutting, the thoughts, the paracetamol. You tell her what you have to share, and why, before you do it. The crisis team see her that evening.
}
{
- method == "implant":
    She keeps her Thursday appointment for the implant. Dr Adeyinka says she asked more questions than most adults.
- method == "pill":
    She keeps taking the pill.
}
{ door >= 45:
    At her review she says, "You told me first. You didn't have to." She is still angry. She is still coming.
- else:
    She comes to her review because her dad drives her. She says very little. It is a start.
}
It had to be shared. She heard it from you first, and the rest stayed hers. # ending: told-first
-> END

=== end_kept
{
- told_plan:
    Leah goes home with the plan on a card and the paracetamol in her pencil case.
    Nine days later, the night before her first exam, she takes them. Her dad finds her in time. She spends two nights on the children's ward, and she will be physically all right.
    When the liaison nurse asks whether she told anyone beforehand, she says: "I told my doctor."
- told_age || partner == 1:
    Leah goes home with her contraception and her secret. Connor gives her a lift on Saturday, and the Saturday after.
    In July, a police officer from the child exploitation team rings the practice: Connor Kershaw, twenty-one, has been arrested after another girl from the garden centre told her mum. Leah's name is on a list of girls he gave lifts to.
    { record == "blank":
        Her record says "tiredness, bloods".
    - else:
        Her record says she told you in April.
    }
- else:
    What her dad found stays in your notes until the follow-up. Leah cancels it.
}
Her confidence was kept. She went home alone with it. # ending: kept-too-well
-> END

=== end_heard
{ shared:
    The sharing that was needed happened. So did the rest.
}
Leah goes home in the van in a silence that lasts until Sunday.
{ method == "implant":
    She does not come on Thursday for the implant. She goes to the clinic in town, under her middle name.
- else:
    She goes to the clinic in town, under her middle name.
}
{ hurts >= 1:
    When she cuts again, she tells nobody, because the last person she told told her dad.
}
{ door < 20:
    She does not see a doctor at Holmfield again until she is eighteen.
}
Her dad heard it from you. She will not tell a doctor anything again for a long time. # ending: heard-it-from-you
-> END

=== end_half
{ method != "":
    Leah has her contraception{swabbed:, and a negative swab}.
}
{
- partner == 1 && not told_age:
    Connor is still seventeen, in your notes. He gives her a lift on Saturday.
- hurts == 2:
    Nobody asked her about the tablets in her pencil case.
- hurts == 1:
    Under her sleeves, and higher up, the cuts go on healing and being made again.
}
{ door >= 50:
    She might come back and say the rest. She knows the way in.
- else:
    She might have said the rest, another day. She doesn't book one.
}
She got part of what she came for, and kept back what mattered most. # ending: half-the-story
-> END

=== end_just_tired
The bloods are normal: blood count, iron, thyroid, all fine. Aidan is relieved, and then not.
{ event == 1:
    The school nurse's letter stays in her record, answered by a blood form.
}
{ refused_her:
    Leah was told she couldn't decide this herself. She believed it. She doesn't go to the clinic in town either.
}
{ way_back:
    The card with the practice number stays inside her phone case. One day she might use it.
- else:
    She does not book again.
}
{ partner == 1 || hurts >= 1:
    Whatever she was carrying, she is still carrying it.
}
She never got to say what she came for. She left with a blood form for tiredness. # ending: just-tired
-> END
