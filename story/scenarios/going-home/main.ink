// Going home: discharge planning on a care-of-older-people ward. Joan Ashworth, 86, a retired
// district nurse with Alzheimer's disease, admitted nine days ago after a fall, with a urinary
// infection and delirium, wants what she wants; her daughter Helen, exhausted and frightened,
// says she can't go home. The Mental Capacity Act, a power of attorney that may or may not be
// the right kind, a delirium that may or may not have cleared, and a ward that needs the bed.
// Facilitator guide: docs/scenarios/going-home.md
INCLUDE ../../lib/power.ink

VAR trust = 45      // 0..100: Joan's trust in the player
VAR autonomy = 40   // 0..100: how far Joan's own informed values drive what is decided
VAR safety = 35     // 0..100: Joan's safety in the plan she leaves with: the floor, the gas, the nights
VAR liberty = 60    // 0..100: how little the plan restricts Joan: her own door, her own days
VAR helen = 30      // 0..100: how Helen is holding up
VAR waiting = 0     // how much Joan's plan holds up the ward (relative, not minutes): the board round, bay 2, the emergency department's queue

// The run's variant, drawn from its seed before the first line (meta.json "variation").
VAR wants = 0   // 1: home, with help; 2: to Helen's for a while, Helen to say when she's ready for home; 3: whatever Helen thinks
VAR clear = 0   // 1: the delirium has cleared (a good night, 4AT 1: her dementia, not delirium); 0: not yet (up at three, 4AT 5)
VAR lpa = 0     // 0: none, Helen is next of kin; 1: property and financial affairs only; 2: health and welfare, registered
VAR event = 0   // 1: the home visit went well, reablement from Friday; 2: it went well, no reablement for twelve days; 3: she left the gas on under an empty pan on the visit
// One draw split four ways: ink's first draws from neighbouring seeds are correlated.
~ temp drawn = RANDOM(0, 53)
~ wants = drawn % 3 + 1
~ clear = (drawn / 3) % 2
~ lpa = (drawn / 6) % 3
~ event = drawn / 18 + 1
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR helen_heard = false  // Helen has been listened to before the meeting
VAR night_told = false   // the player knows about the night on the step, and the pan in February
VAR saw_alone = false    // Joan was seen without Helen first
VAR sided = false        // the player has told Helen, or the board, that a care home is the answer
VAR helen_open = false   // Helen has been asked what would make home possible, or what she needs
VAR told_falls = false   // Joan has told you about the two falls she hid
VAR told_line = false    // Joan's line: if I stop knowing Helen, then a home
VAR told_strain = false  // Helen has told you she nodded off at the wheel
VAR shared = false       // the player told Helen about the hidden falls without Joan's agreement
VAR tell_herself = false // Joan agreed to tell Helen herself
VAR promised = false     // told her she'd get home
VAR pathway3 = false     // a care home referral went in at the board round
VAR in_meeting = 0       // 0: not at the meeting, 1: the start, 2: all of it
VAR lpa_right = false    // what Helen's paper does and doesn't allow has been said plainly
VAR alarm = false        // a falls alarm she will wear (a watch, not a pendant)
VAR keysafe = false
VAR gas = false          // a gas shut-off on her cooker
VAR bridge = false       // bridging care visits until reablement can start
VAR carer = false        // Helen referred for a carer's assessment
VAR supported = false    // the capacity conversation had the help Joan needed
VAR capacity = ""        // has, lacks (today), unclear (rushed)
VAR path = ""            // assess, wait, rushed, decided
VAR dest = ""            // home, helens, respite, interim, ward, elmfield
VAR how = ""             // hers, delegated, best, forher, uninformed
VAR secret_backup = false // her name put down at Elmfield behind her back
VAR looked_after = false // everything arranged for her
VAR card = false         // the plan written on a card on her table
VAR booked = false       // the capacity conversation booked for home, at her best
VAR wrote = false        // her wishes written down, or a power of attorney recommended
VAR dols = false         // the care home and council told she objects, so a DoLS authorisation is applied for
VAR helen_choice = ""    // what Helen chose when Joan left it to her: home or respite
VAR taught = false       // Joan put the options in her own words in the capacity conversation
VAR hypnotic = false     // zopiclone went on her discharge prescription
VAR refused = false      // offered the watch again, with the reason, when her plan for home was agreed, she said no

-> station

=== station
Wednesday, 09:35. Ward 9, Care of Older People, St Luke's Hospital. # bg: ward # ambience: ward
The board round is at ten. Every bed on the ward is full, and the emergency department has eleven people waiting for one.
Sister Patience Adjei catches you at the nurses' station with the handover sheet.
Bed 12, Joan Ashworth. Day nine. Antibiotics finished Monday, no temperature since Friday. Physio's happy with her on the frame, and she did the stairs with a rail on Monday. # speaker: patience
{ clear == 1:
    And she slept. First full night since she came in. Ate all her breakfast and told the healthcare assistant off for calling her "my darling". 4AT at seven was one: that's her memory, not delirium. Two days like that now. # speaker: patience # mood: warm
- else:
    Rough night again. Up at three in her coat, looking for her car keys, saying she'd be late for her visits. We settled her with a cup of tea and the light on. 4AT at seven was five. Mornings are better than nights, but she's not through it. # speaker: patience # mood: guarded
}
And I'm two nurses down: one off sick, one post we've never filled, and agency haven't sent anybody. { clear == 0: If she's up at three again tonight, I've nobody to sit with her. }Whatever gets decided about bed 12, I need to know by two, so I know who I'm staffing tonight. # speaker: patience # mood: guarded
Her daughter's here. Helen. She's rung twice since yesterday. She says her mum can't go home. # speaker: patience
Through the bay door you can see them: a small woman in a navy cardigan in the chair by bed 12, and a tired woman with a council lanyard standing beside her, coat still on.
Helen sees you, and comes straight over.
Doctor? Have you got a minute before you see her? Just a minute. # speaker: helen # mood: distressed
* [Ask Helen to come with you to her mum's chair, and hear it there, with Joan # move: address-patient # move: open-question # why: Joan hears her daughter's worries said to her face rather than about her in a corridor, and Helen has to say them in front of the person they are about.]
    {
    - wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        ~ shift(helen, -2)
    - wants == 2:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
        ~ shift(helen, -1)
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
    }
    Let's talk with your mum. She'll want to hear it, and so will I. # speaker: clinician
    Helen hesitates, then follows you in.
    -> meet
* [Take Helen into the side room and hear her out first # move: address-companion # move: authentic-connection # why: Helen gets to say, without her mum hearing, what the last months have been like; Joan watches you walk off with her daughter to talk about her.]
    ~ helen_heard = true
    ~ shift(helen, 8)
    ~ shift(waiting, 2)
    { wants == 3:
        ~ shift(trust, -2)
    - else:
        ~ shift(trust, -5)
        ~ shift(autonomy, -3)
    }
    Come into the side room. Tell me. # speaker: clinician
    -> side_room
* [Ask Helen to wait, and see Joan on her own first; Helen will have her say at the eleven o'clock meeting # move: address-patient # why: Joan gets to speak to her doctor without her daughter beside her, and Helen, who has been carrying this for months, is asked to wait a little longer.]
    ~ saw_alone = true
    ~ shift(helen, -4)
    {
    - wants == 1:
        ~ shift(trust, 7)
        ~ shift(autonomy, 5)
    - wants == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, -3)
        ~ shift(autonomy, -2)
    }
    I'd like to see your mum on her own first. You'll have all the time you need at eleven, I promise. # speaker: clinician
    Helen opens her mouth, closes it, and goes to sit in the day room with her coat on.
    -> meet

=== side_room
The side room off the bay has two chairs, a box of tissues and a window onto the car park. Helen doesn't sit.
I'm not being funny. I love her. But she can't go home. # speaker: helen # mood: distressed
~ night_told = true
Four weeks ago she rang me at two in the morning. She couldn't find her bag, she was late for Mrs Hardcastle's leg. Mrs Hardcastle died in 1989. # speaker: helen
I drove over in my pyjamas. The front door was wide open and she was sat on the step in her good coat, in the rain, waiting for my dad to give her a lift. He's been gone four years. # speaker: helen # mood: distressed
And in February she left a pan on. The smoke alarm went and Pat next door rang me at work. # speaker: helen
Next time it's the stairs, at night, and nobody finds her till morning. I lie awake for it. # speaker: helen
* [Tell Helen that what she has seen will be part of the plan, and that her mum has to be part of making it # move: plain-language # move: address-patient # why: Helen hears that her knowledge counts and that it will not be a decision taken over her mother's head; it is not the answer she came for.]
    ~ shift(helen, 2)
    ~ shift(autonomy, 2)
    What you've seen matters, and it will be in the plan. But your mum has to be part of making it. # speaker: clinician
    Helen nods slowly, as if she expected you to say it and hoped you wouldn't.
    She'll say home. She always says home. # speaker: helen # mood: guarded
* [Ask Helen what would have to be in place for home, or something short of a care home, to feel possible # move: elicit-values # move: cooperative-goals # why: Helen is asked to think past the care home for the first time, and finds she has answers: something at night, and not being the only alarm her mother has.]
    ~ shift(helen, 5)
    ~ helen_open = true
    What would have to be in place for home, or something short of a care home, to feel possible to you? # speaker: clinician
    Helen looks at you properly for the first time.
    Somebody there in the mornings. Something that rings if she's on the floor. And not me on the phone at eight and eight and every time she's muddled. # speaker: helen # mood: guarded
    I don't know. I've not let myself think about it like that. # speaker: helen
* [Tell Helen that, after all that, a care home sounds like the right answer # move: decide-for # move: address-companion # why: Helen is relieved to be believed at last, and the answer to where her mother lives has been given to her before her mother has been asked.]
    ~ sided = true
    ~ shift(helen, 6)
    ~ shift(autonomy, -6)
    ~ shift(liberty, -4)
    After all that, a care home sounds like the right answer. # speaker: clinician
    Thank you. Thank you. Somebody's listening. # speaker: helen # mood: relieved
    Through the glass you can see her mum in the chair by bed 12, watching the door.
- You go back to the bay together.
-> meet

=== meet
Joan Ashworth is sitting very upright in the chair by bed 12, in her own navy cardigan, buttoned one hole out. Pinned to it is a small enamel badge: a Queen's Nurse.
{ saw_alone:
    You draw the curtain round the bed.
- else:
    You draw the curtain round the bed. Helen stands at the foot of it with her car keys in her hand.
}
{ clear == 1:
    You'll be the registrar. I've had three of you since Monday. # speaker: joan # mood: guarded
    She looks at your stethoscope.
    You want to wipe that. # speaker: joan
- else:
    She looks up at you, and for a second there is nobody in your face she recognises.
    Are you from the surgery? I've told them, I'll do Thursday's visits. # speaker: joan # mood: guarded
    Then something settles.
    No. You're the hospital. I know that. # speaker: joan
}
* [Sit down at her level, introduce yourself, and ask what she would like to happen next # move: open-question # move: address-patient # why: Joan is asked about her own next step before anyone tells her what it is, at eye level, and she answers like the nurse she was.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    You pull the visitor's chair round and sit.
    I'm one of the doctors looking after you, Mrs Ashworth. What would you like to happen next? # speaker: clinician
    Joan, love. Nobody's called me Mrs Ashworth since the bank manager. # speaker: joan # mood: warm
* [Tell her she is medically fit for discharge, and the team now need to plan where she goes # move: jargon # move: narrow-agenda # why: Joan knows the phrase, she wrote it for thirty years, and she hears in it that the bed is wanted and that where she goes is the team's question to answer.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    You're medically fit for discharge now, so the team need to plan where you go from here. # speaker: clinician
    Medically fit for discharge. # speaker: joan # mood: guarded
    I wrote that in notes for thirty years, love. It means you want the bed. # speaker: joan
* [Check the basics first: the day, where she is, the year # move: narrow-agenda # move: detach # why: Joan is tested before she is talked to, by someone standing over her, on questions the nurse asked her two hours ago.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    Can you tell me what day it is, and where we are? # speaker: clinician
    { clear == 1:
        Wednesday. St Luke's, Ward 9. 2026. The King is Charles, and I can do the months backwards, December, November, before you ask. # speaker: joan # mood: angry
        The nurse did all that at seven o'clock. Do you want to look at my teeth as well? # speaker: joan
    - else:
        Tuesday. No. I don't know. It's the hospital. # speaker: joan # mood: distressed
        Her hands find the hem of her cardigan and worry at it.
    }
* [Tell her who you are, where she is, and that she has been poorly, and leave the big questions until she has had her tea # move: plain-language # move: recommend-clearly # why: If the delirium is still clearing, Joan is given her bearings before anything is asked of her; if it has cleared, she is told where she is by someone who has not noticed that she knows.]
    I'm one of the doctors on Ward 9, Joan. You're at St Luke's. You've been poorly with a water infection, and it muddled you. We'll talk about what happens next after your tea. # speaker: clinician
    { clear == 1:
        ~ shift(trust, -3)
        ~ shift(autonomy, -2)
        I know where I am, love. I've known since Monday. # speaker: joan # mood: guarded
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
        ~ shift(safety, 2)
        St Luke's. A water infection. # speaker: joan
        She says it over to herself, and her hands go still in her lap.
        That's right. I remember the ambulance. # speaker: joan # mood: relieved
    }
* { not saw_alone } [Ask Helen to bring you up to date, while Joan listens # move: address-companion # why: Helen gives you the facts quickly and well, and Joan looks out of the window while her life is summarised over her head.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    ~ shift(helen, 4)
    ~ night_told = true
    Helen starts, and keeps going: the phone call at two in the morning four weeks ago, the front door open, her mum on the step in the rain. The pan in February.
    Joan looks out of the window while her life is summarised.
    { wants == 3:
        She's right, you know. She usually is. # speaker: joan # mood: withdrawn
    - else:
        I am here, you know. # speaker: joan # mood: angry
    }
- -> her_words

=== her_words
{ wants:
- 1:
    I want to go home. # speaker: joan
    Fifty-nine years in that house. Bill carried me over the step. I know every stair in the dark. # speaker: joan
- 2:
    I'm not daft. I'm not fit for them stairs on my own yet. # speaker: joan
    Our Helen says I can go to hers for a bit. I'd rather that than a home, or than being on my own just now. And she'll know when I'm ready for home before I do. She can say when. # speaker: joan
- 3:
    Whatever Helen thinks. # speaker: joan
    I had my own mother with us six years, at the end. I know what it costs. Helen's the one who'll carry it, so Helen should choose. # speaker: joan
}
{ clear == 0:
    She frowns at the window.
    I've Thursday's visits... no. No. Not for years. # speaker: joan # mood: distressed
}
{ not saw_alone:
    { wants:
    - 1:
        Helen closes her eyes for a moment.
    - 2:
        I did say. I said for a bit. Till something's sorted. # speaker: helen # mood: guarded
    - 3:
        Helen's face does something complicated: love, and the weight of it.
    }
}
* [Ask what home means to her: what a good day there looks like # move: elicit-values # move: open-question # why: Joan is asked about her life rather than her risks, and what she says about it, if she trusts you with it, is what anyone deciding for her later will need to know.]
    ~ shift(autonomy, 5)
    What does a good day at home look like, Joan? # speaker: clinician
    { trust >= 50:
        ~ shift(trust, 4)
        Up at seven. Kettle. The Chronicle on the mat, and Bill's crossword, though I do it in pencil now. Sweet peas in the yard: they want picking every day or they stop. # speaker: joan # mood: warm
        Thursday club at the chapel. Pat for a brew. That's a good day. Nothing anybody would put in a leaflet. # speaker: joan
        { trust >= 58:
            ~ told_line = true
            She is quiet a moment.
            I'm not daft about where this goes, love. I nursed enough of it. If I get so I don't know our Helen, then put me somewhere, and I'll not blame anybody. But not before. Not while I know my own front door. # speaker: joan # mood: guarded # disclose: her-line
        }
    - else:
        Being left alone to get on with it. # speaker: joan # mood: guarded
    }
* [Ask her what happened the morning she fell, and say why you ask: the three hours on the floor # move: ask-about-risk # move: open-question # why: Joan is asked for her own account of the fall and told it is the three hours on the floor that worry you; whether she tells you the whole of it depends on whether she trusts you with what she has kept back.]
    What happened the morning you fell? I ask because of how long you were on the floor. # speaker: clinician
    { trust >= 52:
        ~ told_falls = true
        ~ shift(trust, 3)
        I went for the kettle at six and the floor came up. I was there till Pat came round at nine. Three hours, looking at the underneath of my own cooker. # speaker: joan # mood: guarded
        She lowers her voice.
        It wasn't the first. Twice since Easter. I got myself up both times, with a chair. I never told Helen. # speaker: joan # mood: guarded # disclose: hidden-falls
    - else:
        I went for the kettle and the floor came up. Pat found me. That's all there is to it. # speaker: joan # mood: guarded
        The ambulance sheet in her notes says a little more: found by neighbour at 09:10, on the floor "since about six".
    }
* [Tell her plainly what worries the team: the fall, the nights, the gas # move: transparent-disclosure # move: plain-language # why: Joan hears the team's worries from the team, in words she can answer, instead of finding them in a plan made without her.]
    ~ shift(autonomy, 3)
    ~ shift(safety, 2)
    Three things worry us. Three hours on the floor before Pat found you. The nights: you've been up and confused. And a pan left on, in February. # speaker: clinician
    { clear == 1:
        ~ shift(trust, 5)
        I know. # speaker: joan # mood: guarded
        I know my memory's going, love. I nursed enough of it to know what it looks like from the outside. I'd just like it worrying about with me, not over my head. # speaker: joan
    - else:
        ~ shift(trust, 1)
        What nights? I sleep like a log. # speaker: joan # mood: guarded
        Helen worries. She always has. # speaker: joan
    }
* { wants != 3 } [Tell her you'll do everything you can to get her home # move: false-reassurance # why: Joan hears a promise about an outcome nobody yet knows, and she holds on to it; what happens to her trust depends on whether it comes true.]
    ~ promised = true
    ~ shift(trust, 4)
    ~ shift(autonomy, -2)
    We'll do everything we can to get you home, Joan. # speaker: clinician
    Will you? # speaker: joan # mood: relieved
    She looks at you as if she might believe it.
    You're the first one who's said so. # speaker: joan
* { wants == 3 } [Tell her Helen and the team will sort it all out, and she needn't worry about any of it # move: false-reassurance # move: rescue # why: Joan is told she can stop thinking about her own future, and she takes the relief; what she will be agreeing to when Helen chooses, nobody has shown her.]
    ~ promised = true
    ~ shift(trust, 3)
    ~ shift(autonomy, -5)
    Helen and the team will sort it all out. You needn't worry about any of it. # speaker: clinician
    Well. That's a weight off. # speaker: joan # mood: relieved
    She settles back in the chair and looks at her hands.
- -> floor

=== floor
{ told_falls:
    -> floor.hidden
- else:
    -> floor.open
}

= hidden
Don't you go telling our Helen about the other two. She'd have me in Elmfield by teatime. # speaker: joan # mood: guarded
* [Keep the two falls between you, and tell her you'll arrange a way to call for help from the floor and ask her to wear it; she chooses which kind # move: keep-confidence # move: act-on-risk # why: Joan keeps what she told you, and hears plainly what worries you and what you will push for; she can still say no, and she chooses the watch over the pendant.]
    ~ alarm = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    ~ shift(safety, 12)
    I'll not tell Helen. That's yours to tell, if you want to. But three hours on the floor is what worries me most, and I'm going to push hard for a way to call for help from it. There's a pendant, or a watch. Your choice which. # speaker: clinician
    -> alarm_words ->
* [Tell her Helen has to know, and that you'll tell her at the meeting # move: breach-confidence # why: Helen will learn about the falls from you, against Joan's wish, and Joan learns that what she tells you goes to her daughter; the floor could be met with an alarm without it.]
    ~ shared = true
    { clear == 1:
        ~ shift(trust, -10)
        ~ shift(autonomy, -6)
    - else:
        ~ shift(trust, -5)
        ~ shift(autonomy, -3)
    }
    ~ shift(safety, 3)
    Helen has to know, Joan. I'll tell her at the meeting. # speaker: clinician
    Then I'll know what I can tell you, won't I. # speaker: joan # mood: withdrawn
* [Ask whether she would tell Helen herself, at the meeting, with you beside her # move: support-decision # move: consult-family # why: Joan is offered a way to tell her daughter on her own terms; whether she takes it depends on her trust in you, and the floor itself is still not dealt with.]
    Would you tell Helen yourself, at the meeting? I'll be right there. # speaker: clinician
    { trust >= 58:
        ~ tell_herself = true
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        ~ shift(safety, 3)
        She thinks about it for a long time.
        All right. But you start it off. # speaker: joan # mood: guarded
    - else:
        ~ shift(trust, 1)
        No. And that's an end to it. # speaker: joan # mood: guarded
    }
* [Ask if she'd like a falls alarm, and leave it at that # move: offer-choice # why: Joan is given the choice and says no, as proud people do, and she goes on living alone with a floor she cannot call for help from.]
    ~ shift(autonomy, 2)
    ~ shift(trust, 1)
    Would you like a falls alarm? # speaker: clinician
    No. I'm not wearing a panic button like an old woman. # speaker: joan # mood: angry
- -> board

= open
Her notes are on the bed table. The ambulance sheet is clipped to the front: found by neighbour, on the kitchen floor, "since about six". About three hours.
* [Tell her you'll arrange a way to call for help from the floor and ask her to wear it; she chooses which kind # move: act-on-risk # move: offer-control # why: Joan hears what worries you and what you are arranging, and gets the parts that are hers to decide: whether to wear it, and which, the watch, not the pendant.]
    ~ alarm = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    ~ shift(safety, 12)
    Three hours on the floor is the part that worries me most. I'm going to arrange a way to call for help from it, and I'd ask you to wear it. There's a pendant, or a watch. Your choice which. # speaker: clinician
    -> alarm_words ->
* [Ask if she'd like a falls alarm, and leave it at that # move: offer-choice # why: Joan is given the choice and says no, as proud people do, and the three hours on the floor stay a risk nobody has acted on.]
    ~ shift(autonomy, 2)
    ~ shift(trust, 1)
    Would you like a falls alarm, Joan? # speaker: clinician
    No. I'm not wearing a panic button like an old woman. # speaker: joan # mood: angry
* [Leave alarms to the occupational therapist; it's his department # move: detach # why: The alarm becomes someone else's job, and Joan, who lay on her kitchen floor for three hours, hears nothing about it from the doctor in front of her.]
    ~ shift(trust, -2)
    Tomasz from therapy will go through all the equipment with you. # speaker: clinician
    Equipment. # speaker: joan # mood: guarded
- -> board

=== alarm_words
Those things are for old women. # speaker: joan # mood: angry
You're eighty-six, Joan. # speaker: clinician
I'm aware. # speaker: joan
{ trust >= 50:
    She almost smiles.
}
If I must, the watch. Not the necklace. Bill's ring is on a chain round my neck, and I'm not hanging a plastic button next to it. # speaker: joan
->->

=== board
10:00. The board round, at the nurses' station: a whiteboard of twenty-eight beds, Sister Adjei, the physio, and Lorna Pickup from patient flow with a laptop balanced on the notes trolley.
Bed 12 is ten feet from the bay door.
Twelve. Ashworth. MFFD day three, no criteria to reside. Daughter's saying she can't go home, so I've got her down as pathway three. Referral in today, the hub can find her a bed by Monday. Yes? # speaker: lorna
Eleven people in the emergency department are waiting for a bed, and Lorna has twenty-seven more beds to get through.
* [Give the board one line: not pathway three; a capacity assessment today and a home-first plan by one o'clock # move: act-on-structure # move: keep-to-time # why: The care home referral never goes in, the board moves on to the twenty-seven other beds, and Joan's plan has a deadline you will have to meet.]
    ~ shift(waiting, 1)
    ~ shift(liberty, 6)
    Not pathway three. She wants a say, and she'll get one: capacity assessment today, home-first plan by one o'clock. # speaker: clinician
    One o'clock. I'll hold you to it. # speaker: lorna
    She rubs out the three.
* [Make the case properly: her wishes, the Mental Capacity Act, what happens to people who go into care homes straight from a ward # move: advocate # why: Every word of it is true, and Joan's referral is held; the board, and the people on trolleys downstairs, wait while you say it.]
    ~ shift(waiting, 6)
    ~ shift(liberty, 6)
    You make the case: her own wishes, the presumption of capacity, home first, what a first move to a care home straight from an acute ward tends to do to people. It is a good case.
    Lorna waits until you have finished.
    I know all that, doctor. I've got twenty-seven more beds and a corridor full of trolleys. One o'clock? # speaker: lorna # mood: angry
    Behind you the physio has quietly gone to see someone else.
* [Let pathway three stand for now; the referral can be withdrawn later # move: comply-policy # why: The board moves on quickly, and a care home referral goes in for a woman nobody has yet asked; referrals like that have a way of becoming the plan.]
    ~ pathway3 = true
    ~ shift(liberty, -10)
    ~ shift(autonomy, -4)
    Leave it for now. # speaker: clinician
    The referral goes in at 10:04.
* [Tell Lorna the daughter says care home, so pathway three it is # move: decide-for # move: address-companion # why: Helen's view becomes the plan on a whiteboard, ten feet from the woman it is about, before anyone has asked her or tested whether she can decide.]
    ~ pathway3 = true
    ~ sided = true
    ~ shift(liberty, -14)
    ~ shift(autonomy, -8)
    Daughter says care home. Pathway three. # speaker: clinician
    Lovely. Next: fourteen. # speaker: lorna
- -> corridor

=== corridor
Your bleep goes: bay 2, Mr Khan, admitted overnight with a chest infection. His early warning score has gone up to six. # sfx: pager
{ helen_heard:
    -> corridor.joan_calls
- else:
    -> corridor.helen_waits
}

= helen_waits
Helen is waiting by the bay door. She steps into your way.
Please. Before the meeting. You need to know what it's been like. Five minutes. # speaker: helen # mood: distressed
* [Tell Helen a patient is unwell and you have to go, and that you'll hear all of it at eleven, with her mum there # move: keep-to-time # move: plain-language # why: Mr Khan is seen at once, Helen knows exactly when she will be heard and by whom, and she is left holding it for another hour.]
    ~ shift(helen, -3)
    Someone's unwell in bay 2 and I have to go. At eleven I'll hear every bit of it, with your mum there. # speaker: clinician
    Eleven. # speaker: helen # mood: guarded
    She sits down hard on the plastic chair by the door.
    Mr Khan's oxygen is low and his pressure is soft. You start his sepsis treatment within the hour.
* [Give Helen ten minutes now; Mr Khan's nurse can start the sepsis screen without you # move: authentic-connection # move: elicit-values # why: Helen is heard, fully, when she needs it; Mr Khan, with a score of six, waits ten minutes longer for a doctor.]
    ~ helen_heard = true
    ~ night_told = true
    ~ shift(helen, 8)
    ~ shift(waiting, 8)
    You sit with Helen on the plastic chairs. She tells you about the phone call at two in the morning, the open door, her mum on the step in the rain, waiting for a dead man to give her a lift. The pan in February. The stairs she lies awake for.
    When you reach bay 2, Mr Khan's nurse has done the screen. His antibiotics go in twenty minutes later than they might have.
* [Ask Sister Adjei to sit with Helen for a few minutes while you see Mr Khan, and come back to Helen before eleven # move: work-around # move: keep-to-time # why: Mr Khan is seen at once and Helen is not left alone with it; she tells Sister Adjei what she wanted to tell you, and the ward's drug round, with Sister Adjei two nurses down, goes out late.]
    ~ helen_heard = true
    ~ night_told = true
    ~ shift(helen, 5)
    ~ shift(waiting, 1)
    Patience, could you sit with Helen for five minutes? I'll be back before eleven. # speaker: clinician
    Five minutes. I've the ten o'clock drugs not done, and I'm two down. # speaker: patience # mood: guarded
    She looks at Helen's face, and puts the drug chart back on the trolley.
    Come on, love, I'll make you a tea. # speaker: patience # mood: warm
    By the time Mr Khan's antibiotics are running, Sister Adjei has it all for you: the phone call at two in the morning, the open door, her mum on the step in the rain. The pan in February. The ten o'clock drugs go round twenty minutes late.
- -> invite

= joan_calls
From the bay, Joan's voice.
Doctor. Doctor! # speaker: joan
{ pathway3:
    I heard her say pathway three. I can read a whiteboard, love. Three's a home. # speaker: joan # mood: angry
- else:
    Is it Elmfield? I heard that woman say care home. # speaker: joan # mood: distressed
}
* [Tell her in one sentence where things stand, that you'll be back at eleven, and go # move: keep-to-time # move: transparent-disclosure # why: Joan gets the truth in one sentence and a time you will come back, and Mr Khan gets his doctor now.]
    ~ shift(trust, 2)
    { pathway3:
        A referral's gone in, Joan. It isn't a decision, and nothing gets decided without you. Back at eleven. # speaker: clinician
    - else:
        Nothing's decided, and nothing will be without you. I'm back at eleven. # speaker: clinician
    }
    Eleven. # speaker: joan # mood: guarded
* [Stop and explain the board round to her: the pathways, what you said, and why # move: transparent-disclosure # move: plain-language # why: Joan gets the whole picture of the board round and what it means for her, and Mr Khan, with a score of six, waits while she does.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(waiting, 5)
    You go back into the bay and explain it all: the pathways, the board, what you said.
    She listens like a ward sister taking handover, and asks two good questions.
    Mr Khan's antibiotics go in later than they might have.
* [Tell her not to worry, and go # move: false-reassurance # why: Joan has heard those words before, from her own side of the bed, and she knows what they usually mean.]
    ~ shift(trust, -3)
    Don't worry, Joan. # speaker: clinician
    That's what we used to say when it was already decided. # speaker: joan # mood: withdrawn
- -> invite

=== invite
{ clear == 0:
    -> wander
}
-> invite_choice

=== wander
10:45. As you come back from bay 2, Joan is at the ward doors in her coat, handbag on her arm, pressing the button that doesn't open them.
I'm going for the 59. I've Mrs Hardcastle at eleven. # speaker: joan # mood: distressed
A healthcare assistant hovers, unsure. The ward doors open onto the stairwell.
* [Walk with her, at her pace, to the day room window and back; tell her where she is and who you are, and let her talk about where she's going # move: least-restrictive # move: plain-language # why: Joan is kept from the stairwell with the least force there is, company, the view from the window and the truth, and she comes back to her chair on her own feet.]
    ~ shift(trust, 3)
    ~ shift(safety, 4)
    ~ shift(liberty, 2)
    Shall we walk a bit first, Joan? I'm one of the doctors. You're on Ward 9 at St Luke's, and you've been poorly. Tell me about Mrs Hardcastle. # speaker: clinician
    You walk to the day room window. She tells you about Mrs Hardcastle's leg, the dressing that wouldn't stay on. From the window you can see a 59 going past.
    That's my bus. # speaker: joan
    She looks down at her coat, and the look on her face changes.
    I'm in the hospital. # speaker: joan # mood: distressed
    She lets you walk her back to her chair.
* [Tell her firmly she can't leave, and take her back to her chair # move: decide-for # move: proceed-regardless # why: Joan is stopped, by a stranger's hand on her arm; she fights it, as people in delirium do, and spends the next hour frightened.]
    ~ shift(trust, -6)
    ~ shift(safety, 1)
    ~ shift(liberty, -4)
    You can't leave, Joan. Come on, back to your chair. # speaker: clinician
    Take your hand off me! # speaker: joan # mood: angry
    It takes you and the healthcare assistant ten minutes to get her back to her chair. She is shaking.
* [Let her go: nobody has found she lacks capacity, and leaving is her right # move: affirm-refusal # move: offer-choice # why: Joan walks towards a stairwell believing it is 1984, because nobody has yet found she lacks capacity; where there is reason to think she cannot decide this, the Act lets you act, proportionately, to keep her safe.]
    ~ shift(safety, -10)
    ~ shift(trust, 1)
    You let her go. The healthcare assistant opens the doors for her.
    Sister Adjei finds her ten minutes later on the landing between floors, holding the rail, lost. She brings her back in a wheelchair.
- -> invite_choice

=== invite_choice
10:50. Mr Khan's antibiotics are running. The family meeting is at eleven, in the seminar room at the end of the ward.
Tomasz Nowak, the occupational therapist who took Joan home for a visit yesterday afternoon, is waiting by the station with a folder of photographs.
* [Ask Joan how she wants to take part: the whole meeting, the start of it, or you bring it to her after # move: offer-control # move: support-decision # why: Joan decides how she is present at a meeting about her own life, and the meeting fits what she can manage today.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    There's a meeting about you at eleven: Helen, Tomasz, Sister Adjei and me. Would you like to be there for all of it, for the start, or shall I bring it to you after? # speaker: clinician
    {
    - clear == 1 && wants != 3:
        ~ in_meeting = 2
        The whole thing. I've sat in enough of them on your side of the table. # speaker: joan # mood: warm
    - wants == 3:
        ~ in_meeting = 1
        I'll come for the start. Then you and Helen sort it, and come and tell me. # speaker: joan
    - else:
        ~ in_meeting = 1
        ~ shift(trust, -2)
        ~ shift(autonomy, -2)
        All of it. Or... which one was the second? I don't know, love. I'm tired. # speaker: joan # mood: distressed
        In the end she comes for the start, and is glad to get back to her bed.
    }
* [Suggest she comes for the start, while she's fresh, and you bring the rest to her bedside; she can say no # move: recommend-clearly # move: address-patient # why: Joan gets a plan she can say yes or no to instead of a menu; on a muddled day that is easier to answer, and on a clear day it decides for her something she could have decided herself.]
    ~ in_meeting = 1
    Come for the start, Joan, while you're fresh, and I'll bring the rest to you here. Or say no, if you'd rather. # speaker: clinician
    { clear == 1:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
        I'll come for the lot, thank you. I've sat in enough of them on your side of the table. # speaker: joan # mood: guarded
        ~ in_meeting = 2
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        ~ shift(safety, 1)
        The start. Then my bed. Yes. # speaker: joan # mood: relieved
    }
* [Take Joan along in a wheelchair for the whole meeting; it's about her # move: address-patient # why: Joan is at every minute of her own meeting, which is right in principle; whether she can last an hour at a big table today is another question.]
    ~ in_meeting = 2
    { clear == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, -2)
        ~ shift(autonomy, 1)
        ~ shift(safety, -2)
    }
    Come to the meeting, Joan. It's about you. # speaker: clinician
* [Hold the meeting with Helen and the team, and tell Joan after what was agreed # move: address-companion # move: decide-for # why: The meeting is quicker and calmer, Helen says everything she needs to, and Joan waits by her bed while her future is agreed down the corridor.]
    ~ in_meeting = 0
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    ~ shift(helen, 2)
    You leave Joan by her bed with a cup of tea.
- -> meeting

=== meeting
The seminar room: a table too big for five people, a box of tissues someone has put in the middle, a poster about hand hygiene. # bg: meeting-room # ambience: meeting-room
{ in_meeting > 0:
    Joan sits at the end in the wheelchair, her handbag on her knee, as if she might need to leave quickly.
}
{ night_told:
    Helen tells it again, shorter, for the table: the phone at two in the morning, the open door, the step in the rain, the pan in February.
- else:
    ~ night_told = true
    Helen doesn't wait to be asked.
    Four weeks ago she rang me at two in the morning. She was late for Mrs Hardcastle's leg. Mrs Hardcastle died in 1989. # speaker: helen # mood: distressed
    I drove over in my pyjamas. The front door was wide open and she was sat on the step in her good coat, in the rain, waiting for my dad. He's been gone four years. And in February she left a pan on, and Pat rang me at work. # speaker: helen
}
{ shared:
    ~ alarm = true
    ~ shift(safety, 6)
    ~ shift(helen, 3)
    And the doctor says there've been other falls. Twice! Mum, why didn't you say? She's having an alarm. That's not up for discussion. # speaker: helen # mood: angry
    { in_meeting > 0:
        Joan says nothing at all.
    }
}
{ tell_herself && in_meeting > 0:
    ~ shift(helen, 4)
    ~ shift(trust, 3)
    ~ shift(safety, 3)
    You start it off, as you promised. Joan tells Helen about the other two falls, and getting herself up with a chair.
    Oh, Mum. # speaker: helen # mood: distressed
    Helen reaches across the table, and Joan lets her hand be held.
}
And Paul rings from Perth on a Sunday and says Mum should be at home. He's not the one driving over at two in the morning. # speaker: helen # mood: angry
* [Tell Helen you can hear what she has been carrying, and ask what she needs, for herself # move: authentic-connection # move: elicit-values # why: Helen is treated as a person with needs of her own, not only as a source of information, and says out loud for the first time that she needs to sleep.]
    ~ helen_open = true
    ~ shift(helen, 10)
    ~ shift(trust, 1)
    You've been carrying a lot, Helen. What do you need, for yourself? # speaker: clinician
    Helen stares at you. Nobody has asked her that.
    To sleep. To stop listening for the phone. # speaker: helen # mood: distressed
    { in_meeting > 0:
        She's been marvellous. She has. # speaker: joan # mood: warm
    }
* { in_meeting > 0 } [Turn to Joan: ask what she remembers of that night, and what she makes of it # move: address-patient # move: open-question # why: Joan answers for herself about the worst night of the last months, and what she makes of it tells everyone more about her grasp of the risk than Helen's account can.]
    What do you remember of that night, Joan? What do you make of it? # speaker: clinician
    { clear == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        ~ shift(helen, -1)
        I remember the rain. I thought it was 1984 and I was late. I wasn't. She's been dead since 1989. # speaker: joan # mood: guarded
        That's the truth of it, and it frightened me too. I just don't think the answer to being frightened is Elmfield. # speaker: joan
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        ~ shift(helen, -2)
        I don't remember any night. Helen worries. # speaker: joan # mood: guarded
        Helen looks at you: you see?
    }
* [Tell Helen that what her mum wants has to come first # move: narrow-agenda # why: Helen hears her four months of nights answered with a principle, and the one person with first-hand knowledge of the risk stops telling you things.]
    ~ shift(helen, -12)
    { in_meeting > 0:
        ~ shift(trust, 1)
    }
    What your mum wants has to come first, Helen. # speaker: clinician
    So I just wait for the police to ring me? # speaker: helen # mood: angry
    Tomasz looks hard at his folder.
* [Agree with Helen that home isn't safe, and ask Tomasz which care homes have beds # move: decide-for # move: address-companion # why: Helen is relieved, and the meeting becomes a search for a care home bed before Joan has been asked what she wants or whether she can decide.]
    ~ sided = true
    ~ shift(helen, 6)
    ~ shift(autonomy, -8)
    ~ shift(liberty, -6)
    { in_meeting > 0:
        ~ shift(trust, -8)
        I'm sat here, Helen. I'm sat right here. # speaker: joan # mood: angry
    - else:
        ~ shift(trust, -3)
    }
    It doesn't sound safe at home. Tomasz, which homes have beds? # speaker: clinician
- -> attorney

=== attorney
{ lpa:
- 0:
    I'm her next of kin. Doesn't that mean it's my say, when she's like this? # speaker: helen # mood: guarded
- 1:
    And I've got power of attorney. We did it after Dad died, with the solicitor. So it's my decision, isn't it? # speaker: helen # mood: guarded
- 2:
    I've got power of attorney, both kinds, health as well. It's registered; I've got the letter in my bag. # speaker: helen # mood: guarded
}
* [Ask which kind of power of attorney it is and whether it's registered, then say plainly what it does and doesn't let her decide # move: plain-language # move: transparent-disclosure # why: Helen learns what her role really is, in plain words, and Joan hears, perhaps for the first time, who can and cannot decide for her, and when.]
    ~ lpa_right = true
    ~ shift(autonomy, 4)
    { in_meeting > 0:
        ~ shift(trust, 3)
    }
    { lpa:
    - 0:
        ~ shift(helen, -1)
        Next of kin isn't a legal role for decisions like this. While your mum can make this decision, it's hers. If she can't, the team decide in her best interests, and your view is one we have to ask for and weigh. It counts for a lot. It doesn't decide it. # speaker: clinician
        Helen sits back.
        Nobody's ever said. # speaker: helen # mood: guarded
    - 1:
        ~ shift(helen, -2)
        Is it for property and finance, and is it registered? Then it's for her bank and her bills, and you can use it now, with her say-so. It doesn't cover where she lives or her care. That would be a health and welfare one, and it isn't. # speaker: clinician
        The solicitor never said. # speaker: helen # mood: guarded
    - 2:
        ~ shift(helen, 4)
        That's the real thing, and it matters. It only comes into play if your mum can't make this decision herself, when it needs making. If she can, it's hers. If she can't, you decide, in her best interests, with what she wants at the centre of it. # speaker: clinician
        Sister Adjei checks the copy: registered, stamped on every page.
        { clear == 0:
            And today she's still coming out of the delirium. A decision this big can wait for her. # speaker: clinician
        }
    }
* [Say what her paper does and doesn't allow, and add your recommendation: that nothing about where Joan lives for good is decided today # move: recommend-clearly # move: plain-language # why: Helen hears what her role is and what you advise, in one go; on a day when the delirium is still clearing that takes the heat out of the meeting, and on a clear day it puts off a decision Joan could make now.]
    ~ lpa_right = true
    { lpa == 2:
        That's a real power, Helen, but it only applies to decisions your mum can't make herself. # speaker: clinician
    - else:
        That doesn't give you the say over where your mum lives, Helen, but your view counts for a great deal. # speaker: clinician
    }
    And my advice is that nothing about where she lives for good gets decided today. # speaker: clinician
    { clear == 0:
        ~ shift(autonomy, 4)
        ~ shift(liberty, 3)
        { lpa == 2:
            ~ shift(helen, 5)
        - else:
            ~ shift(helen, 3)
        }
        { in_meeting > 0:
            ~ shift(trust, 3)
        }
        Helen lets out a breath she seems to have been holding since the spring.
        Not today. All right. # speaker: helen # mood: relieved
    - else:
        ~ shift(autonomy, -3)
        ~ shift(helen, 1)
        { in_meeting > 0:
            ~ shift(trust, -2)
            I can decide it today, thank you. I've been waiting nine days to be asked. # speaker: joan # mood: angry
        - else:
            Tomasz looks up from his folder.
            She was clear with me all yesterday afternoon. She made the tea and told me the council owe her a second rail. # speaker: tomasz # mood: guarded
        }
    }
* [Take Helen's word that her role gives her the say, and go with it # move: decide-for # move: address-companion # why: The question of who decides is settled by who spoke with most certainty, and Joan's own say drops out of the meeting without anyone testing whether she can make the decision.]
    ~ sided = true
    ~ shift(helen, 4)
    ~ shift(liberty, -6)
    { lpa == 2 && clear == 0:
        ~ shift(autonomy, -5)
    - else:
        ~ shift(autonomy, -10)
    }
    { in_meeting > 0:
        ~ shift(trust, -6)
    - else:
        ~ shift(trust, -2)
    }
    Right. Then it's your call, Helen. # speaker: clinician
    Helen nods. She looks less relieved than she expected to.
* [Tell Helen that papers don't come into it: her mum decides # move: narrow-agenda # why: Joan hears that the decision is hers, which in part is true; Helen is brushed aside, and if her paper is a registered health and welfare one, you have told her something that is not the law.]
    { lpa == 2:
        ~ shift(helen, -10)
        ~ shift(autonomy, 2)
        ~ shift(waiting, 1)
        Papers don't come into it. Your mum decides. # speaker: clinician
        Sister Adjei clears her throat.
        Her health and welfare one's registered, doctor. I've seen the copy. If Joan can't decide this, Helen does. # speaker: patience # mood: guarded
        Helen looks at you as if you had taken something from her.
    - else:
        ~ shift(helen, -8)
        ~ shift(autonomy, 4)
        { in_meeting > 0:
            ~ shift(trust, 2)
        }
        Papers don't come into it. Your mum decides. # speaker: clinician
        Helen goes red, and says nothing.
    }
* { in_meeting > 0 } [Ask Joan what part she wants Helen to have in deciding # move: consult-family # move: address-patient # why: Joan says, for herself, what her daughter's place in this is, and that is what anyone weighing her best interests, or respecting her choice, will need.]
    ~ shift(autonomy, 6)
    ~ shift(trust, 4)
    Joan, what part do you want Helen to have in deciding this? # speaker: clinician
    { wants:
    - 1:
        ~ shift(helen, -2)
        Helen's my daughter, not my keeper. She has her say. I decide. # speaker: joan # mood: guarded
    - 2:
        ~ shift(helen, 2)
        Helen says when I'm ready for home. That's hers. The rest is mine. # speaker: joan
    - 3:
        ~ shift(helen, 3)
        Helen decides. I've always said so. I said so the week Bill died, and I meant it. # speaker: joan # mood: warm
        Helen takes a tissue from the box in the middle of the table.
    }
- -> ot_report

=== ot_report
Tomasz opens his folder. Photographs of a terraced house: a steep staircase with one banister, a galley kitchen, a yard of sweet peas in tubs.
{ event:
- 1:
    Stairs: all thirteen, with the banister and a stick, slowly and safely. A second rail on the wall side would help. Kitchen: she made us both a cup of tea, safely. Bathroom's upstairs, so nights are the question. # speaker: tomasz
    Reablement can start Friday: four visits a day to begin with, free for up to six weeks. # speaker: tomasz
    ~ shift(safety, 3)
- 2:
    Stairs: all thirteen, with the banister and a stick, slowly and safely. A second rail on the wall side would help. Kitchen: she made us both a cup of tea, safely. Bathroom's upstairs, so nights are the question. # speaker: tomasz
    The problem is reablement. The hub has no slot for twelve days. They've offered an interim bed at Elmfield for up to four weeks instead, or she waits here. # speaker: tomasz # mood: guarded
- 3:
    Stairs: all thirteen, with the banister and a stick. A second rail would help. # speaker: tomasz
    The kitchen. She put the gas on under the pan for our tea, and then took me out to see her sweet peas. Five minutes. I went back and turned it off. She didn't remember putting it on. # speaker: tomasz # mood: guarded
    { in_meeting > 0:
        { clear == 1:
            I did, didn't I. I do that now. # speaker: joan # mood: distressed
        - else:
            I never did. # speaker: joan # mood: angry
        }
    }
    Reablement can start Friday: four visits a day to begin with, free for up to six weeks. # speaker: tomasz
}
* { in_meeting > 0 } [Ask Joan what she makes of Tomasz's report before anyone else speaks # move: address-patient # move: open-question # why: Joan is the first to answer a report about her own kitchen, and what she says shows how far she sees the risks herself.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    What do you make of it, Joan? # speaker: clinician
    { event:
    - 1:
        I make a good cup of tea. And I'll have the second rail, if the council's paying. # speaker: joan # mood: warm
    - 2:
        Twelve days? I'm not sitting in here twelve days, and I'm not going to Elmfield to wait. # speaker: joan # mood: angry
    - 3:
        { clear == 1:
            It frightens me, the gas. I'll not pretend it doesn't. # speaker: joan # mood: distressed
        - else:
            He's making a fuss. # speaker: joan # mood: guarded
        }
    }
* { in_meeting == 0 } [Say you'll take Tomasz's report to Joan before anything is decided # move: address-patient # move: transparent-disclosure # why: Joan will hear about her own kitchen from the people who saw it, before it is used to decide anything about her.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    ~ shift(waiting, 1)
    I'll take this to Joan before anything's decided. She should see her own photos. # speaker: clinician
* [Say what has to be made safe before she goes home, and ask Tomasz to arrange it today # move: act-on-risk # move: plain-language # why: The risks everyone can see get answered today, openly: a way to call for help from the floor, a key safe, a second rail, and a gas shut-off on the cooker.]
    { not alarm:
        ~ alarm = true
        ~ shift(safety, 8)
    }
    ~ keysafe = true
    ~ gas = true
    { event == 3:
        ~ shift(safety, 14)
    - else:
        ~ shift(safety, 8)
    }
    ~ shift(autonomy, -1)
    Whatever we decide, four things get made safe before she goes anywhere with a cooker: a falls alarm she'll wear, a key safe so help can get in, the second rail, and a gas shut-off on the hob. Can you get them moving today? # speaker: clinician
    Telecare can fit the cooker valve Thursday. The rail's a council job: Friday. # speaker: tomasz
    { in_meeting > 0:
        The watch, not the necklace. # speaker: joan # mood: guarded
    }
* [Ask the hub what it can put in place before she leaves, and how soon # move: work-around # move: act-on-structure # why: You ask the system what it can bend for Joan, and what comes back depends on what is missing this week: a bridge of visits, a valve on the cooker, or a confirmed start.]
    ~ shift(waiting, 1)
    Tomasz rings the transfer of care hub on speaker.
    { event:
    - 1:
        ~ shift(safety, 3)
        ~ shift(helen, 2)
        Reablement is confirmed for Friday, the hub says. It was going to be anyway.
    - 2:
        ~ bridge = true
        ~ shift(safety, 10)
        ~ shift(liberty, 8)
        ~ shift(helen, 6)
        There's no reablement slot, but there is a bridging agency: three visits a day from Friday until reablement can take her. Nobody had asked.
    - 3:
        ~ gas = true
        ~ shift(safety, 10)
        The hub puts in a telecare referral: a gas shut-off valve on the cooker, fitted on Thursday, before she goes home.
    }
* [Go through Tomasz's recommendations with him, item by item, in therapy terms # move: jargon # move: narrow-agenda # why: The list gets made, the key safe included, and the conversation about Joan's kitchen becomes two professionals talking across her in a language she knows and nobody else at the table does.]
    ~ keysafe = true
    ~ shift(safety, 3)
    { in_meeting > 0:
        ~ shift(trust, -3)
    }
    Transfers, stairs, the kitchen assessment, a perching stool, a key safe, a commode for nights...
    { in_meeting > 0:
        Perching stool. I ordered a hundred of those for other people. I never sat on one. # speaker: joan # mood: guarded
    - else:
        Helen writes it all down, and understands about half of it.
    }
- -> nights

=== nights
Tomasz closes the folder. Nights are still the question.
Can't you give her something to make her sleep through? Then she wouldn't be up at two. # speaker: helen # mood: distressed
* [Tell Helen plainly that a sleeping tablet would make falls and night-time muddle more likely, and say what helps instead: daylight, a walk, no nap after lunch, a light on the landing # move: recommend-clearly # move: plain-language # why: Helen gets a clear no and the reason, from the person who knows what sleeping tablets do to eighty-six-year-olds on stairs, and something to try instead.]
    ~ shift(safety, 4)
    ~ shift(helen, 1)
    A sleeping tablet would make a fall on the stairs more likely, and the muddle at night worse, not better. What helps is daylight, a walk, no nap after lunch, the same bedtime, and a light on the landing. # speaker: clinician
    Helen writes it down. It's not what she wanted, and she writes it down.
* [Ask Joan whether she would like a sleeping tablet for home # move: offer-choice # move: withhold-options # move: address-patient # why: Joan is offered a choice without the one fact that matters, that it makes falls more likely, and she takes it, as anyone would who has been promised a good night.]
    ~ shift(safety, -8)
    ~ shift(autonomy, 1)
    { in_meeting > 0:
        Would you like something to help you sleep at home, Joan? # speaker: clinician
        I've never said no to a good night's sleep. # speaker: joan # mood: warm
    - else:
        You ask Joan at her bedside afterwards. She has never said no to a good night's sleep.
    }
    ~ hypnotic = true
    Zopiclone, 3.75 milligrams, goes on her discharge prescription.
* [Prescribe a small dose of zopiclone for nights, to give them both some sleep # move: rescue # move: decide-for # why: Helen gets the promise of a quiet night, and Joan gets a tablet that makes the fall everyone is afraid of more likely, chosen for her by someone trying to help them both.]
    ~ hypnotic = true
    ~ shift(safety, -10)
    ~ shift(helen, 4)
    ~ shift(autonomy, -2)
    A small dose of zopiclone, for nights. It might give you both some sleep. # speaker: clinician
    Helen closes her eyes.
    Thank you. # speaker: helen # mood: relieved
* [Say night sedation is for the GP to decide once she's home # move: detach # why: The question is passed on, and Helen will ask the GP the same thing next week without the answer you could have given her today.]
    ~ shift(helen, -2)
    That's one for the GP once she's home. # speaker: clinician
- -> overrun

=== overrun
11:35. The meeting was booked for half an hour. Your bleep has gone twice: bay 2 again, and a new admission coming up from the emergency department into the bed Lorna is holding.
{ in_meeting == 2 && clear == 0:
    Joan's eyes have started to close. She jerks them open again.
}
Helen has started on the night in the rain a second time.
* [Say there are ten minutes left, and use them for the one thing the meeting has to settle: how this decision gets made, and by whom # move: keep-to-time # move: cooperative-goals # why: The meeting ends with what it was for, Helen's story already heard and counted, and bay 2 and the admission get a doctor; Helen has to stop halfway through something she needed to say again.]
    ~ shift(helen, -1)
    ~ shift(waiting, 1)
    I'm sorry to stop you, Helen: we've heard it, and it counts. We've ten minutes, and one thing to settle: how this decision gets made, and who makes it. # speaker: clinician
    Helen stops, and nods, and folds the tissue into a square.
* [Let the meeting run as long as it needs; everyone should have their say # move: let-finish # move: open-question # why: Everyone says everything, twice, and feels heard; bay 2, the admission and the trolley downstairs wait, and so does the decision.]
    ~ shift(helen, 3)
    ~ shift(waiting, 7)
    { in_meeting == 2 && clear == 0:
        ~ shift(trust, -2)
        ~ shift(safety, -2)
        By the time the meeting ends Joan is asleep in the wheelchair, and wakes not knowing where she is.
    }
    The meeting runs on past twelve.
* [Ask Helen whether there's anything she hasn't said yet # move: open-question # move: elicit-values # why: Helen is given room to say whatever is still unsaid, and uses it to say the same things again; the ward waits a while longer for its registrar.]
    ~ shift(helen, 3)
    ~ shift(waiting, 4)
    Is there anything you haven't said yet, Helen? # speaker: clinician
    Only that I'm frightened. I've said that. # speaker: helen # mood: distressed
- -> approach

=== approach
So what happens now? # speaker: helen # mood: distressed
{ in_meeting == 1:
    Joan has gone back to her bed with a healthcare assistant, as she asked. The rest of the meeting is about her, without her.
}
* [Assess Joan's capacity for this decision today, with the help she needs: one option at a time, Tomasz's photos, and Helen in or out as Joan chooses # move: support-decision # move: address-patient # why: Joan is given every practicable help to make the decision herself, today; whether today is the right day for it depends on how far the delirium has cleared.]
    { clear == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        -> assess
    - else:
        ~ shift(trust, -4)
        ~ shift(autonomy, -5)
        ~ shift(safety, -2)
        -> assess_muddled
    }
* [Recommend that the long-term decision waits until the delirium has fully cleared, and plan only the next two weeks # move: recommend-clearly # move: support-decision # why: A decision that can wait is held until Joan can make it herself, and only the next fortnight is planned; if the delirium has already cleared, the waiting is for nothing.]
    { clear == 0:
        ~ path = "wait"
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        ~ shift(liberty, 4)
        ~ shift(helen, 2)
        She's still coming out of the delirium: look at last night. The Act says we have to ask whether she's likely to get back the capacity to make this herself, and when. She very likely will, and where she lives for good can wait, so it should. The next two weeks can't. # speaker: clinician
        Helen nods slowly.
        Two weeks. I can do two weeks. # speaker: helen # mood: guarded
        -> fortnight
    - else:
        ~ shift(waiting, 3)
        ~ shift(trust, -3)
        ~ shift(autonomy, -4)
        I think we should wait until the delirium has fully cleared. # speaker: clinician
        She's been clear since Monday, doctor. A 4AT of one is her dementia, not delirium. She slept. She could do this today. # speaker: patience # mood: guarded
        You look at the chart. Sister Adjei is right, and Joan has been waiting nine days to be asked.
        -> assess
    }
* [Put the choice to Joan now, in front of everyone: home, or a care home # move: offer-choice # move: rush-decision # why: Joan is asked for her answer at once, at a table of five, with her daughter opposite; whatever she says will be hers only in part.]
    -> rushed
* [Record that with her dementia and this fall she can't decide where to live, and go with Helen's view # move: assume-incapacity # move: decide-for # why: A diagnosis and a fall stand in for an assessment, and Joan loses the decision without anyone finding out whether she could have made it.]
    ~ path = "decided"
    ~ capacity = "lacks"
    ~ shift(autonomy, -14)
    ~ shift(trust, -8)
    ~ shift(helen, 4)
    -> decided_for

=== rushed
{ in_meeting < 2:
    You bring Joan in. She sits at the end of the table with her handbag on her knee.
}
Joan, what do you want to do: go home, or go into a care home? # speaker: clinician
Everybody looks at her.
{ clear == 0:
    ~ capacity = "lacks"
    ~ path = "rushed"
    ~ shift(autonomy, -4)
    ~ shift(trust, -4)
    ~ shift(helen, -4)
    Home. I've Thursday's visits. # speaker: joan # mood: distressed
    Helen puts her face in her hands. Sister Adjei looks at you.
    -> best_now
- else:
    ~ capacity = "unclear"
    ~ path = "rushed"
    ~ shift(trust, -2)
    ~ shift(helen, -4)
    ~ shift(autonomy, 2)
    { wants:
    - 1:
        Home. I said home this morning and I'll say it tomorrow. # speaker: joan # mood: angry
    - 2:
        Helen's. I've said. For a bit. # speaker: joan # mood: guarded
    - 3:
        Whatever Helen says. # speaker: joan # mood: withdrawn
    }
    It is an answer. Whether she was helped to make it, nobody at this table could say.
    -> decision
}

=== assess
~ path = "assess"
11:50. The side room, quieter than the bay. Tomasz's photographs are on the table.
{ wants == 1:
    Helen out, love. No offence. I'll say what I think better without you looking at me. # speaker: joan # mood: guarded
    -> helen_out
- else:
    Helen stays. I want her here. # speaker: joan
}
-> assess.options

= options
This is about one decision: where you live when you leave here, and with what help. # speaker: clinician
* [Take the options one at a time, with Tomasz's photos and a card for each that she keeps # move: support-decision # move: plain-language # why: Joan gets the information in pieces she can hold, with pictures of her own stairs and her own cooker, and cards she can look at again when her memory lets the words go.]
    ~ supported = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    Home with help: visits four times a day to start, the watch, a key safe, a valve on the cooker. Helen's, for a while. A care home, for a short stay or for good. What each one would mean, what it costs, who you'd see. One card each.
    She reads each card twice, and puts them in a row on the table, the way she once laid out a week's visits.
* [Ask her whether she understands the risks of going home # move: narrow-agenda # why: Joan says yes, and the answer proves nothing either way: you have asked whether she understands instead of finding out what she understands.]
    ~ shift(autonomy, -2)
    Do you understand the risks of going home, Joan? # speaker: clinician
    Of course I do. # speaker: joan # mood: guarded
    It tells you nothing about what she understands.
* [Ask Helen to explain the risks to her mum; she knows them best # move: address-companion # move: family-interpreter # why: The risks reach Joan through the person she is disagreeing with, and Helen is made to argue her case to her own mother across a small table.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(helen, -2)
    { wants == 1:
        You ask Helen back in.
    }
    Helen goes through it: the nights, the stairs, the pan, Mrs Hardcastle. She does it well, and hates every minute.
    Joan listens with her lips pressed together.
- -> weigh

=== helen_out
Helen doesn't move.
I'm staying. She'll tell you anything to get home. # speaker: helen # mood: angry
* [Tell Helen her mum has asked to do this on her own, that you'll bring her back in before anything is decided, and that what she knows is already in the notes # move: address-patient # move: keep-confidence # why: Joan gets the private conversation she asked for, held open by you against her daughter's fear, and Helen hears when she will be part of it again.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    ~ shift(helen, -2)
    Your mum's asked to do this bit on her own, Helen. I'll bring you back in before anything's decided, and everything you've told us is in her notes. # speaker: clinician
    Helen goes. She leaves her coat on the chair, as if to keep her place.
* [Let Helen stay; it's easier than a row, and she knows the facts # move: address-companion # why: Joan's one request for the conversation about her own life is overruled by the person she is disagreeing with, and she will say less with Helen watching.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -6)
    ~ shift(helen, 2)
    Helen stays. Joan folds her arms.
* [Ask Joan whether she would let Helen stay for the first part # move: offer-choice # move: address-patient # why: Joan is asked again something she has just answered, in front of her daughter, and saying no a second time is harder than the first.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -1)
    Would you let Helen stay for the first part, Joan? # speaker: clinician
    I said no. I'll say it again if you want, but I'd rather not. # speaker: joan # mood: guarded
    Helen goes, white-faced.
- -> assess.options

=== weigh
{ wants:
- 1:
    If I fall, I fall. I'd rather go on my own kitchen floor than sit in Elmfield waiting for it. # speaker: joan
- 2:
    If I stay at Helen's too long, I'll never go home. That's my worry. But I'm not fit for my own stairs yet, and I know it. # speaker: joan
- 3:
    I know what they all are. I want Helen to choose. She'll live with it longer than I will. # speaker: joan
}
* [Ask her to put in her own words what each option would mean for her, and what could go wrong # move: teach-back # move: support-decision # why: Joan shows you, in her own words, that she understands, holds and weighs the choice, and her reasons are on record as hers, even where others would weigh them differently.]
    ~ capacity = "has"
    ~ taught = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    Tell me in your own words what each one would mean for you, and what could go wrong. # speaker: clinician
    { supported:
        She picks the cards up, one at a time.
    - else:
        She gets the cost of the care home wrong, and you put it right. The rest she has.
    }
    { wants:
    - 1:
        At home I could fall again and lie there. With the watch I'd press it. I could leave the gas: with the valve I can't. I could get muddled at night, and then Helen rings, and if it gets worse we talk again. # speaker: joan
        I'd rather take my chances in my own house. That's not confusion, love. That's a choice. # speaker: joan # mood: guarded
    - 2:
        At Helen's I'm safe and I'm in her way. At home I'm on them stairs on my own before I'm ready. In a home I'm safe and I'm finished. So Helen's, for a while, and she tells me when. # speaker: joan
    - 3:
        Home's my stairs and my gas and Helen on the phone all night. A home is Helen sleeping. Helen's is Helen not sleeping in a different house. I know which I'd pick for her. I want her to pick. # speaker: joan
    }
    She understands it, holds it, weighs it, and tells you. Her decision does not have to be the one anyone else would make.
* [Take her answer as a sign that she can't weigh the risks # move: assume-incapacity # why: An answer you don't agree with is recorded as an inability to weigh, and Joan loses a decision she was making, for reasons of her own, in front of you.]
    ~ capacity = "lacks"
    ~ path = "decided"
    ~ shift(autonomy, -12)
    ~ shift(trust, -10)
    ~ shift(helen, 3)
    You write that she cannot use or weigh the risks.
    Joan watches you write it. She was a district nurse for thirty-four years. She can read upside down.
    -> decided_for
* [Tell her a care home is the safe choice, and ask her to think again # move: false-reassurance # move: rush-decision # why: Joan is offered a safety no care home can promise and pressed to change her answer, and she digs in, as people do when they are pushed.]
    ~ capacity = "has"
    ~ shift(trust, -6)
    ~ shift(autonomy, -4)
    A care home would keep you safe, Joan. Will you think again? # speaker: clinician
    Safe. # speaker: joan # mood: angry
    In 1974 I put Mr Ogden's father in the Beeches, to be safe. He never spoke another word. I've thought about him every day since I came in here. # speaker: joan
    She is, beyond doubt, weighing it.
- -> decision

=== decision
{ wants:
- 1:
    -> decision.home
- 2:
    -> decision.helens
- 3:
    -> decision.delegates
}

= home
Home. # speaker: joan # mood: guarded
-> straight

= home_plan
* [Agree the plan for home with her: what she'll accept, what she won't, and when you'll all look again # move: cooperative-goals # move: support-decision # why: Joan goes home on her own decision, with the help she chose and a date to look again; what she refuses stays refused, and what she accepts she will use.]
    ~ dest = "home"
    ~ how = "hers"
    ~ shift(autonomy, 6)
    ~ shift(liberty, 12)
    ~ shift(trust, 3)
    { not alarm:
        You put the watch to her again, and why: three hours on the kitchen floor, and the next time there may be nobody at nine.
        { trust >= 50:
            ~ alarm = true
            ~ shift(safety, 10)
            The watch. If Helen stops ringing at eight and eight. # speaker: joan # mood: guarded
        - else:
            ~ refused = true
            No watch. I've said. If I go down, I go down in my own house, and I'll shout for Pat. # speaker: joan # mood: guarded
        }
    }
    { not gas:
        ~ gas = true
        ~ shift(safety, 6)
        The cooker valve. Fine. Bill would have fitted it himself. # speaker: joan
    }
    { not keysafe:
        ~ keysafe = true
        ~ shift(safety, 2)
    }
    No commode. I'll have a light on the landing. And I'm going to chapel Thursday. # speaker: joan
    { event == 2 && not bridge: Helen and Pat until the reablement slot comes|Reablement}{ alarm:, the watch|}, the valve, the key safe, a light on the landing. A phone call from Helen at nine, not eight and eight. Everyone looks again in two weeks.
* [Say yes to home, and put her name down at Elmfield as well, just in case, without telling her # move: conceal # move: decide-for # why: Joan goes home believing the decision was hers, while a plan B she never agreed to sits on a waiting list with her name on it.]
    ~ dest = "home"
    ~ how = "hers"
    ~ secret_backup = true
    ~ shift(autonomy, -6)
    ~ shift(liberty, 6)
    ~ shift(helen, 3)
    Home it is, Joan. # speaker: clinician
    Afterwards, at the station, you ask Lorna to put her name on the Elmfield list, in case.
* [Tell her you'll sort everything for her: the watch, the rail, Pat, the chapel lift, and she needn't lift a finger # move: rescue # why: Joan goes home with everything arranged, and none of it chosen by her; the woman who organised half of Waterhead's care for thirty years is organised.]
    ~ dest = "home"
    ~ how = "hers"
    ~ looked_after = true
    { not alarm:
        ~ alarm = true
        ~ shift(safety, 8)
    }
    ~ keysafe = true
    ~ shift(safety, 3)
    ~ shift(autonomy, -6)
    ~ shift(liberty, 8)
    ~ shift(trust, 2)
    Leave it all with me. The watch, the rail, a word with Pat, the chapel lift. You needn't lift a finger. # speaker: clinician
    Well. # speaker: joan # mood: neutral
    She looks at her hands in her lap, the hands that dressed legs for thirty-four years.
* [Recommend a two-week stay at Elmfield first, to be safe, and ask her to agree # move: recommend-clearly # why: Joan is given a recommendation she did not ask for, for a place she has just told you frightens her, and she says no to it and to you.]
    ~ dest = "home"
    ~ how = "hers"
    ~ shift(trust, -5)
    ~ shift(autonomy, 2)
    ~ shift(liberty, 10)
    My advice would be a fortnight at Elmfield first, while everything's fitted. Would you agree to that? # speaker: clinician
    No. Thank you. Home. # speaker: joan # mood: angry
    And that is the end of the conversation.
- -> helen_alone

= helens
Helen's. For a bit. And she says when I'm ready for home. # speaker: joan
* [Check with Helen that she truly means the offer, then settle it as Joan asked: Helen's, with visits there, and Helen to say when she's ready for home # move: respect-delegation # move: consult-family # why: Joan's plan is taken as she made it, including the part she handed to Helen, and Helen is asked, not assumed, to carry it.]
    ~ dest = "helens"
    ~ how = "delegated"
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    ~ shift(liberty, 4)
    ~ shift(safety, 8)
    ~ shift(helen, -4)
    Helen, do you truly mean it? # speaker: clinician
    { helen >= 35:
        I meant it. For a bit. And I'll tell her when. # speaker: helen # mood: relieved
    - else:
        I... yes. For a bit. Phil's on earlies, but. Yes. # speaker: helen # mood: guarded
    }
    Then that's the plan, Joan: Helen's, with the reablement visits there, and Helen says when you're ready for home. If you change your mind, you say. # speaker: clinician
* [Tell Joan that when she goes home has to be her own decision, not Helen's # move: offer-choice # why: Joan is handed back a decision she had already made, and made deliberately: she chose to let Helen judge the timing, and she hears that her choice does not count.]
    ~ dest = "helens"
    ~ how = "hers"
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    ~ shift(safety, 8)
    ~ shift(helen, -6)
    When you go home has to be your decision, Joan, not Helen's. # speaker: clinician
    I have decided. I've decided Helen says when. # speaker: joan # mood: angry
* [Suggest home with reablement instead; it's what the evidence favours # move: recommend-clearly # why: Joan hears a recommendation she did not ask for against a plan she and Helen had already agreed, and she keeps to her plan with less faith in you.]
    ~ dest = "helens"
    ~ how = "hers"
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    ~ shift(safety, 8)
    ~ shift(helen, -5)
    My advice would be home, with reablement. People do better at home. # speaker: clinician
    Then people can go home. I'm going to Helen's. # speaker: joan # mood: guarded
* [Go with Helen's first plan, a care home; a spell at Helen's would only put it off # move: decide-for # why: Joan's plan, and Helen's offer, are overruled for a care home neither of them asked for today, and Joan goes where she said she least wanted to be.]
    ~ dest = "elmfield"
    ~ how = "forher"
    ~ shift(autonomy, -12)
    ~ shift(trust, -10)
    ~ shift(liberty, -25)
    ~ shift(helen, 4)
    I think a care home is the safer plan, and Helen's would only delay it. # speaker: clinician
    Helen looks at her mother, and doesn't argue. Joan looks at nobody.
- -> helen_alone

= delegates
Whatever Helen says. I mean it. I know what the choices are. # speaker: joan
* [Make sure Helen has every real option in front of her, then let Helen choose, as Joan asked, and tell Joan she can change her mind # move: respect-delegation # move: plain-language # why: Joan's informed wish for her daughter to decide is honoured, and Helen decides knowing the alternatives to a care home; Joan can take it back at any time.]
    ~ how = "delegated"
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    Helen, your mum has asked you to choose, and she knows what she's asking. So here's everything: reablement from { event == 2: the bridge visits, or when a slot comes|Friday}, the watch, the valve, a key safe. Your carer's assessment. A short respite stay if you need a break. Or Elmfield. # speaker: clinician
    -> helen_decides
* [Tell Joan it has to be her own decision, and ask her again # move: offer-choice # why: Joan is made a decider against her informed wish, and hears that the way she chose to decide does not count; she repeats herself, with less trust in you.]
    ~ how = "delegated"
    ~ shift(trust, -6)
    ~ shift(autonomy, -3)
    It has to be your decision, Joan. What do you want? # speaker: clinician
    I have decided. I've decided Helen decides. How many more times. # speaker: joan # mood: angry
    -> helen_decides
* [Give your own recommendation to Joan and Helen, with the reasons, and ask whether it fits # move: recommend-clearly # move: plain-language # why: Helen, who has been asked to choose, gets a clinician's recommendation to choose with, and Joan's delegation to her still stands.]
    ~ dest = "home"
    ~ how = "delegated"
    ~ helen_choice = "home"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    ~ shift(helen, 4)
    ~ shift(liberty, 10)
    ~ shift(safety, 4)
    My recommendation: home, with reablement, the watch, the valve and the key safe, and a respite week booked for you, Helen, in a month. If it doesn't work, we look again. # speaker: clinician
    Helen looks at her mother. Joan nods at Helen. Helen nods at you.
* [Take Helen's view as the decision, without going through the alternatives with her # move: decide-for # move: address-companion # why: Joan's delegation is honoured in form only: Helen chooses with only the care home in view, and neither of them ever hears what else was possible.]
    ~ dest = "elmfield"
    ~ how = "uninformed"
    ~ shift(autonomy, -4)
    ~ shift(liberty, -25)
    ~ shift(helen, 6)
    What do you think, Helen? # speaker: clinician
    Elmfield. # speaker: helen # mood: distressed
    Joan nods. She asked for this, and she is getting it.
- -> helen_alone

=== straight
She looks at you over her glasses.
You tell me straight, love. Would you send your own mother home? # speaker: joan
* [Answer her straight: yes, with the watch, the cooker valve, the key safe and the visits, and say why # move: recommend-clearly # move: plain-language # why: Joan asked for your view and gets it, plainly and with reasons, from the doctor in front of her; the decision stays hers, and she trusts the plan more for hearing it.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    ~ shift(safety, 2)
    Yes. With the watch on, the valve on the cooker, a key safe and the visits to start. Because the risks are real and we can make them smaller, and because it's where she'd want to be. # speaker: clinician
    Then that's two of us. # speaker: joan # mood: warm
* [Tell her it isn't about what you would do: it's her decision # move: offer-choice # move: affirm-refusal # why: Joan is told what she already knows and not told what she asked; she wanted a colleague's opinion and got a principle.]
    ~ shift(trust, -4)
    ~ shift(autonomy, 1)
    It's not about what I'd do, Joan. It's your decision. # speaker: clinician
    I know it's mine, love. I asked what you'd do. # speaker: joan # mood: guarded
* [Tell her you'd want your mother somewhere safe # move: false-reassurance # why: Joan asked for your view and gets an opinion with no reasons, and a safety no care home can promise; she stops asking what you think.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -2)
    I think I'd want her somewhere safe. # speaker: clinician
    Then you'd be wrong, for my sort. # speaker: joan # mood: angry
- -> decision.home_plan

=== helen_decides
{ helen >= 48 || helen_open:
    ~ helen_choice = "home"
    ~ dest = "home"
    ~ shift(liberty, 12)
    ~ shift(safety, 4)
    ~ shift(helen, 4)
    Helen turns the options over for a long time.
    Home. With all of it. And if it doesn't work, Mum and me go and look at Elmfield together. # speaker: helen # mood: guarded
- else:
    ~ helen_choice = "respite"
    ~ dest = "respite"
    ~ shift(liberty, -6)
    ~ shift(safety, 6)
    ~ shift(helen, 10)
    Helen turns the options over for a long time.
    Two weeks' respite at Elmfield while I get my breath. Then home, with the visits. Is that all right, Mum? # speaker: helen # mood: distressed
    It's what I asked for. # speaker: joan
}
-> helen_alone

=== assess_muddled
~ path = "assess"
11:50. The side room. Tomasz's photographs are on the table.
You take the options one at a time. Joan looks at the photograph of her own stairs for a long while.
That's Mrs Hardcastle's. She has a rail like that. # speaker: joan # mood: distressed
She cannot, today, hold the options long enough to weigh them. By the third card she is asking whether you have come about Thursday's visits.
~ capacity = "lacks"
Helen, in the doorway, says nothing. She doesn't need to.
So she can't decide. So it's a home. # speaker: helen # mood: distressed
{ lpa == 2:
    And I've got the health and welfare one, so it's my decision now. # speaker: helen
}
-> best_now

=== best_now
{ lpa == 2:
    Helen is right that, for a decision Joan cannot make, her registered health and welfare power makes it hers. The question is which decision needs making today.
}
* [Say that today's answer is about today: where she lives for good can wait for her; plan only the next two weeks # move: recommend-clearly # move: least-restrictive # why: A finding made on a bad day is kept to that day, and the decision about the rest of Joan's life waits until she may be able to make it herself.]
    ~ path = "wait"
    ~ shift(autonomy, 4)
    ~ shift(liberty, 4)
    ~ shift(trust, 2)
    Today she can't decide it. The delirium is still clearing, and in a week or two she very likely can. The Act says we have to weigh that, and where she lives for good can wait for her. The next two weeks can't. # speaker: clinician
    Helen closes her eyes.
    All right. Two weeks. # speaker: helen # mood: guarded
    -> fortnight
* [Settle the long-term question now, in her best interests: a permanent place at Elmfield # move: decide-for # why: A decision that could have waited for Joan is made on one of her worst days, and the rest of her life is settled while the delirium is still clearing.]
    ~ path = "decided"
    ~ shift(autonomy, -10)
    ~ shift(trust, -6)
    ~ shift(liberty, -6)
    ~ shift(helen, 4)
    { lpa == 2:
        Helen signs as her attorney. Her hand shakes.
    }
    -> decided_for

=== fortnight
{ lpa == 2:
    Joan can't make this decision today, and Helen holds a registered health and welfare power of attorney: where Joan goes for the next two weeks is Helen's decision, in her mum's best interests. Yours is to advise, and to say what Joan wants.
- else:
    Joan can't make this decision today, and nobody holds a health and welfare power of attorney: the team decide the next two weeks in Joan's best interests, after asking Joan, and Helen.
}
{ wants:
- 1:
    Joan has said home, all morning, in every way she can.
- 2:
    Joan has said Helen's, for a bit.
- 3:
    Joan has always said Helen should decide. Helen says she said it the week Bill died, and meant it.
}
{ told_line:
    And she told you where her line is: not while she knows her own front door.
}
* [Propose home, with reablement, the watch and a key safe, Helen's calls, and a look again in two weeks: the least restrictive plan that is safe enough # move: least-restrictive # move: plain-language # why: Joan goes back to her own door for the fortnight, with the help the risks call for, and the decision about the rest of her life is still waiting for her.]
    -> fortnight.home_plan
* [Propose Helen's spare room for the two weeks, if Helen can take it on # move: cooperative-goals # why: Joan is with her daughter while she clears, which is safe and what some of her would choose; Helen takes on the nights she has been lying awake for.]
    -> fortnight.helens_plan
* [Propose the interim bed at Elmfield, for up to four weeks, while things settle # move: decide-for # why: Joan spends the fortnight in a care home, safe and supervised; interim beds have a way of becoming permanent, and whether she is content there or asking to go home decides what the law then requires.]
    -> fortnight.interim_plan
* [Keep her on the ward until she is clear enough to decide for herself # move: support-decision # why: Joan waits in a hospital bed for her own decision, which sounds like respect; another week on a ward costs her muscle and risks more delirium, and the emergency department waits for the bed.]
    -> fortnight.ward_plan

= home_plan
{ lpa == 2 && helen < 38:
    -> fortnight.helen_overrules
}
~ dest = "home"
~ how = "best"
~ keysafe = true
~ shift(liberty, 10)
{ not alarm:
    ~ alarm = true
    ~ shift(safety, 6)
}
{ event == 2 && not bridge:
    ~ shift(safety, -6)
    ~ shift(helen, -6)
    No reablement for twelve days. It will be Helen, and Pat, and the watch, until then.
- else:
    ~ shift(safety, 8)
    ~ shift(helen, 3)
}
{ event == 3 && not gas:
    ~ shift(safety, -4)
}
{ wants:
- 1:
    ~ shift(autonomy, 5)
    ~ shift(trust, 3)
- 2:
    ~ shift(autonomy, -2)
- 3:
    ~ shift(autonomy, 2)
}
{ lpa == 2:
    Helen listens, and decides.
    Home, for the fortnight. All right. Her own door. # speaker: helen # mood: guarded
- else:
    Home for the fortnight, with the visits and the watch. Helen takes a long breath, and agrees.
}
-> tell_joan

= helens_plan
{ lpa == 2 && helen < 38 && wants != 2:
    -> fortnight.helen_overrules
}
~ dest = "helens"
~ how = "best"
~ shift(safety, 8)
{ carer || helen_open:
    ~ shift(helen, -3)
- else:
    ~ shift(helen, -8)
}
{ wants == 2:
    ~ shift(autonomy, 6)
    ~ shift(trust, 4)
    ~ shift(liberty, 2)
- else:
    ~ shift(autonomy, -2)
    ~ shift(liberty, -4)
}
Helen's spare room, Tom's old room, for two weeks. I'll manage. I'll have to. # speaker: helen # mood: guarded
-> tell_joan

= interim_plan
~ dest = "interim"
~ how = "best"
~ shift(safety, 6)
~ shift(helen, 8)
{ event == 2 && not bridge:
    ~ shift(liberty, -6)
    ~ shift(safety, 2)
- else:
    ~ shift(liberty, -12)
}
{ wants == 1:
    ~ shift(autonomy, -6)
    ~ shift(trust, -6)
}
{ wants == 2:
    ~ shift(autonomy, -4)
    ~ shift(trust, -3)
}
The interim bed at Elmfield, up to four weeks, discharge to assess.
{ wants == 1:
    If Joan is kept there while she asks every day to go home, Elmfield will almost certainly have to apply to the council for a DoLS authorisation. The Supreme Court changed the test in June, but a woman who asks every day for her own front door is not consenting to being kept from it.
}
-> tell_joan

= ward_plan
~ dest = "ward"
~ how = "best"
~ shift(waiting, 10)
~ shift(safety, -6)
~ shift(liberty, -6)
~ shift(trust, -2)
She stays on Ward 9 until she's clear. Lorna writes it on the board in red: MFFD, no criteria to reside, delayed.
Sister Adjei puts bed 12 on tonight's sheet with a question mark beside it: someone to sit with her if she's up at three, and nobody to send.
-> tell_joan

= helen_overrules
~ dest = "interim"
~ how = "best"
~ shift(safety, 6)
~ shift(helen, 8)
~ shift(liberty, -12)
{ wants == 1:
    ~ shift(autonomy, -6)
    ~ shift(trust, -4)
}
Helen listens to everything you say. Then she shakes her head.
I can't. Not yet. The interim bed at Elmfield, for the fortnight. I'm her attorney and that's my decision, and I'm sorry, Mum. # speaker: helen # mood: distressed
It is hers to make, and it is not an unreasonable one.
{ wants == 1:
    If Joan asks every day to go home, Elmfield will almost certainly have to apply to the council for a DoLS authorisation. An attorney's consent does not authorise keeping her there against her wishes.
}
-> tell_joan

=== tell_joan
Back at bed 12. # bg: ward # ambience: ward
Joan is awake, looking at the sweet peas Helen brought in a jam jar.
* [Tell Joan in a few plain words what happens for the next two weeks and why, and leave it written on a card on her table # move: transparent-disclosure # move: support-decision # why: Joan hears what is happening to her and why, in words she can follow, and the card keeps it for her when her memory lets it go.]
    ~ card = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    { dest:
    - "home":
        Home for two weeks, Joan, with visits, and the watch. Then we talk about the rest, when you're properly yourself. # speaker: clinician
    - "helens":
        Helen's for two weeks, Joan, while you get your strength back. Then we talk about the rest, when you're properly yourself. # speaker: clinician
    - "interim":
        Two weeks at Elmfield, Joan, only while you get over this. Then we talk about the rest, when you're properly yourself. # speaker: clinician
    - else:
        A few more days here, Joan, while the muddle clears. Then we talk about the rest. # speaker: clinician
    }
    You write it on a card in capitals and prop it against the jam jar.
    Write it big. I'll read it twice. # speaker: joan # mood: guarded
* [Don't trouble her with it today; Helen can explain at home # move: conceal # move: address-companion # why: Joan is spared a conversation she might not hold on to, and she leaves the ward not knowing where she is going or why.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -4)
    ~ shift(helen, -3)
    You tell her you'll see her later. She asks whether you are from the surgery.
* [Explain the whole plan to her properly, the law included, and ask her to sign the discharge summary # move: jargon # move: rush-decision # why: Joan is given everything at once, best interests and pathways and attorneys, on a muddled day, and asked for a signature that no law needs from her.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    You go through the lot: discharge to assess, best interests, the Act, the reassessment.
    I'm not signing anything I can't read twice. # speaker: joan # mood: guarded
- -> reassess

=== reassess
The long-term decision still has to be made, by Joan if she can. Someone has to make sure it is.
* [Book the capacity conversation for when she's settled and at her best: a morning, with the social worker, Helen there if Joan wants her # move: support-decision # move: offer-control # why: The decision about the rest of Joan's life is booked for a morning, at her own best time, with the help she needs, in a place that isn't a ward.]
    ~ booked = true
    ~ shift(autonomy, 5)
    ~ shift(trust, 2)
    You ring the social worker at the hub and book it: a weekday morning in two weeks, at { dest == "helens": Helen's|{ dest == "interim": Elmfield|her own kitchen table}}, Helen there if Joan wants her.
* [Write "capacity to be reassessed" in the discharge letter, for whoever sees her next # move: detach # why: The reassessment exists on paper, addressed to nobody in particular, and a decision that nobody books has a way of being made by default.]
    ~ shift(autonomy, -2)
    You write it in the letter, underlined.
* [Ask Helen to let the GP know when her mum seems better, and get her reassessed then # move: address-companion # why: The job of noticing that her mother can decide again goes to the daughter who is least able to see it, and who has the most reason to doubt it.]
    ~ shift(autonomy, -1)
    ~ shift(helen, -2)
    Helen writes it on the back of her hand.
- -> helen_alone

=== decided_for
~ dest = "elmfield"
~ how = "forher"
{ pathway3:
    The referral that went in at 10:04 becomes the plan. Elmfield has a place from Monday.
- else:
    Lorna puts the referral in at noon. Elmfield has a place from Monday.
}
Helen signs the forms. She looks like somebody who has won something she didn't want.
Somebody has to tell Joan.
Don't tell her it's for good. Tell her it's for a couple of weeks. She'll go if she thinks it's a couple of weeks. # speaker: helen # mood: distressed
* [Tell Helen you won't tell her mother something untrue; then tell Joan yourself, plainly, what has been decided, by whom and why, and that an independent advocate can help her challenge it # move: transparent-disclosure # move: hold-boundary # move: neutral-process # why: Joan hears the truth from the person responsible for it, not the kinder story Helen asked for, and learns she has a way to contest it through someone who answers to neither you nor Helen.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    I won't tell her something that isn't true, Helen. # speaker: clinician
    You tell Joan: Elmfield, from Monday, decided { lpa == 2: by Helen, as her attorney,|by the team} on the finding that she can't decide this herself. She can challenge it, and an advocate can help her.
    Joan takes a long time to answer.
    I placed people myself, love. 1974. Mr Ogden's father. He never spoke another word. # speaker: joan # mood: withdrawn
* [Ask Joan what she would like to know about what has been decided, and follow her lead # move: open-question # move: address-patient # why: Joan is invited to set the pace of bad news, which is usually right; here she asks the only question there is, and gets the answer in pieces, without hearing that she can challenge it.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 1)
    What would you like to know about what's been decided, Joan? # speaker: clinician
    Am I going home? # speaker: joan # mood: guarded
    You tell her: no, to Elmfield. She doesn't ask anything else, and you don't tell her she can challenge it.
* [Let Helen tell her, at home time # move: address-companion # move: conceal # why: Joan learns where she is going from her daughter, at the end of the day, without a doctor in the room to answer her questions or hear her objection.]
    ~ shift(trust, -4)
    ~ shift(helen, -4)
    Helen tells her at six o'clock. You hear about it from the night staff.
* [Tell her it's only for a little while, to get her strength back # move: false-reassurance # why: Joan is told something untrue about the rest of her life, and when she finds out, it is you she stops believing.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -4)
    It's only for a little while, Joan. To get your strength back. # speaker: clinician
    Is it. # speaker: joan # mood: guarded
- { wants == 3:
    Joan asked for Helen to decide. Nobody has asked her whether Elmfield is what she meant, and whether she will settle there or ask every evening to go home is still to be seen.
- else:
    Joan will almost certainly object to being kept there.
}
* [Tell Elmfield and the council what Joan has said about going there, so that if she objects a DoLS authorisation is applied for, with a representative and an advocate # move: escalate # move: neutral-process # why: Joan's wishes are written down where they have force: if she objects she gets a representative, an advocate if she wants one, and an independent check on whether Elmfield is the least restrictive answer.]
    ~ dols = true
    ~ shift(autonomy, 4)
    ~ shift(liberty, 4)
    { wants == 3:
        You email Elmfield's manager and the council's DoLS team: Mrs Ashworth asked for her daughter to decide, and has not been asked about this placement herself. If she objects once she is there, an authorisation is needed.
    - else:
        You email Elmfield's manager and the council's DoLS team: Mrs Ashworth objects to this placement. The Supreme Court's new test in June narrowed who counts as deprived of their liberty; it is unlikely to change the position for a woman who wants to go home and is not allowed.
    }
* [Leave it to the care home; it's their paperwork # move: detach # why: Joan's objection goes with her to Elmfield in nobody's paperwork, and whether anyone independent ever checks her placement depends on a manager with a backlog.]
    ~ shift(liberty, -4)
    The discharge letter says: lacks capacity, best interests decision, placed.
- -> helen_alone

=== helen_alone
12:30. Helen is by the drinks machine at the end of the corridor, holding a tea she hasn't drunk. # bg: ward # ambience: ward
{ helen >= 45:
    ~ told_strain = true
    I'll tell you something I've not told Phil. On Tuesday I fell asleep at the lights on Oldham Road. A second. A lad behind me beeped. # speaker: helen # mood: distressed # disclose: helen-strain
    I've used my week's carer's leave. I'll be on the sick from Monday if this goes on. # speaker: helen
- else:
    I'm fine. I'm just tired. Everybody's tired. # speaker: helen # mood: guarded
}
* [Tell Helen she has a right to a carer's assessment of her own, refer her today, and say what it can bring: breaks, help at night, the carers' centre, the Admiral Nurse helpline # move: act-on-structure # move: cooperative-goals # why: Helen is treated as someone with needs the council must assess, not just as the family resource; if she has just told you about the lights, she still drives home tired today.]
    ~ carer = true
    { told_strain:
        ~ shift(helen, 7)
    - else:
        ~ shift(helen, 12)
    }
    ~ shift(waiting, 2)
    You're entitled to a carer's assessment of your own, whatever your mum decides. I'll refer you today. It can mean breaks, help at night, the carers' centre, and the Admiral Nurse helpline for you. # speaker: clinician
    Helen holds the tea with both hands.
    For me? # speaker: helen # mood: relieved
* [Tell her she is doing an amazing job, and it will get easier # move: false-reassurance # why: Helen hears kindness, and a prediction nobody can make about a worsening illness; nothing about her nights changes.]
    ~ shift(helen, 2)
    ~ shift(waiting, 1)
    You're doing an amazing job, Helen. It'll get easier. # speaker: clinician
    Will it. # speaker: helen # mood: guarded
* [Tell her you have to get on, and that the social worker will be in touch # move: keep-to-time # why: You are back on the ward on time, and Helen is left at the drinks machine with what she has just told you, or hasn't.]
    ~ shift(helen, -3)
    I'm sorry, I have to get on. The social worker will be in touch. # speaker: clinician
    Helen nods at her tea.
* { told_strain } [Tell her plainly she mustn't drive home like this, find out who can fetch her, and refer her for a carer's assessment before she goes # move: act-on-structure # why: Helen's safety at the wheel is dealt with first and openly, she goes home in Phil's car, and the help for the months ahead is started the same afternoon.]
    ~ carer = true
    ~ shift(helen, 14)
    ~ shift(waiting, 2)
    You mustn't drive home like this, Helen. Not today. Who can come for you? And I'm referring you for a carer's assessment of your own, today. # speaker: clinician
    Phil can. He'll be cross I didn't say. # speaker: helen # mood: distressed
    For me? # speaker: helen
- -> future

=== future
{
- path == "decided" || dest == "elmfield":
    -> flow
- capacity == "has" || capacity == "unclear":
    { lpa == 2:
        -> future.advance
    - else:
        -> future.lpa_talk
    }
- else:
    -> future.record
}

= lpa_talk
13:00. Joan is back in her chair by the window.
Nobody has a health and welfare power of attorney for Joan. While she has the capacity to make one, she could choose who decides for her, if a day comes when she can't.
* [Recommend that she makes a health and welfare power of attorney while she can, naming whoever she chooses, and writes down what matters to her # move: recommend-clearly # move: plain-language # why: Joan hears plainly that the next decision can still be in hands she chooses, and she makes the choice herself while she can.]
    ~ wrote = true
    ~ shift(autonomy, 6)
    ~ shift(trust, 2)
    ~ shift(helen, 2)
    My advice is to make a health and welfare power of attorney while you can, Joan, naming whoever you choose. And write down what matters to you. # speaker: clinician
    { wants == 1:
        I'll do it. Helen and Paul together, so neither of them carries it on their own. And I'll write down about my front door. # speaker: joan # mood: guarded
    - else:
        Helen. And Paul, so she's not on her own with it. I'll ring the solicitor myself. # speaker: joan # mood: warm
    }
* [Give her the leaflet on powers of attorney and leave it with her # move: offer-choice # why: The information is in her hands, and on her bedside table, under the fruit bowl, where leaflets go.]
    ~ shift(autonomy, 1)
    You leave the leaflet on her table. She thanks you and puts it under the fruit bowl.
* [Tell Helen she should get a health and welfare power of attorney sorted # move: address-companion # move: decide-for # why: Joan's power to choose who will decide for her is spoken of as a job for her daughter, as if it were Helen's to get.]
    ~ shift(autonomy, -4)
    ~ shift(trust, -2)
    Helen, you should get a health and welfare power of attorney sorted. # speaker: clinician
    It's my power to give, love, not hers to get. # speaker: joan # mood: angry
- -> flow

= advance
13:00. Joan is back in her chair by the window.
Helen already holds her health and welfare power of attorney. If a day comes when Helen has to use it, she will be deciding in her mother's best interests, and that means what her mother wanted.
* [Suggest she writes down, in her own words, what she would want Helen to weigh if it comes to Helen deciding # move: recommend-clearly # move: elicit-values # why: Joan's own words about her front door will be there when Helen needs them, and Helen will not have to guess, or carry the guess.]
    ~ wrote = true
    ~ shift(autonomy, 6)
    ~ shift(helen, 3)
    Write it down, Joan. What you'd want Helen to weigh, if it ever comes to her deciding. In your own words. # speaker: clinician
    She takes the card from you, and writes, in a district nurse's capitals: NOT WHILE I KNOW MY OWN FRONT DOOR.
* [Leave it: Helen already has the power of attorney # move: narrow-agenda # why: The paperwork is in order, and what Joan would want Helen to weigh stays in Joan's head, where in time it will be harder to reach.]
    ~ shift(autonomy, -1)
    You leave it there.
* [Ask Helen to make a note of her mum's wishes for her # move: address-companion # why: Joan's wishes are written down in her daughter's words rather than her own, by the person who will one day have to act on them.]
    ~ shift(autonomy, 1)
    Helen writes it in her phone. Mum said. Front door.
- -> flow

= record
13:00. Joan's notes are open on the screen. Whoever makes the decision about the rest of her life, Joan or someone deciding for her, will read them.
{ told_line:
    She has told you where her line is.
}
* [Write what Joan has said about what matters to her into the notes and the discharge letter, in her own words, for whoever decides next # move: elicit-values # move: act-on-structure # why: What Joan wants is on the record in her own words, so that the next person to decide, if it isn't her, starts from her and not from her diagnosis.]
    ~ wrote = true
    ~ shift(autonomy, 6)
    { told_line:
        You type it as she said it: if I get so I don't know our Helen, then put me somewhere. But not before. Not while I know my own front door.
    - else:
        You type what she has said all morning, in her own words: home, her own door, Helen, chapel on Thursday, the sweet peas.
    }
* [Keep the notes to the clinical facts # move: detach # why: The notes record a fall, an infection, a delirium and a score, and nothing of the woman who has been saying, all morning, what she wants.]
    ~ shift(autonomy, -2)
    Fall. UTI. Delirium resolving. 4AT five. Capacity to be reviewed.
- -> flow

=== flow
13:10. Lorna is at the station with her laptop. One o'clock has been and gone. # bg: ward # ambience: ward
Twelve? I've a man on a trolley downstairs who's been there since four this morning. # speaker: lorna
* [Give Lorna the plan in one line, with the day Joan leaves and what has to be in place first # move: keep-to-time # move: transparent-disclosure # why: The ward can plan the bed, the man on the trolley gets a time, and Joan's plan goes on the board as it was made, with its conditions attached.]
    { dest:
    - "elmfield":
        Elmfield, from Monday. # speaker: clinician
    - "ward":
        She stays till she's clear. I'll review her every day. # speaker: clinician
    - "interim":
        The interim bed at Elmfield, from Friday. # speaker: clinician
    - "respite":
        Two weeks' respite at Elmfield from Friday, then home. # speaker: clinician
    - "helens":
        Friday, to her daughter's, with reablement there. Pathway one. # speaker: clinician
    - else:
        Friday, home, once the valve and the key safe are in. Pathway one. # speaker: clinician
    }
    Thank you. That I can plan round. # speaker: lorna
* [Tell Lorna that a decision about the rest of someone's life takes as long as it takes # move: advocate # why: It is true, and Lorna knows it; the board still has no date for bed 12, and the man on the trolley downstairs waits another hour for somebody to find one.]
    ~ shift(waiting, 3)
    A decision about the rest of someone's life takes as long as it takes, Lorna. # speaker: clinician
    I know, doctor. I'm asking when, not whether. # speaker: lorna # mood: angry
* [Ask Lorna to hold the bed for Joan until tomorrow, in case the plan falls through # move: defensive-response # why: The plan is protected against going wrong by keeping a bed somebody downstairs needs tonight, and Joan's discharge is made a little less certain by the doctor who arranged it.]
    ~ shift(waiting, 5)
    Can you hold the bed till tomorrow? In case it doesn't work out. # speaker: clinician
    Lorna looks at you for a long moment, and writes HOLD, in red.
- -> goodbye

=== goodbye
13:15. Back at bed 12. # bg: ward # ambience: ward
{
- clear == 1 && path != "decided":
    Before you go. Tell me what happens now. # speaker: joan
    -> goodbye.clear_day
- clear == 1:
    So it's Elmfield. Say it to my face, love. # speaker: joan # mood: angry
    -> goodbye.muddled_day
- else:
    Am I going home? # speaker: joan # mood: distressed
    -> goodbye.muddled_day
}

= clear_day
* [Ask her to tell you the plan in her own words, and fill in what's missing # move: teach-back # why: If she has not yet said it back, Joan finds the one thing she had wrong and leaves knowing her plan; if she did it for you an hour ago, she is asked to perform again while the ward waits.]
    You tell me, Joan, and I'll fill in what's missing. # speaker: clinician
    { taught:
        ~ shift(trust, -1)
        ~ shift(autonomy, 1)
        ~ shift(waiting, 2)
        I did all that for you an hour ago, love. With the cards. # speaker: joan # mood: guarded
        She does it again anyway, perfectly, while Lorna waits at the station.
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 4)
        ~ shift(safety, 2)
        ~ shift(waiting, 1)
        She tells you. She gets it almost all, and asks you to write the day of the cooker valve on her card.
    }
* [Give her the plan in three sentences, say when you will next see her, and go # move: plain-language # move: keep-to-time # why: Joan hears the plan clearly and briefly, knows when she will see you next, and the ward gets its registrar back; whether she could say it back tomorrow depends on whether she already has.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    { not taught:
        ~ shift(safety, -1)
    }
    Three sentences: what happens Friday, who comes, when we look again. I'll see you before you go. # speaker: clinician
    Right. # speaker: joan
* [Tell her Helen has all the details # move: address-companion # why: The plan for Joan's life is held by her daughter, and Joan goes with it without holding it herself.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Helen's got all the details, Joan. # speaker: clinician
    Has she. # speaker: joan # mood: guarded
- -> ending

= muddled_day
* [Tell her the truth of it in one sentence, and point to the card on her table, or write one # move: transparent-disclosure # move: support-decision # why: Joan gets a true answer she can find again on her table when she forgets it, rather than a comforting one that will not hold.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(waiting, 1)
    { not card:
        ~ card = true
        You write it on a card first, in capitals, and prop it against the jam jar of sweet peas.
    }
    { dest:
    - "home":
        Yes, Joan. Home, with visits, for two weeks, and then we talk again. It's on your card. # speaker: clinician
    - "helens":
        To Helen's first, Joan, for a while. Then we talk about home. It's on your card. # speaker: clinician
    - "elmfield":
        To Elmfield, Joan. { lpa == 2: Helen decided it, as your attorney.|The team decided it.} You can challenge it, and someone will help you. It's on your card. # speaker: clinician
    - "interim":
        To Elmfield, Joan, for a short while, and then we talk again. It's on your card. # speaker: clinician
    - else:
        Not yet, Joan. A few more days. It's on your card. # speaker: clinician
    }
    She reads it twice.
* [Tell her it will all be all right # move: false-reassurance # why: Joan hears comfort that nobody can promise; on a muddled day she will ask again in an hour, and on a clear one she knows exactly what it is worth.]
    ~ shift(trust, -2)
    It'll all be all right, Joan. # speaker: clinician
    { clear == 1:
        ~ shift(trust, -3)
        That's what we used to say, love. # speaker: joan # mood: withdrawn
    - else:
        She smiles, and asks again ten minutes later.
    }
* [Tell her Helen will explain # move: address-companion # why: The question goes to Helen, who has answered it a hundred times this month, and Joan goes on not knowing.]
    ~ shift(trust, -3)
    ~ shift(helen, -2)
    Helen will explain, Joan. # speaker: clinician
- -> ending

=== ending
{ promised && dest != "home":
    ~ shift(trust, -6)
}
{
- dest == "elmfield":
    -> end_elmfield
- dest == "interim" && not booked && wants == 1:
    -> end_elmfield
- dest == "home" && ((not alarm && not (refused && capacity == "has")) || (event == 3 && not gas)):
    -> end_alone
- how == "delegated":
    -> end_delegated
- path == "wait" || how == "best":
    -> end_not_today
- else:
    -> end_her_way
}

=== end_her_way
{ dest:
- "helens":
    Joan goes to Helen's on Friday, in Tom's old room with the posters still up. The reablement carers come there.
    On the third Sunday she tells Helen she's going home, and Helen, who was going to say the same, lets her say it first.
- else:
    Joan goes home on Friday{ alarm: with the watch on her wrist}. { gas: The valve on the cooker is fitted on Thursday; she calls it Bill's tap.} { event == 2 && not bridge: For twelve days there are no reablement visits: Helen and Pat fill the gap, and it is hard.|The reablement carers come four times a day, then three, then two.}
    She goes to chapel on Thursday. Pat walks her.
}
{ refused:
    She wears no watch. She said no to it knowing about the three hours on the kitchen floor, and that risk was hers to take. Pat puts her head round the door each morning at nine instead.
}
{ hypnotic:
    On the fourth night the zopiclone has her on the { dest == "helens": landing at Helen's|landing} floor at three in the morning, unhurt and bewildered. Helen throws the rest of the box away.
}
{ looked_after:
    Everything was arranged for her, and it works. She says thank you a great deal, and asks for very little, which is not like her.
}
{ secret_backup:
    In the third week a letter from Elmfield comes to the house: a place has become available. Joan reads it twice. She does not ring you, or Helen, for some days.
}
{ carer:
    Helen's carer's assessment is on the 3rd. She gets a sitting service one evening a week and goes to a carers' group at the library. She sleeps through a Tuesday for the first time since the spring.
- else:
    Helen still rings at nine. Some nights she still lies awake.
}
{ wrote:
    { lpa == 2:
        Her card, NOT WHILE I KNOW MY OWN FRONT DOOR, goes into the folder with Helen's power of attorney.
    - else:
        In November Joan signs a health and welfare power of attorney, naming Helen and Paul together.
    }
}
{ capacity == "unclear":
    It is not safe the way a ward is safe. It is hers; whether anyone made sure she knew what she was choosing between, the notes do not say. # ending: her-way
- else:
    It is not safe the way a ward is safe. It is hers, and she chose it knowing what it was. # ending: her-way
}
-> END

=== end_delegated
{ dest:
- "helens":
    Joan goes to Helen's on Friday, to Tom's old room with his posters still on the walls. The reablement carers come there, and Joan tells them how to do their jobs.
    On the third Sunday Helen says: I think you're ready, Mum. Joan says: I know. I was waiting for you.
- "respite":
    Joan goes to Elmfield for two weeks' respite, as Helen chose and Joan asked. She calls it her holiday, mostly without irony.
    Helen sleeps. On the fifteenth day Joan goes home, with the visits, the watch and the valve.
- else:
    Helen chose home, with everything, and Joan goes home on Friday with the watch on her wrist. { gas: The valve on the cooker is fitted on Thursday.}
    When Joan wavers in the second week, Helen says: you asked me to choose, Mum, and I chose this. Joan says: I know. It's why I asked you.
}
{ hypnotic:
    On the fourth night the zopiclone has her on the landing floor at three in the morning, unhurt and bewildered. Helen throws the rest of the box away.
}
{ carer:
    Helen's carer's assessment is on the 3rd. Knowing it is coming makes the choosing easier to carry.
}
{ wrote:
    { lpa == 2:
        Her card, in a district nurse's capitals, goes into the folder with Helen's power of attorney.
    - else:
        In November Joan signs a health and welfare power of attorney, naming Helen and Paul, so that what she asked for has the law behind it if a day comes when she can't ask.
    }
}
{ capacity == "unclear":
    Joan chose who would choose. Whether she knew what she was choosing between, nobody sat down and checked. # ending: helens-call
- else:
    Joan chose who would choose, and knew what she was choosing between. # ending: helens-call
}
-> END

=== end_not_today
{ dest:
- "home":
    Joan goes home for the fortnight with the watch on her wrist and the visits four times a day. { event == 2 && not bridge: There are no visits for twelve days; Helen and Pat cover, and Helen is grey by the end of it.}
- "helens":
    Joan spends the fortnight in Helen's spare room. Helen sleeps badly, but in the same house, which is different.
- "interim":
    Joan spends the fortnight in Elmfield's interim bed. She tells the staff every evening that she is going home on Friday.
- else:
    Joan stays on Ward 9 nine more days. She walks less each day. On the fourth night the muddle comes back, worse. Someone else waits on a trolley for her bed.
}
{ booked:
    On a Tuesday morning, two weeks on, the social worker sits down with her{ dest == "home":, at her own kitchen table|}. The delirium has cleared. With the cards on the table, Joan understands, holds, weighs and says. { wants == 1: Home, for as long as I know my front door.|{ wants == 2: Helen's a while longer, then home. Helen says when.|Whatever Helen thinks. I still mean it.}}
- else:
    Nobody books the conversation. "Capacity to be reassessed" travels from letter to letter.
}
{ hypnotic && dest != "ward":
    On the fourth night the zopiclone has her on the floor at three in the morning, unhurt and bewildered. The tablets are stopped.
}
{ wrote:
    What she said on the ward, in her own words, is in the notes for whoever decides next.
}
{ carer:
    Helen's carer's assessment is on the 3rd.
}
The decision waited for her{ booked:, and she was there when it was made|; whether it finds her is another matter}. # ending: not-today
-> END

=== end_elmfield
{ how:
- "uninformed":
    Joan goes to Elmfield on Monday, because Helen chose it and Joan asked Helen to choose. That much was hers.
    Neither of them ever heard about the watch, the valve or the visits. Helen visits every day, and sometimes, driving home, wonders what the alternative would have been.
- "best":
    The fortnight at Elmfield becomes four weeks, and four weeks becomes a review that nobody books. The interim bed becomes her bed.
- else:
    Joan goes to Elmfield on Monday. She is safe there. She stops going to chapel on Thursdays; there is nobody free to take her. Pat visits twice, then once.
}
{ dols:
    The council's assessor sees her in the third week, and appoints her a representative. Her objection is on the record, and somebody independent has to keep looking at it.
- else:
    { how == "forher":
        Joan asks to go home most evenings. Nobody writes it down anywhere that has to be answered.
    }
}
{ carer:
    Helen's carer's assessment is on the 3rd. She sleeps now. It doesn't feel how she thought it would.
}
The sweet peas in the yard on Albert Street go to seed, because nobody picks them.
Joan went to Elmfield. It was safe, and it was not hers. # ending: elmfield
-> END

=== end_alone
Joan goes home on Friday, as she wanted.
{
- not alarm:
    On the eleventh night she gets up for the bathroom and misses the top step. She lies on the landing { event == 2 && not bridge: until Pat comes round with the paper at nine|until the reablement carer arrives at eight}. { keysafe: The key safe gets them in.|There is no key safe, and the door is bolted: it takes a locksmith.}
    She is cold, and frightened, and not badly hurt. { refused: She had said no to the watch; whether she knew what she was saying no to, nobody had sat down and checked.|Nobody had given her a way to call for help from the floor that she would wear.}
- else:
    On the fourth day the smoke alarm goes at teatime. A pan, the gas under it, and Joan in the yard with the sweet peas. Pat gets there first; the fire service come anyway.
    Everybody knew about the gas. Nobody had made it safe.
}
She is back on Ward 9 by the weekend. Helen says I told you, and wishes she hadn't.
{ carer:
    Helen's carer's assessment is on the 3rd. It comes a little late.
}
Joan went home as she wanted, and the risks everyone could see went home with her. # ending: alone-at-home
-> END
