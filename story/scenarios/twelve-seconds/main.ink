// Twelve seconds: a fifteen-minute primary-care slot, a tired patient, a helpful husband,
// and a red-flag symptom that is only said when she has a voice and trusts the room.
// Facilitator guide: docs/scenarios/twelve-seconds.md
INCLUDE ../../lib/power.ink

VAR trust = 45       // 0..100: Farida's trust in the player; starts guarded
VAR autonomy = 35    // 0..100: how far Farida's own informed values drive what is decided
VAR clock = 0        // minutes used; the engine adds each choice's time tag
VAR care = 30        // 0..100: how likely the bleeding and the anaemia are found and acted on in time
VAR waiting = 20     // 0..100: how much the people in the waiting room are kept waiting (more is worse)

// What the seed draws (meta.json "variation"): each run is one of these variants.
VAR wants = 0        // 1: to decide herself, 2: Javed involved, 3: a clear recommendation from you
VAR javed_stays = 0  // 1: he stays in the room; 0: he has to go out and move the car
VAR reveal = 0       // 1: she hints early and tells readily; 2: when she has a voice and trusts you; 3: only to a plain question, alone
VAR late = 0         // 0: the clinic is ten minutes behind; 1: thirty minutes behind

// Who Farida speaks through: 0 her own English, 1 Javed interprets, 2 telephone interpreter.
VAR interp = 0
VAR interp_woman = false
VAR addressed = 0          // how often the player has spoken to Farida herself
VAR javed_out = false      // Javed is out of the room
VAR parked = false         // Javed went out to move the car
VAR hinted = false         // Farida has let slip that there is something else
VAR mariam_mentioned = false
VAR disclosed = false
VAR kept_time = false      // the player said what time there was and promised a double appointment
VAR shift_worry = false    // Javed has said out loud that he is late for his shift
VAR asked = ""             // how the player asked at the key moment: open, direct, wrap
VAR worry_told = false
VAR concealed = false      // the player played down why the scan matters
VAR plan_owner = ""        // who made the plan: her, you, javed
VAR javed_told = ""        // who told Javed: her, you, partly
VAR vitamins_given = false
VAR asked_back = false
VAR followup = false
VAR advocated = false
VAR left_offer = false

~ wants = RANDOM(1, 3)
~ javed_stays = RANDOM(0, 1)
~ reveal = RANDOM(1, 3)
~ late = RANDOM(0, 1)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))
{ late == 1:
    ~ shift(waiting, 30)
}
-> opening

=== opening
{ late == 1:
    Monday, 11:12. You are thirty minutes behind. Five patients are in the waiting room, and one of them, Mr Osei, has hospital transport booked for half past eleven. # bg: consult-room # ambience: consult-room
- else:
    Monday, 10:52. You are ten minutes behind, and two patients are in the waiting room. # bg: consult-room # ambience: consult-room
}
The booking note on your screen says only: Rahimi, Farida, 58. Tired.
Her record is thin: registered two years ago, one visit for a cough, a blood pressure check. Language: Dari. Interpreter needed: blank.
A man in a hospital porter's fleece holds the door for a woman in a dark green headscarf. He carries her coat and a plastic folder of letters; she keeps her handbag on her knees.
Good morning, doctor. Javed Rahimi. This is my wife, Farida. # speaker: javed # mood: warm
{ javed_stays == 0:
    He pulls the second chair close to hers and sits on its edge, the car keys still in his hand. The car is on the twenty-minute bay outside.
- else:
    He pulls the second chair close to hers, sits on its edge, and checks the time on his phone. He came straight from a night shift, on the bus.
}
She is tired all the time. She needs vitamins, I think. # speaker: javed # mood: neutral
Farida looks at you, then at her hands.
Good morning. Yes, I am tired. Two months, maybe more. I sleep, but I wake up tired. And also... # speaker: farida # mood: guarded
She stops, searching for an English word. About twelve seconds have passed since she began.
* [Turn to Javed: "What vitamins were you thinking of?" # move: interrupt # move: address-companion # time: 1 # why: Farida's sentence is left unfinished and Javed's vitamins become the subject. From here on he answers your questions first, and she stops trying to finish hers.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -8)
    What vitamins were you thinking of? # speaker: clinician
    Vitamin D, maybe iron. A man at work takes one for tiredness. He says it is a miracle. # speaker: javed # mood: neutral
    Farida sits back in her chair. She does not finish her sentence.
    From here on, when you ask a question, Javed answers it first.
* [Wait, and let her find the word # move: let-finish # move: address-patient # time: 2 # why: Farida gets to finish in her own words, and says there is a second thing wrong with her body. It costs a minute of silence and tells her this visit is hers.]
    ~ addressed += 1
    ~ shift(trust, 8)
    ~ shift(autonomy, 5)
    You say nothing. You nod, and wait.
    Farida breathes out.
    And also my body is not right. A small thing. Maybe another day. # speaker: farida # mood: guarded
    She glances at Javed. He pats her hand.
    She worries too much, doctor. # speaker: javed # mood: warm
* [Help her along: "Tired how? Sleeping badly? Losing weight?" # move: interrupt # move: narrow-agenda # time: 1 # why: Your closed questions fill her pause, and the word she was looking for is lost. Farida answers what you asked, and the second thing she was starting to say goes unsaid.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -5)
    Tired how? Sleeping badly? Losing weight? # speaker: clinician
    Farida closes her mouth. Whatever the word was, it has gone.
    No. Sleeping is okay. # speaker: farida # mood: guarded
    Her weight is the same. She eats well. I cook now, on my days off. # speaker: javed # mood: neutral
    Badly. He cooks badly. # speaker: farida # mood: neutral
    It is the kind of joke that closes a subject rather than opening one.
- -> agenda

=== agenda
The booking system gives this visit fifteen minutes. A laminated notice by the door, put up by the practice, asks patients to bring one problem per appointment.
{ late == 1:
    Through the wall you can hear the waiting room: a child, a cough, someone asking at the desk how much longer it will be.
}
Farida's eyes have gone to the notice too. She reads English better than she speaks it.
* [Set the agenda: the tiredness today, anything else at another appointment # move: narrow-agenda # move: comply-policy # time: 1 # why: The visit shrinks to the tiredness before Farida has said what else is wrong, and the notice on the door answers for her. She hears that her other thing belongs to another day.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -5)
    Let's focus on the tiredness today. If there's anything else, reception can book you another appointment. # speaker: clinician
    Yes, one thing. Good. We are quick. # speaker: javed # mood: neutral
    Farida nods. Her fingers tighten on the strap of her bag.
    Okay. One thing. # speaker: farida # mood: withdrawn
* [Ask Javed what he has noticed at home # move: address-companion # move: open-question # time: 2 # why: You learn useful things about her days from Javed, and the account of her tiredness becomes his. Farida listens to her husband describe her.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -4)
    What have you noticed at home, Mr Rahimi? # speaker: clinician
    She sleeps in the afternoon. Before, never. She walked the grandchildren to school every day; now I do it, after my night shift. # speaker: javed # mood: warm
    And she is pale, I think. Grey, here. # speaker: javed # mood: neutral
    He touches his own cheek. Farida says something short to him in Dari, and he laughs.
    She says I am the grey one. # speaker: javed # mood: warm
    It is useful. It is also Javed's account of her tiredness, not hers.
* [Ask Farida what else she would like to cover today, before you start # move: open-question # move: address-patient # time: 2 # why: Farida gets to name her own list before the tiredness takes the slot. With time to spare that opens the door; in a clinic running half an hour late, an open list with no limit also fills with Javed's questions.]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    { late == 1:
        ~ shift(waiting, 5)
    }
    Before we start: is there anything else you'd like to talk about today? # speaker: clinician
    {
    - reveal == 1 && trust >= 50:
        ~ hinted = true
        The tiredness. And one more thing. A woman's thing. Maybe for later. # speaker: farida # mood: guarded
        Her eyes go to the folder on Javed's knees, not to Javed.
    - trust >= 55:
        The tiredness. And one more thing. But maybe for later. # speaker: farida # mood: guarded
    - else:
        Only tired. # speaker: farida # mood: guarded
    }
    -> javed_list
* [Say how much time there is, ask Farida what matters most today, and offer a longer visit for the rest # move: keep-to-time # move: address-patient # time: 1 # why: Farida hears how long there is, chooses what comes first, and is promised a longer visit for the rest. When the clinic is badly behind that is honest; when it is not, she hears a limit she did not need.]
    ~ addressed += 1
    We have about fifteen minutes today. Farida, what matters most to you to sort out today? Anything we can't cover, I'll book you a longer appointment for. # speaker: clinician
    { late == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
        ~ shift(waiting, -3)
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
    }
    {
    - reveal == 1 && trust >= 50:
        ~ hinted = true
        The tired, first. And a woman's thing. Maybe the longer time, for that. # speaker: farida # mood: guarded
    - else:
        The tired. # speaker: farida # mood: neutral
    }
    Good. One thing, quick. # speaker: javed # mood: neutral
    { late == 0:
        Farida nods, a little too quickly. There are two people waiting, and already the talk is of the next appointment.
    }
- -> language

// An open list fills with Javed's questions too; whose time is this?
= javed_list
{ late == 1:
    ~ shift(waiting, 4)
}
Javed takes the opening too.
And for me, doctor, since we are here: my blood pressure tablets, they make me cough. And a form for work. Two minutes. # speaker: javed # mood: warm
{ late == 1:
    The list now has four things on it, and the waiting room has been waiting for all of them.
- else:
    The list now has four things on it, two of them his.
}
* [Look at Javed's tablets quickly, since he is here # move: address-companion # time: 2 # why: Two minutes of Farida's appointment become her husband's, and the people waiting wait longer for it. She watches her slot shrink before she has said her own second thing.]
    ~ shift(autonomy, -3)
    { late == 1:
        ~ shift(waiting, 4)
    - else:
        ~ shift(waiting, 1)
    }
    You look up his tablets, suggest he asks the pharmacist about the cough, and sign nothing. It takes longer than two minutes.
    Farida waits, her hands on her bag.
* [Tell Javed his own questions deserve their own appointment, and keep this one for Farida # move: keep-to-time # move: address-patient # time: 1 # why: Farida's time stays hers, the waiting room loses nothing, and Javed hears that his health is worth a visit of its own. He is a little put out, and Farida sits up.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Mr Rahimi, your tablets deserve a proper look, in your own appointment; reception can book you one today. This one is Farida's. # speaker: clinician
    Okay. Okay. My own appointment. # speaker: javed # mood: neutral
    Farida looks at you, and then, for a moment, at the notice on the door.
* [Ask Farida whether she minds Javed's questions taking some of her time # move: offer-control # move: address-patient # time: 2 # why: Farida is asked, with Javed beside her, to give her minutes to his cough; in front of him no other answer is open, and the minutes go to him.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 1)
    { late == 1:
        ~ shift(waiting, 4)
    - else:
        ~ shift(waiting, 1)
    }
    Farida, do you mind if we spend a little of your time on Mr Rahimi's questions? # speaker: clinician
    No, no. His tablets. Quick. # speaker: farida # mood: neutral
    It is the only answer she could give with him sitting beside her. The minutes go to his cough.
- -> language

=== language
You ask how the tiredness affects her day. Farida starts in English, stops, then turns to Javed and says three or four sentences in Dari.
She says she is weak in the legs. # speaker: javed # mood: neutral
It was a lot of Dari for six English words. Farida heard the six words, and you see her decide not to correct them.
The practice has a telephone interpreting line, answered in a minute or two; a video interpreter has to be booked ahead.
* [Ask Javed to interpret; his English is good and it's quicker # move: family-interpreter # move: address-companion # time: 1 # why: Everything Farida says now passes through her husband, who loves her and edits without meaning to. It saves a minute or two and closes off anything she cannot say in front of him.]
    ~ interp = 1
    ~ shift(trust, -4)
    ~ shift(autonomy, -6)
    Would you mind interpreting for us, Mr Rahimi? It'll be quicker. # speaker: clinician
    Of course. I do it everywhere: the bank, the council, the school. # speaker: javed # mood: warm
    He says it with some pride. For two years he has been her voice in every office in this city, and he has been good at it.
    From now on Farida speaks to Javed, and Javed speaks to you.
* [Call the telephone interpreting line, and ask Farida whether she would prefer a woman interpreter # move: professional-interpreter # move: offer-control # move: address-patient # time: 3 # why: Farida speaks and hears for herself in Dari, in confidence, through a woman she chose. It costs three minutes and a little of Javed's pride, and it is the route most likely to let her say a woman's thing.]
    ~ interp = 2
    ~ interp_woman = true
    ~ addressed += 1
    ~ shift(trust, 10)
    ~ shift(autonomy, 8)
    I'd like us to use an interpreter on the phone, so you can say everything in Dari. Would you prefer a woman? # speaker: clinician
    Farida looks up at you properly for the first time.
    A woman. Yes. Thank you. # speaker: farida # mood: warm
    It takes time, no? I can translate. It is no problem. # speaker: javed # mood: guarded
    You tell him it is how you work with everyone, and dial. Hold music, then a question about gender, then more hold music.
    The line clicks. # sfx: phone-ring
    Good morning. Dari interpreter, number 4471. I will interpret everything that is said, in the first person, and all of it is confidential. # speaker: interpreter
    It is a woman's voice. Farida answers her in Dari, and for the first time she smiles.
* [Carry on in short, simple English sentences, checking that she follows # move: plain-language # move: address-patient # time: 1 # why: Farida keeps her own voice, in a language she half has. She can follow and answer simple things, and anything that needs more words than she has stays unsaid.]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    Let's try in English, in short sentences. Stop me if I go too fast. # speaker: clinician
    Okay. I understand more than I speak. # speaker: farida # mood: neutral
    My English teacher says the same. She is twenty-five and very strict. # speaker: farida # mood: warm
* [Call the telephone interpreting line and take the first interpreter free # move: professional-interpreter # time: 2 # why: Farida can speak Dari in confidence, but the first interpreter free is a man. She is polite with him, and what she has to say about her body gets harder to say.]
    ~ interp = 2
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    You put the interpreting line on speaker. Javed looks at the clock while the hold music plays.
    The line clicks. # sfx: phone-ring
    Good morning. Dari interpreter, number 2290. I will interpret everything that is said, in the first person, and all of it is confidential. # speaker: interpreter
    It is a man's voice. Farida greets him politely and sits up a little straighter.
- -> history

=== history
You want a picture of the tiredness before the slot runs away from you.
* [Run through a quick checklist: "Any dyspnoea? Weight loss? Change in bowel habit? Any postmenopausal bleeding?" # move: jargon # move: narrow-agenda # time: 1 # why: The right questions arrive in shorthand, and Farida cannot tell which of them she has understood. Whatever she answers, you cannot be sure it answers what you asked.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    ~ shift(care, 2)
    Any dyspnoea? Weight loss? Change in bowel habit? Any postmenopausal bleeding? # speaker: clinician
    {
    - interp == 2:
        A pause on the line.
        Interpreter speaking: could you say postmenopausal bleeding another way, please? I want to interpret it accurately. # speaker: interpreter
        Bleeding from the vagina. # speaker: clinician
        The interpreter asks. Farida goes very still. Beside her, Javed is reading a text from work.
        No. # speaker: farida # mood: withdrawn
        It comes a beat late.
    - interp == 1:
        Javed translates quickly. You are not sure how he put the last one. You are not sure he knew what it meant.
        No, none of these. # speaker: javed # mood: neutral
        Farida keeps her eyes on the floor.
    - else:
        Farida nods at some of the words and not at others.
        No. No. # speaker: farida # mood: guarded
        You realise you don't know which of the questions she understood.
    }
* [Ask Farida to describe a normal day now, compared with a year ago # move: open-question # move: address-patient # time: 2 # why: Farida describes her own days, in her own order, and you hear how much the tiredness has taken from her. It takes two minutes and tells you little about warning signs.]
    ~ addressed += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Tell me about a normal day now, and what a day was like a year ago. # speaker: clinician
    {
    - interp == 1:
        Javed asks her. Farida talks for a long time, counting things off on her fingers.
        She says she is slower. She sleeps in the day. # speaker: javed # mood: neutral
        You wonder what the fingers were counting.
    - interp == 2:
        Farida answers at length. The interpreter keeps pace with her.
        A year ago I did everything: the cooking, the school walk, homework with my grandson. Now I sit down to check his sums and I fall asleep in the chair. # speaker: interpreter
        I taught mathematics for thirty years in Herat. I never fell asleep over sums before. # speaker: interpreter
        Omid thinks it is very funny. He is nine. # speaker: farida # mood: warm
    - else:
        A year ago, I did everything. Cooking, the school, homework with my grandson. # speaker: farida # mood: warm
        Now I check his sums and I fall asleep in the chair. He thinks it is very funny. # speaker: farida # mood: warm
        Thirty years I taught mathematics, in Herat. I never fell asleep over sums. # speaker: farida # mood: warm
    }
* [Ask how she is sleeping and feeling in herself, and how life here is going # move: open-question # move: authentic-connection # move: address-patient # time: 2 # why: Farida is asked about herself as a person, not only a symptom, and she may speak of her sister. You learn what she carries, and the warning-sign questions wait.]
    ~ addressed += 1
    ~ mariam_mentioned = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    How are you sleeping? And how are you feeling in yourself, with everything? # speaker: clinician
    {
    - interp == 1:
        Farida answers Javed in Dari. You catch a name in the middle of it: Mariam.
        She says she sleeps, but she is not rested. She misses home. # speaker: javed # mood: neutral
        He does not translate the name.
    - interp == 2:
        I sleep, but it doesn't rest me. I miss Herat, of course. My sister Mariam died there last year. She was ill a long time before anyone looked properly. # speaker: interpreter
        Mariam. # speaker: farida # mood: guarded
        Then, in Dari again, lighter. The interpreter follows.
        But here I have my grandchildren, and English class on Tuesdays. My teacher is twenty-five. She is very strict with me. # speaker: interpreter
    - else:
        Sleep, yes. But no rest. # speaker: farida # mood: guarded
        I miss Herat. My sister Mariam died last year, there. She was ill a long time. Nobody looked. # speaker: farida # mood: guarded
        Here I have grandchildren. And English class, on Tuesday. My teacher is twenty-five. Very strict. # speaker: farida # mood: warm
    }
* [Ask the warning-sign questions in plain words: breathless? losing weight? any change in her bowels? any bleeding from anywhere? # move: ask-about-risk # move: plain-language # move: address-patient # time: 1 # why: Farida is asked the questions that matter for a tired woman of 58, in words she can answer. She can say what is true about her breath and her bowels; with Javed beside her, the bleeding question is harder.]
    ~ addressed += 1
    ~ shift(trust, 2)
    ~ shift(care, 4)
    I'm going to ask a few questions I ask everyone who is this tired. Are you out of breath? Losing weight without trying? Any change in your bowels? Any bleeding, from anywhere? # speaker: clinician
    {
    - interp == 1:
        Javed translates each one. The answers come back through him.
        Breathless on the stairs, yes. Weight, the same. Toilet, normal. Bleeding, no. # speaker: javed # mood: neutral
    - interp == 2:
        The interpreter asks each question in turn. Farida answers the first three at once.
        Out of breath on the stairs, yes. My weight is the same. My bowels are normal. # speaker: interpreter
        The fourth takes longer.
        No. # speaker: farida # mood: guarded
    - else:
        Breath, on the stairs, yes. Weight, same. Toilet, normal. # speaker: farida # mood: neutral
        At the last question she looks at the floor.
        No. # speaker: farida # mood: guarded
    }
    { reveal == 1:
        ~ hinted = true
        Her eyes go to Javed, then back to you, and stay there a moment longer than the answer needed.
    }
- -> concerns

=== concerns
{ clock >= 8:
    Javed glances at the clock on the wall, then at his phone.
}
{
- trust >= 60:
    Farida has let go of the bag strap. She is watching you, not Javed, waiting for the next question.
- trust >= 40:
    Farida sits very straight, her bag on her knees, and waits.
- else:
    Farida is looking at the floor. When you speak, she looks at Javed first.
}
* [Explain that you'd like to check her eyes, pulse and tummy, and ask if that's all right # move: ask-before-touch # move: plain-language # move: address-patient # time: 2 # why: Farida knows what you want to do and why, and can say no. The examination finds that something physical is going on: she is pale and her pulse is fast.]
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(care, 3)
    I'd like to look at your eyes, feel your pulse and press on your tummy. Is that all right? You can say stop at any time. # speaker: clinician
    Okay. Yes. # speaker: farida # mood: neutral
    The inside of her lower eyelids is pale. Her pulse is 96 and regular. Her tummy is soft, and you feel nothing that shouldn't be there.
    Pale, yes? My grandson says I am the colour of his school shirt. # speaker: farida # mood: warm
* [Go with the vitamins idea: "Checking vitamin levels is a good thought." # move: address-companion # move: narrow-agenda # time: 1 # why: Javed's explanation becomes the working plan, agreed with him over her head. Farida has not been asked what she thinks is wrong, and now she does not need to be.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Checking vitamin levels is a good thought, Mr Rahimi. # speaker: clinician
    Good. I told her. # speaker: javed # mood: relieved
    Farida says nothing. She straightens the strap of her bag.
* [Ask Farida what she thinks is behind the tiredness, and what worries her # move: elicit-values # move: ask-about-beliefs # move: address-patient # time: 2 # why: Farida is asked for her own idea of what is wrong. If she trusts you, she says it is not vitamins; if she wants you to tell her, she says so, and you have to hear which it is.]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    What do you think is causing it? And is there anything that worries you? # speaker: clinician
    {
    - interp == 1:
        Javed asks her. She answers briefly, and he answers for both of them.
        We think vitamins. The winter here is very dark. # speaker: javed # mood: neutral
    - trust >= 55:
        ~ hinted = true
        I don't think it is vitamins. # speaker: farida # mood: guarded
        She looks at Javed, then back at you.
        Something is not right. I will say, maybe. Later. # speaker: farida # mood: guarded
    - else:
        -> doctor_decides
    }
- -> alone

// "You are the doctor": an honest wish to be told, or her husband's view and her tiredness speaking.
= doctor_decides
{ wants == 3:
    I don't know. That is why I came. You are the doctor: you tell me what you think, and I will listen. # speaker: farida # mood: neutral
    She says it steadily, looking at you, not at Javed. A teacher asking the one who has the answer key.
- else:
    She looks at Javed before she answers.
    I don't know. You are the doctor. # speaker: farida # mood: guarded
    The doctor knows best, Farida-jan. # speaker: javed # mood: warm
}
* [Tell her what you think could be behind it, and what you will check first # move: recommend-clearly # move: plain-language # time: 1 # why: Farida hears your own view in plain words, with the reasons. If she asked to be told, she gets what she came for; if it was Javed's view speaking, her own idea goes unasked.]
    Tiredness like this is often thin blood, from low iron, or a slow thyroid, and sometimes something else. I'll check your blood, and I want to ask a few more questions first. # speaker: clinician
    { wants == 3:
        ~ shift(trust, 7)
        ~ shift(autonomy, 2)
        Good. First the facts. Then I can think. # speaker: farida # mood: warm
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -4)
        Okay. # speaker: farida # mood: neutral
        Javed nods for both of them.
    }
* [Say that what she has noticed herself matters, and ask her again # move: elicit-values # move: address-patient # time: 1 # why: Farida is asked a second time for what she has noticed. If the first answer was Javed's view and her tiredness, she finds her own; if she meant it, she is handed back a question she asked you to answer.]
    You know your body better than anyone. What have you noticed yourself? Even small things. # speaker: clinician
    { wants == 3:
        ~ shift(trust, -4)
        She frowns, as if she has been set homework she didn't ask for.
        I told you. I don't know. That is why I ask you. # speaker: farida # mood: guarded
    - else:
        ~ hinted = true
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
        She is quiet for a moment. Javed starts to answer, and she puts a hand on his arm.
        I don't think it is vitamins. Something is not right. I will say, maybe. Later. # speaker: farida # mood: guarded
    }
- -> alone

=== alone
{ javed_stays == 0 && not javed_out:
    -> parking
}
The visit has reached the point where you would usually start to wrap up.
You have a tired woman, a plausible story and a husband with a good idea about vitamins. You also have the feeling that something in the room has not been said.
* [Keep Javed in the room; he seems to help her # move: address-companion # time: 1 # why: Javed stays beside her with the folder, helpful and attentive. Whatever Farida cannot say in front of her husband stays unsaid, and she is not asked whether she wants it that way.]
    ~ shift(autonomy, -3)
    Javed settles back in his chair. He has the folder open, ready with dates.
    -> the_question
* [Explain that you offer everyone some time alone for part of a visit, and ask Farida if she'd like that # move: offer-control # move: address-patient # time: 2 # why: Farida is asked, as a routine offered to everyone, whether she wants a few minutes on her own. She decides who is in the room, and Javed hears that it is not about him.]
    ~ addressed += 1
    I offer everyone some time on their own with me, for part of the visit. It's routine. Farida, would you like that today? # speaker: clinician
    { interp == 1:
        Javed pauses before he translates it.
    }
    {
    - trust >= 50:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
        Farida looks at Javed, then at you.
        Yes. A few minutes. # speaker: farida # mood: guarded
        -> pushback
    - else:
        ~ shift(autonomy, 2)
        No. He can stay. # speaker: farida # mood: withdrawn
        You tell her the offer stands, at any visit. She hears that it was hers to refuse.
        -> the_question
    }
* [Ask Javed to wait outside for a few minutes # move: decide-for # move: address-companion # time: 1 # why: Javed is sent out without Farida being asked. She gets privacy she did not choose, and is left unsure what is supposed to happen now.]
    ~ javed_out = true
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Mr Rahimi, would you mind waiting outside for a few minutes? # speaker: clinician
    Oh. Of course. # speaker: javed # mood: guarded
    He picks up the folder, then puts it down again, then takes it with him.
    Farida watches the door close. Then she looks at you, not sure what is supposed to happen now.
    { interp == 1:
        Without Javed, it is your English and hers.
    }
    -> the_question
* [Carry on, turning your chair to speak to Farida rather than to Javed # move: address-patient # time: 1 # why: Farida is spoken to directly, and the conversation becomes hers to answer. Javed is still beside her, so anything she cannot say in front of him still waits.]
    ~ addressed += 1
    ~ shift(trust, 3)
    { interp == 2:
        You turn your chair a little, so that you face Farida and the phone, not Javed.
    - else:
        You turn your chair a little, so that you face Farida, not Javed. He notices, and lets her answer first.
    }
    -> the_question

= pushback
Javed's face changes. Not angry: hurt.
Alone? Why? I am her husband. She has no secrets from me. # speaker: javed # mood: guarded
* [Let it go: "Of course, stay." # move: address-companion # time: 1 # why: Farida was asked, answered yes, and the answer was taken back as soon as her husband objected. She learns that in this room his view outranks hers.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    Of course. Please, stay. # speaker: clinician
    Farida looks at the floor. She was asked, she answered, and the answer was taken back.
* [Ask Farida to tell Javed what she would like, in her own words # move: offer-control # move: address-patient # time: 1 # why: Farida is given the chance to tell her husband herself what she wants. If she trusts you enough she does, lightly, and he goes; if not, she gives way and he stays.]
    ~ addressed += 1
    Farida, would you tell Mr Rahimi what you'd like? # speaker: clinician
    {
    - trust >= 55:
        ~ javed_out = true
        ~ shift(trust, 3)
        ~ shift(autonomy, 8)
        Farida puts a hand on his arm and speaks to him quietly in Dari. He listens, then nods.
        She says: go and phone your supervisor, you are making me nervous. # speaker: javed # mood: warm
        He laughs, a little, and goes.
    - else:
        ~ shift(trust, -4)
        Farida says something short to Javed in Dari.
        It is okay. He stays. # speaker: farida # mood: withdrawn
    }
* [Tell Javed it is routine for every patient and that Farida has said yes, then ask her whether five minutes is enough # move: offer-control # move: address-patient # move: authentic-connection # time: 1 # why: Farida's yes stands, and Javed hears it is routine rather than suspicion of him. She still sets the terms: she says how long, and he goes out reassured.]
    ~ addressed += 1
    ~ javed_out = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    It's what I do with every patient, Mr Rahimi, husbands and wives and grown-up children alike. Farida has said yes. Farida, is five minutes enough? # speaker: clinician
    Five minutes. Yes. # speaker: farida # mood: neutral
    Okay. Five minutes. I will phone my supervisor anyway. # speaker: javed # mood: neutral
    He squeezes her shoulder on the way out.
    Farida-jan, I am just outside. # speaker: javed # mood: warm
- -> the_question

// Javed's twenty minutes on the bay are up: the run decides he has to go.
= parking
~ javed_out = true
~ parked = true
Javed's phone buzzes. He reads it and stands up.
The parking. Twenty minutes only, and they give tickets. I must move the car, doctor. Five minutes. # speaker: javed # mood: distressed
He leaves the folder on his chair. The door closes behind him.
{ interp == 1:
    Without Javed, it is your English and hers.
}
* [Carry on with the tiredness questions until he is back # move: narrow-agenda # move: detach # time: 1 # why: The five minutes alone pass on appetite and sleep. Farida is not told that she could use them, and when Javed comes back the room is as it was.]
    ~ javed_out = false
    ~ shift(trust, -2)
    You ask about her appetite, her sleep, her periods in the past. She answers briefly. Before you have finished, Javed is back, out of breath.
    Okay. Car is okay. # speaker: javed # mood: neutral
* [Tell Farida you have a few minutes, just the two of you, and she can say anything or nothing # move: offer-control # move: address-patient # time: 1 # why: Farida hears that these minutes are hers and that she can use them or not. Nothing is asked of her, and the door is left open.]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    While he's gone: it's just the two of us for a few minutes. You can tell me anything, or nothing. It's up to you. # speaker: clinician
    Farida looks at the closed door for a long moment.
* [Wait for Javed to come back before going on, so that he doesn't miss anything # move: address-companion # time: 2 # why: The visit pauses for Javed, and the minutes Farida had without him are spent waiting. She sees that the consultation is run around her husband.]
    ~ javed_out = false
    ~ shift(autonomy, -4)
    You wait. Farida waits. The clock on the wall moves on two minutes, and so does the waiting room.
    Javed comes back in, out of breath. Okay. Car is okay. # speaker: javed # mood: neutral
- -> the_question

=== the_question
{ javed_out:
    {
    - trust >= 60:
        With the door shut, Farida sits back in her chair. Her shoulders come down.
    - else:
        Farida keeps her eyes on the door. Her hands stay on the bag.
    }
- else:
    Javed sits beside her with the folder open, ready to help.
}
* [Ask directly, saying why: bleeding can cause tiredness like hers, so has she had any bleeding, from anywhere, including from the vagina? # move: ask-about-risk # move: address-patient # time: 1 # why: Farida is asked the exact question, with the reason, as something asked of every tired woman her age. A woman who would never raise it herself can answer yes to it, if the room lets her; one ready to tell it her way gets a yes-or-no.]
    ~ addressed += 1
    ~ asked = "direct"
    I ask everyone who is this tired, because bleeding is one of the things that causes it. Have you had any bleeding, from anywhere? Including from the vagina? # speaker: clinician
* [Start wrapping up: blood tests for the tiredness, and see how things go # move: narrow-agenda # move: detach # time: 1 # why: The visit turns to the screen and the blood form. Unless Farida is alone and trusts you enough to stop you, whatever she came to say goes home with her.]
    ~ asked = "wrap"
    Let's start with some blood tests for the tiredness, and take it from there. # speaker: clinician
    You turn to the screen and open the blood test form.
* [Ask an open question: is there anything else going on, anything at all? # move: open-question # move: address-patient # time: 2 # why: Farida is given room to raise it herself, in her own words. A woman ready to tell can tell it her way; one who needs to be asked straight out can still say no.]
    ~ addressed += 1
    ~ asked = "open"
    Is there anything else going on with your body, anything at all? Even if it feels hard to talk about. # speaker: clinician
- -> answer

=== answer
// The gate: a voice (Javed out, or a professional interpreter and being spoken to directly)
// and enough trust. How high depends on the run (reveal), on how she was asked, on whether
// she has already hinted, and on the interpreter.
~ temp gate = 60
{ reveal == 1:
    ~ gate = 50
}
{ reveal == 3:
    ~ gate = 65
}
{ asked == "direct":
    ~ gate = gate - 5
}
{ reveal == 3 && asked == "open":
    ~ gate = 101
}
{ hinted:
    ~ gate = gate - 5
}
{ interp == 2 && not interp_woman:
    ~ gate = gate + 10
}
{
- asked == "wrap" && javed_out && trust >= 70 && reveal < 3:
    -> volunteers
- asked == "wrap":
    -> knock
- javed_out && trust >= gate:
    -> disclosure
- interp == 2 && addressed >= 2 && trust >= gate:
    -> asks_javed_out
- else:
    -> holds_back
}

= volunteers
You are already choosing the tests when she speaks.
Doctor. Wait. Before my husband comes back. # speaker: farida # mood: guarded
-> disclosure

= asks_javed_out
Farida turns to Javed and speaks to him in Dari, quietly.
She is speaking to her husband. She says: Javed, go and phone your supervisor. I want a few minutes with the doctor. # speaker: interpreter
Javed looks at her for a long moment. Whatever he sees, he nods.
I am outside. # speaker: javed # mood: guarded
~ javed_out = true
-> disclosure

= holds_back
{
- reveal == 1 && asked == "open" && trust >= 40:
    ~ asked_back = true
    ~ shift(trust, 3)
    ~ shift(care, 4)
    Farida looks at Javed, then at you, and answers in English, quietly.
    There is something. Not today. Another day, a longer time, a woman. # speaker: farida # mood: guarded
    Javed looks at her, puzzled, and she pats his hand.
- not javed_out && interp == 1:
    Javed translates. Farida shakes her head before he has finished.
    No. Nothing else. Only tired. # speaker: javed # mood: neutral
    She looks at her hands while he says it.
- not javed_out && trust >= 50:
    Farida opens her mouth, looks at Javed, and closes it again.
    No. Only tired. # speaker: farida # mood: guarded
- javed_out:
    Farida glances at the door, then at the clock, then at you.
    No. Only tired. # speaker: farida # mood: withdrawn
    Whatever it is, she has decided this room is not the place for it.
- else:
    No. # speaker: farida # mood: withdrawn
}
-> knock

=== disclosure
~ disclosed = true
~ shift(care, 20)
{
- interp == 2:
    Farida speaks in Dari, slowly, looking at the phone rather than at you.
    I have been bleeding. From the vagina, like a period. My periods stopped three years ago. For two months now it comes and goes, not much, some days. # speaker: interpreter # disclose: bleeding
    I have not told my husband. It is a women's matter, and I was ashamed to say it in front of him. # speaker: interpreter
    Three years. Finished. And now this. # speaker: farida # mood: distressed
- else:
    Doctor. There is bleeding. Down there. Like a period. # speaker: farida # mood: distressed # disclose: bleeding
    But my periods finished three years ago. Now, two months, it comes and goes. Not much. Some days. # speaker: farida # mood: distressed
    I did not tell my husband. It is a woman's thing. I was ashamed. # speaker: farida # mood: guarded
}
{
- reveal == 1 && asked == "open":
    ~ shift(trust, 5)
    I was waiting for someone to ask me like that. Not only about tired. # speaker: farida # mood: relieved
- reveal == 3 && asked == "direct":
    ~ shift(trust, 3)
    You asked straight. If you did not ask straight, I would not say. # speaker: farida # mood: guarded
}
-> knock

// The receptionist knocks in every run; how many are waiting, and whether Mr Osei's
// transport is about to leave, is what the run drew.
=== knock
A knock, and the door opens a hand's width. # sfx: door-knock
{ late == 1:
    Sorry, doctor. Five waiting now, and Mr Osei's hospital transport comes at half past. He's asking if he'll be seen before it goes. # speaker: receptionist
- else:
    Sorry, doctor, just so you know: Mr Osei's here a bit early for his review. No rush. # speaker: receptionist
}
{ disclosed:
    Farida has stopped mid-breath. What she has just said is still in the room.
- else:
    Farida looks at the door, then at the clock.
}
* [Nod to the receptionist and speed up, to finish quickly # move: rush-decision # move: narrow-agenda # time: 1 # why: Farida sees the pace change and her answers shorten to match. Nobody says how long is left or what will be left out, so she cannot choose what matters most in it.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -3)
    { late == 1:
        ~ shift(waiting, -2)
    }
    You nod. The door closes. You lean forward and start talking faster.
    Farida's answers get shorter to match.
* [Say you'll be five minutes; tell Farida what you can cover in five, and promise a double appointment this week for the rest # move: keep-to-time # move: plain-language # time: 1 # why: Farida hears how long is left, what it is for, and when the rest happens. With five waiting, Mr Osei makes his transport; with one early patient, she loses minutes nobody needed.]
    ~ kept_time = true
    Five minutes, please. # speaker: clinician
    { disclosed:
        Farida, in the next five minutes I'll do the most important thing: arrange the urgent check for the bleeding, and make sure you know what it is. The tiredness and all your questions we'll do in a double appointment this week, with a woman interpreter. # speaker: clinician
    - else:
        Farida, we have five more minutes today. I'll use them for the blood tests and what to watch out for, and I'll book you a double appointment this week, with an interpreter, for everything else. # speaker: clinician
    }
    { late == 1:
        ~ shift(trust, 3)
        ~ shift(waiting, -6)
        Farida nods. A plan with a time on it.
        Through the door you hear the receptionist tell Mr Osei that he is next.
    - else:
        ~ shift(trust, -3)
        ~ shift(autonomy, -2)
        Farida nods, but something in her closes a little. There was one person waiting, and he was early.
    }
* [Ask the receptionist to tell the waiting room you are running late, and carry on at Farida's pace # move: work-around # time: 1 # why: Farida gets the time she needs, at her own pace, and the cost moves to the waiting room. With one early patient that costs almost nothing; with five waiting, Mr Osei's transport leaves without him.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    { late == 1:
        ~ shift(waiting, 12)
        The receptionist's face says what the waiting room will say. Mr Osei's transport will not wait for him.
    - else:
        ~ shift(waiting, 2)
        Of course. # speaker: receptionist
    }
-
{ disclosed:
    -> disclosure_ack
}
-> not_today

=== disclosure_ack
Bleeding after the menopause, at fifty-eight: she needs an urgent referral to rule out cancer of the womb.
And it may not be the whole story of her tiredness. A little bleeding on some days does not always explain thin blood, so the blood tests still matter.
* [Go straight into the clinical questions: how much, how often, any pain, any hormone treatment # move: narrow-agenda # move: detach # time: 2 # why: The referral gets the details it needs, and Farida gets a list of questions straight after saying the hardest thing. Her answers shrink as your questions speed up.]
    ~ shift(trust, -4)
    ~ shift(care, 4)
    How much bleeding? How often? Any pain? Any discharge? Are you taking any hormone tablets, or blood thinners? # speaker: clinician
    Not much. Some days. No pain. No tablets. # speaker: farida # mood: guarded
    Her answers get shorter as your questions get quicker.
* [Thank her for telling you, then ask the few questions the referral needs # move: authentic-connection # move: narrow-agenda # time: 2 # why: Farida hears that telling you was right before she hears any questions. The referral still gets what it needs: how much, how often, and whether she takes hormones or blood thinners.]
    ~ shift(trust, 5)
    ~ shift(care, 4)
    Thank you for telling me. I know that wasn't easy, and it's important. I need to ask a few quick questions for the hospital. # speaker: clinician
    How much bleeding, how often, any pain, and do you take any hormone tablets or blood thinners? # speaker: clinician
    Not much. Some days. No pain. No tablets. # speaker: farida # mood: guarded
    I waited too long. I know. # speaker: farida # mood: relieved
    Two months is not too long to find the words. You've found them now. # speaker: clinician
* [Ask what she has been thinking it might be # move: elicit-values # move: open-question # time: 2 # why: Farida is asked what she fears before anything else. If she trusts you enough she names it; the details the referral needs wait for later.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    What have you been thinking it might be? # speaker: clinician
    {
    - trust >= 72:
        ~ worry_told = true
        Farida is quiet for a moment.
        { mariam_mentioned:
            My sister. Mariam. I told you. # speaker: farida # mood: distressed
        - else:
            My sister Mariam died last year, in Herat. # speaker: farida # mood: distressed
        }
        It started like this for her. Bleeding, after her time was finished. She said nothing for a year. When they found it, it was too late. # speaker: farida # mood: distressed # disclose: worry
        Every night since the bleeding came, I think: this is Mariam's illness. # speaker: farida # mood: distressed
        You let that sit for a moment before you answer.
        I'm so sorry about Mariam. You've come to me after two months, not a year, and that is exactly why we'll move quickly. # speaker: clinician
    - else:
        I don't know. I try not to think. # speaker: farida # mood: guarded
    }
- -> explain

=== explain
She needs to understand what this might mean, and what happens next. You also add the blood tests for her tiredness to the form.
* [Keep it light, so as not to frighten her: "We'll get a scan, just to check things over" # move: conceal # move: false-reassurance # time: 1 # why: Farida is spared a frightening word today and loses the reason to go. She leaves thinking a scan is a formality with no hurry to it.]
    ~ concealed = true
    ~ shift(autonomy, -8)
    ~ shift(care, -8)
    We'll get a scan, just to check things over. Nothing to worry about. # speaker: clinician
    A scan. Okay. # speaker: farida # mood: relieved
    She looks relieved, and a little puzzled, as if she had braced herself for something heavier.
* [Explain in plain words: bleeding after the menopause is always checked, quickly; usually it isn't cancer, but sometimes it is # move: plain-language # move: transparent-disclosure # time: 2 # why: Farida hears what is being ruled out, how likely it is, and why it is urgent. A mathematics teacher gets a number she can carry instead of a fog.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    ~ shift(care, 5)
    When bleeding starts after periods have stopped, we always check it, and quickly. # speaker: clinician
    Most of the time the cause is something simple, like the lining of the womb becoming thin and delicate. But sometimes it is cancer of the womb, and if it is, finding it early makes a real difference. # speaker: clinician
    Most times no, sometimes yes. How many times yes? # speaker: farida # mood: guarded
    In studies of women with this kind of bleeding, roughly one in ten turns out to have cancer. Nine in ten, it's something else. # speaker: clinician
    One in ten. Okay. I taught numbers for thirty years. A number I can carry. A fog, no. # speaker: farida # mood: warm
    And the tiredness: I'm checking your blood. If your iron is low, we may look at your stomach and bowel too, because a little bleeding may not explain it. # speaker: clinician
    { worry_told:
        And Mariam? # speaker: farida # mood: distressed
        Mariam waited a year, with no one to check. You won't wait. # speaker: clinician
    }
* [Explain it in clinical terms: postmenopausal bleeding, a suspected-cancer referral, a transvaginal ultrasound, maybe endometrial sampling # move: jargon # time: 1 # why: The plan is accurate and Farida can follow almost none of it. One word reaches her without its context, and you have to start again.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -6)
    This is postmenopausal bleeding over 55, so I'll refer you on the suspected cancer pathway for a transvaginal ultrasound, and possibly endometrial sampling. # speaker: clinician
    { interp == 2:
        The interpreter asks you what endometrial sampling means, then interprets the rest faithfully. Farida hears every word, including one of them very clearly.
    - else:
        Farida lets most of the words go past. One of them she catches.
    }
    Cancer? # speaker: farida # mood: distressed
    You go back and explain it again, slowly, in plain words. It takes longer than saying it plainly the first time would have.
- -> examination

=== examination
{ kept_time:
    You said five minutes. The examination can be done at the hospital clinic, and you tell her so: it will not hold up the referral.
    -> decision
}
Part of assessing this is an examination, including an internal one, which can happen here or at the hospital clinic.
* [Recommend leaving the examination to the hospital clinic, say why, and check that suits her # move: recommend-clearly # move: plain-language # time: 1 # why: Farida hears what you advise and why: the clinic will examine her anyway and she can ask for a woman doctor there. If she wanted a clear lead she has it; if she wanted to choose, she was not asked.]
    The clinic will examine you when they see you, so I'd suggest we leave it for them. You can ask for a woman doctor there. Does that suit you? # speaker: clinician
    { wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
        Yes. Good. The hospital, and a woman doctor. # speaker: farida # mood: relieved
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        Okay. # speaker: farida # mood: neutral
    }
* [Tell her you need to examine her internally now, before you can refer her # move: proceed-regardless # move: decide-for # time: 3 # why: Farida says yes the way people say yes to doctors, to an internal examination the referral does not need. It costs her three minutes staring at the ceiling and some of her trust.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    I need to examine you internally before I refer you. I'll get the nurse in as a chaperone. # speaker: clinician
    Okay. # speaker: farida # mood: withdrawn
    She says yes the way people say yes to doctors. Throughout the examination she looks at the ceiling tiles, and counts them, you suspect.
    You see nothing to explain the bleeding. The clinic will need to look for themselves anyway.
* [Explain the options for the examination: today with a chaperone, or at the clinic, and ask what she would prefer # move: ask-before-touch # move: offer-choice # move: offer-control # time: 2 # why: Farida chooses where and by whom an intimate examination is done. If she wanted you to lead, she finds herself choosing between two things she knows nothing about.]
    I could examine you today, with a nurse present as a chaperone, or the hospital clinic can do it when they see you. Either is fine. What would you prefer? # speaker: clinician
    { late == 1:
        ~ shift(waiting, 2)
    }
    { wants == 3:
        ~ shift(trust, -3)
        ~ shift(autonomy, -1)
        Which is better? You know. I don't know these things. # speaker: farida # mood: guarded
        You tell her the clinic, with a woman doctor if they have one. She nods, and looks tired.
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 6)
        At the hospital. With a woman doctor, if they have. # speaker: farida # mood: neutral
        You can ask for that. I'll write it in the referral. # speaker: clinician
    }
- -> decision

=== decision
Now the plan.
- (options)
* [Recommend the urgent referral, say why, and ask if she is happy for you to send it now # move: recommend-clearly # move: plain-language # time: 1 # why: Farida hears plainly what you advise and why, and is asked whether she agrees. If she wanted a clear recommendation, her yes is informed and hers; if she wanted to weigh it herself, she agrees before she has.]
    I'd recommend an urgent referral to the women's clinic at the hospital, because bleeding after the menopause needs checking quickly. They'd do an ultrasound scan, and perhaps take a small sample from the lining of the womb. Are you happy for me to send it now? # speaker: clinician
    {
    - wants == 3:
        ~ plan_owner = "her"
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        Yes. Send it. Thank you for saying it straight. # speaker: farida # mood: relieved
        And a woman doctor, if they have one. And the letter to me, not to Javed. # speaker: farida # mood: neutral
    - wants == 2:
        ~ plan_owner = "you"
        ~ shift(autonomy, -2)
        Yes. But Javed. I don't know how to tell him. # speaker: farida # mood: distressed
    - else:
        ~ plan_owner = "you"
        ~ shift(trust, 1)
        ~ shift(autonomy, -3)
        Yes. Okay. # speaker: farida # mood: neutral
        She agrees at once, and you can't tell whether she has weighed it or only heard a doctor's suggestion.
    }
    -> teachback_d
* [Lay out the options: an urgent referral, what it involves, or waiting; say it is her choice; ask what matters most to her # move: offer-choice # move: elicit-values # move: affirm-refusal # time: 3 # why: Farida hears every option, including saying no, and is asked what matters to her. If she wanted to decide, she decides; if she wanted you to, the choice lands back on her.]
    What I'd recommend is an urgent referral to the women's clinic at the hospital. They'd do an ultrasound scan, usually with a small probe inside the vagina, and perhaps take a small sample from the lining of the womb. # speaker: clinician
    You could also choose to wait and see. I wouldn't advise it, but it is your decision, and you can say no to any part of it. What matters most to you here? # speaker: clinician
    { late == 1:
        ~ shift(waiting, 3)
    }
    { trust >= 72 && not worry_told:
        ~ worry_told = true
        Farida is quiet for a moment.
        What matters to me is my sister. Mariam. She died last year, in Herat. # speaker: farida # mood: distressed
        It started like this for her. Bleeding, after her time was finished. She said nothing for a year. When they found it, it was too late. # speaker: farida # mood: distressed # disclose: worry
        I don't want Mariam's story. # speaker: farida # mood: distressed
        I'm so sorry about Mariam. You've come after two months, not a year, and that is exactly why I'd move quickly. # speaker: clinician
    }
    {
    - wants == 1 && autonomy >= 40:
        ~ plan_owner = "her"
        ~ shift(trust, 4)
        ~ shift(autonomy, 9)
        I want to know. Quickly. # speaker: farida # mood: guarded
        And a woman doctor, if possible. And an interpreter at the hospital, a woman. Not my husband. Not for this. # speaker: farida # mood: neutral
        -> teachback_d
    - wants == 2:
        ~ plan_owner = "her"
        ~ shift(trust, 2)
        ~ shift(autonomy, 5)
        I go. Quickly. # speaker: farida # mood: guarded
        But Javed must know. He is my husband; we decide things with two heads. I will tell him myself. # speaker: farida # mood: neutral
        -> teachback_d
    - wants == 3:
        ~ shift(trust, -2)
        ~ shift(autonomy, 2)
        Farida listens to all of it. Then she answers, slowly and precisely.
        I understood. One in ten. The scan, the small sample. I don't know these hospitals and I don't want to choose between things I don't know. # speaker: farida # mood: neutral
        You are the doctor. You decide. # speaker: farida # mood: neutral
        -> defer
    - else:
        ~ shift(trust, 1)
        She looks at the door Javed went out of, then down at her hands.
        I am so tired. You are the doctor. You decide. # speaker: farida # mood: withdrawn
        -> defer
    }
* [Ask Farida whether she would like Javed back in for this part # move: offer-control # move: address-patient # time: 1 # why: Farida decides whether her husband is part of this decision. If she wants to decide with him, she tells him herself and the plan is made by the two of them; if not, she says so and the plan stays hers.]
    Would you like Mr Rahimi back in for this part, or shall we keep it between us for now? # speaker: clinician
    { wants == 2:
        ~ plan_owner = "her"
        ~ javed_told = "her"
        ~ javed_out = false
        ~ shift(trust, 6)
        ~ shift(autonomy, 6)
        Yes. He should hear it. From me. # speaker: farida # mood: guarded
        You open the door. Javed comes in, reading her face, and she tells him herself, in Dari. It takes a while. He listens without interrupting once.
        Then he takes her hand.
        Why you did not tell me? # speaker: javed # mood: distressed
        Because you worry. Look at your face. # speaker: farida # mood: warm
        You explain the referral to them both, and she says yes to it with his hand still in hers.
        I will change my shifts. Any day, I take her. # speaker: javed # mood: warm
        -> teachback_d
    - else:
        ~ shift(autonomy, 2)
        No. Not for this. This is mine. # speaker: farida # mood: neutral
        -> options
    }
* [Bring Javed back in to agree the plan with him, since he will be taking her # move: address-companion # move: breach-confidence # move: decide-for # time: 2 # why: The plan is made with her husband, beside her, before she has said whether he should know. Javed's practical questions are good ones; none of them are hers.]
    { wants == 2:
        ~ shift(trust, -3)
        ~ shift(autonomy, -5)
    - else:
        ~ shift(trust, -8)
        ~ shift(autonomy, -10)
    }
    ~ plan_owner = "javed"
    ~ javed_told = "you"
    ~ javed_out = false
    You open the door and call Javed back in. He sits down, reading your face.
    You explain the bleeding and the referral to him. He goes pale, then straight to practicalities: which hospital, which day, how long, can he be there.
    They are good questions. None of them are hers. Farida sits with her hands folded and lets the plan be made beside her.
    -> teachback_d

// "You are the doctor. You decide." An informed delegation in some runs (wants 3),
// tiredness and a husband's habit in others (wants 1).
= defer
* [Decide: tell her you will refer her urgently, why, and that she can change her mind at any point # move: respect-delegation # move: plain-language # time: 1 # why: Farida hears what you have decided, why, and that the door stays open. If she asked you to decide knowing the options, her choice is honoured; if it was tiredness speaking, the decision quietly becomes yours.]
    Then I'll refer you urgently to the women's clinic, because this needs checking quickly and that is the place to do it. If you change your mind about any part of it, tell me or tell them. # speaker: clinician
    { wants == 3:
        ~ plan_owner = "her"
        ~ shift(trust, 6)
        ~ shift(autonomy, 5)
        Thank you. That is what I wanted. # speaker: farida # mood: relieved
        A woman doctor, if they have one. And the letter to me, not to Javed. # speaker: farida # mood: neutral
    - else:
        ~ plan_owner = "you"
        ~ shift(trust, 1)
        ~ shift(autonomy, -5)
        Thank you, doctor. # speaker: farida # mood: neutral
        Her eyes go to the door again.
    }
* [Name it: it is hard to disagree with a doctor, but this is her body and her decision; say what you would weigh # move: name-asymmetry # move: offer-choice # time: 2 # why: Farida is told plainly that the decision can be hers and what you would weigh. If she was deferring out of habit and tiredness, she takes it back; if she had already chosen to let you decide, she has to defend that choice to you.]
    I know it can feel hard to say no to a doctor. But this is your body, and it should be your decision. I'll tell you what I'd weigh, and then you choose. # speaker: clinician
    { wants == 3:
        ~ plan_owner = "her"
        ~ shift(trust, -6)
        ~ shift(autonomy, -1)
        Farida takes her glasses off and looks at you over them.
        I did decide. I decided that you choose. Thirty years I taught; I know when to ask the one who knows. # speaker: farida # mood: guarded
        Then: I go. Quickly. # speaker: farida # mood: neutral
    - else:
        ~ plan_owner = "her"
        ~ shift(trust, 4)
        ~ shift(autonomy, 12)
        Farida considers you for a moment.
        I was so tired, and so afraid, I wanted someone else to hold it. Okay. This one, I decide. # speaker: farida # mood: warm
        I go. Quickly. And a woman doctor, if they have one. # speaker: farida # mood: neutral
    }
* [Accept it: "Then I'll refer you urgently." # move: decide-for # time: 1 # why: The referral is made, and Farida is not told why this and not something else, or that she can change her mind. Whether she asked you to decide or only gave way, the decision is now yours alone.]
    ~ plan_owner = "you"
    ~ shift(autonomy, -4)
    { wants == 3:
        ~ shift(trust, 2)
    }
    Then I'll refer you urgently. # speaker: clinician
    Thank you, doctor. # speaker: farida # mood: relieved
- -> teachback_d

=== teachback_d
You have said a lot, quickly, about something frightening.
* [Ask, "Does that all make sense?" # move: narrow-agenda # time: 1 # why: Farida nods, because a yes is what the question asks for. Whatever she has misunderstood goes home with her.]
    ~ shift(autonomy, -2)
    Does that all make sense? # speaker: clinician
    Yes. # speaker: farida # mood: neutral
    She nods. You remember nodding like that at school, when you had not understood at all.
* [Print the English leaflet for Javed to read to her later # move: family-interpreter # move: address-companion # time: 1 # why: The information Farida needs is handed to her husband to pass on, in English. What she learns about her own body will come filtered through him.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -5)
    You print the leaflet about the clinic, in English, and fold it for Javed.
    Farida puts it in her handbag without looking at it.
* [Ask her to explain in her own words what happens next, so you know you have explained it well # move: teach-back # move: address-patient # time: 2 # why: Farida says back what she understood, and you find the gaps before she leaves. If you played the urgency down, her answer shows it, and you can put it right.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    I've said a lot. So I know I've explained it properly, could you tell me in your own words what happens next? # speaker: clinician
    {
    - concealed:
        A scan. Sometime. No hurry, yes? # speaker: farida # mood: neutral
        You hear your own words coming back, and what they left out.
        ~ concealed = false
        ~ shift(autonomy, 4)
        ~ shift(care, 8)
        I made it sound less important than it is. I'm sorry. It is urgent, because bleeding after the menopause needs checking quickly. Usually it's nothing serious, but sometimes it's cancer. # speaker: clinician
        Farida takes that in, and nods slowly.
        Thank you for saying it straight. # speaker: farida # mood: guarded
    - else:
        The hospital sends a letter. To Javed, because he reads English. Then a scan, and they cut a piece. # speaker: farida # mood: guarded
        ~ shift(care, 3)
        The letter will come to you, and I'll ask for a woman Dari interpreter for the appointment. The sample is tiny, taken in the clinic, and they'll explain and ask you first. # speaker: clinician
        To me. Good. # speaker: farida # mood: relieved
    }
- -> javed_returns

=== javed_returns
{ javed_told == "you":
    -> javed_asks
}
{ javed_told == "her":
    -> followup_d
}
{ parked:
    Javed comes back in, car keys in hand, the cold still on his coat.
    Car is okay. Finished? # speaker: javed # mood: neutral
- else:
    A knock. Javed puts his head round the door, phone in hand.
    Finished? I am sorry, my supervisor. # speaker: javed # mood: neutral
}
~ javed_out = false
{ clock > 20:
    ~ shift_worry = true
    My shift is at twelve, doctor. Two buses. # speaker: javed # mood: distressed
}
He looks from your face to Farida's, and sits down slowly.
* [Tell Javed yourself, so that he can support her # move: address-companion # move: breach-confidence # move: decide-for # time: 2 # why: You tell her husband what Farida told you in confidence, before she has decided what to say to him. It is meant as support, and it takes her news, and how it is told, out of her hands.]
    ~ javed_told = "you"
    { wants == 2:
        ~ shift(trust, -3)
        ~ shift(autonomy, -5)
    - else:
        ~ shift(trust, -8)
        ~ shift(autonomy, -8)
    }
    Mr Rahimi, Farida has told me about some bleeding, and I'm referring her urgently to the hospital to check it. She'll need your support. # speaker: clinician
    Farida's eyes go to the floor. She had not decided how to tell him yet.
    Javed turns to her.
    Farida-jan. Why you did not tell me? # speaker: javed # mood: distressed
    She does not answer.
* [Tell Javed only that she needs a hospital appointment, and leave the rest to her # move: decide-for # move: breach-confidence # time: 1 # why: Farida's news stays hers to tell, and her husband knows only that there is an appointment. She was not asked, but the telling is left to her.]
    ~ javed_told = "partly"
    ~ shift(autonomy, -2)
    { wants == 2:
        ~ shift(trust, -2)
    }
    Farida needs a hospital appointment soon. She can tell you about it herself, when she's ready. # speaker: clinician
    Javed frowns, looks at Farida, and nods.
    Okay. I take her. # speaker: javed # mood: guarded
* [Ask Farida what, if anything, she would like Javed to know, and who should tell him # move: offer-control # move: elicit-values # move: address-patient # time: 1 # why: Farida decides what her husband hears, when, and from whom. If she wants him part of this she brings him in herself; if not, it waits until she is ready.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Farida, what would you like Mr Rahimi to know, if anything? And would you like to tell him, or shall I? # speaker: clinician
    {
    - wants == 2 || trust >= 55:
        ~ javed_told = "her"
        Farida turns to Javed and tells him herself, in Dari. It takes a while. He listens without interrupting once.
        Then he takes her hand.
        Why you did not tell me? # speaker: javed # mood: distressed
        Because you worry. Look at your face. # speaker: farida # mood: warm
        I will change my shifts. Any day, I take her. # speaker: javed # mood: warm
    - else:
        ~ javed_told = "partly"
        Later. At home. I tell him. # speaker: farida # mood: guarded
        Javed looks at you, then at her, and decides not to ask.
    }
- -> followup_d

= javed_asks
{ clock > 20:
    ~ shift_worry = true
    Javed's phone buzzes in his pocket. He ignores it.
}
Javed turns to Farida.
Why you did not tell me? # speaker: javed # mood: distressed
* [Answer for her: many women find this hard to talk about, and it is no one's fault # move: address-companion # time: 1 # why: Javed gets a kind and true answer, from you rather than from his wife. Farida's own reason, to her own husband, goes unsaid.]
    ~ shift(autonomy, -3)
    Many women find this very hard to talk about, Mr Rahimi. It's nobody's fault. # speaker: clinician
    It is kind, and it is true. Javed nods. Farida says nothing at all.
* [Give Farida room to answer him herself # move: offer-control # move: address-patient # time: 1 # why: Farida answers her husband in her own words, and the two of them meet over it. The silence costs a moment and gives the question back to her.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    You say nothing, and look at Farida.
    Because you worry. Look at your face. # speaker: farida # mood: guarded
    Javed laughs in spite of himself, and takes her hand.
- -> followup_d

=== followup_d
{ clock > 25:
    Another knock. This time the receptionist just says your name through the door. # sfx: door-knock
    { late == 1:
        ~ shift(waiting, 6)
        Mr Osei's transport has gone without him. Reception is trying to rebook it.
    }
}
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
{ kept_time:
    You promised her a double appointment this week.
}
The referral is written. What happens after the hospital is still open.
* [Book a double appointment after the clinic visit, with a woman Dari interpreter, and flag both on her record # move: work-around # move: cooperative-goals # time: 2 # why: Farida leaves with a longer visit booked, in her language, with a woman interpreter, to go through whatever the hospital finds. The next step is already hers to keep.]
    ~ followup = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book a double slot for after the hospital visit, and add to her record: Dari interpreter, female, longer appointment.
    Then we will go through what they find, properly, with an interpreter. # speaker: clinician
    Good. A lesson plan. # speaker: farida # mood: warm
* [Wrap up now; the hospital will be in touch, and reception can book anything else # move: comply-policy # time: 1 # why: Farida leaves with the referral and nothing arranged after it. Booking the next visit, in a language she half has, is left to her at the front desk.]
    ~ shift(trust, -2)
    { kept_time:
        ~ shift(trust, -4)
        Farida hears the double appointment you promised turn into "reception can book". She does not remind you.
    }
    The hospital will contact you. If you need anything else, reception can book you in. # speaker: clinician
* [Book that, and message the practice manager about interpreter-flagged double slots for everyone who needs them # move: work-around # move: advocate # time: 3 # why: Farida gets the double appointment, and the next patient who needs an interpreter may get one too. It costs three more minutes of the morning.]
    ~ followup = true
    ~ advocated = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book the double slot with a woman interpreter and flag it on her record. Then, while they gather their coats, you write a short message to the practice manager: fifteen minutes is not a safe length for a visit that needs an interpreter.
    Then we will go through what they find, properly, with an interpreter. # speaker: clinician
- -> d_ending

=== d_ending
The blood tests you added come back two days later: iron-deficiency anaemia. A little bleeding on some days may not explain it, so, as the guidelines advise for a woman past the menopause, you also refer her for camera tests of her stomach and bowel.
{
- plan_owner == "her" && javed_told != "you" && not concealed && autonomy >= 45:
    -> heard
- else:
    -> decided_for_her
}

= heard
Eleven days later, Farida is seen in the women's clinic with a woman doctor and a Dari interpreter, because she asked for both.
She has the scan and a small biopsy, and she knows what each is for.
{ javed_told == "her":
    Javed swapped two shifts to take her. He waited outside for the examination, because she asked him to.
}
{ followup:
    Your double appointment with her is in the diary. Whatever the tests show, she will hear it in Dari, and she will have a say in what comes next.
- else:
    Whatever the tests show, she will hear it in Dari, and she will have a say in what comes next.
}
{ advocated:
    The practice manager replied the same afternoon: bring it to Thursday's meeting; two other doctors have raised the same thing.
}
{ wants == 3:
    She asked you to decide, knowing what the choice was, and you did, and told her why. That was her decision too.
}
She went to the clinic on her own terms, knowing what it was for. That was the part you could give her. # ending: heard
-> END

= decided_for_her
{
- concealed || trust < 50:
    The hospital letter arrives in English, addressed to Mrs F Rahimi, in the week Javed is on nights.
    It waits in the plastic folder. The clinic records that she did not attend, and a letter comes back to you.
    Farida had said yes to a plan. No one had asked whether it was a plan she could keep.
- else:
    Farida goes to the clinic. Javed takes the day off, speaks to the receptionist, holds the letter and asks the questions.
    The care she gets is good. Very little of the conversation is hers.
}
{ plan_owner == "her" && javed_told == "you":
    She had chosen the plan herself. Then her husband heard about it from you, before she had decided what to tell him.
}
{ advocated:
    The practice manager replied the same afternoon: bring it to Thursday's meeting; two other doctors have raised the same thing.
}
The bleeding was found. The decisions about it were made around her. # ending: decided-for-her
-> END

=== not_today
{
- trust >= 60:
    Farida meets your eyes, then looks away, as if she is still deciding something.
- trust >= 40:
    Farida nods politely at the screen while you type.
- else:
    Farida has turned a little in her chair, towards the door.
}
{ javed_out:
    ~ javed_out = false
    { parked:
        Javed comes back in, car keys in hand. Car is okay. Finished? # speaker: javed # mood: neutral
    - else:
        Javed knocks and comes back in, phone in hand.
        Sorry. My supervisor. Finished? # speaker: javed # mood: neutral
    }
}
{ interp == 2:
    The interpreter is still on the line. Farida answers some things in English now, and lets the interpreter carry the rest.
}
So, doctor. Vitamins? # speaker: javed # mood: neutral
* [Agree with Javed and print a vitamin D prescription; it is quick and can't hurt # move: address-companion # move: decide-for # time: 1 # why: The plan is agreed with her husband and printed before Farida has said what she thinks. The vitamins may be harmless, and they make it look as if the question is settled.]
    ~ vitamins_given = true
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    ~ shift(care, -2)
    Vitamin D won't do any harm, and plenty of people here are low in winter. I'll print a prescription. # speaker: clinician
    Thank you, doctor. # speaker: javed # mood: relieved
    Farida watches the prescription come out of the printer.
* [Ask Farida what she makes of the vitamins idea # move: elicit-values # move: address-patient # time: 2 # why: Farida is asked for her own view of her husband's idea. If she wants to decide, she says what she wants first; if she came to be told, she is handed a question she wanted you to answer.]
    What do you think of the vitamins idea, Farida? # speaker: clinician
    {
    - wants == 3:
        ~ shift(trust, -1)
        ~ shift(autonomy, 1)
        You are the doctor. You tell me: vitamins, or not vitamins? # speaker: farida # mood: guarded
        Javed looks at you, waiting, as she does.
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        Farida turns to Javed, and they talk it over in Dari. It takes a while.
        We think: first a test, then maybe vitamins. # speaker: farida # mood: neutral
    - interp == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        Javed translates. Farida answers, and he laughs before he translates that too.
        She says: every night shift, he reads about a new vitamin on his phone. She says she wants to know why she is tired first, then vitamins. # speaker: javed # mood: warm
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        Every night shift, he reads a new vitamin on his phone. # speaker: farida # mood: warm
        Javed laughs and doesn't deny it.
        I want to know why I am tired. Then vitamins, maybe. # speaker: farida # mood: neutral
    }
* [Recommend a blood test before any vitamins, and tell Farida why # move: recommend-clearly # move: plain-language # move: address-patient # time: 1 # why: Farida hears your advice and the reason, addressed to her and not to Javed. If she wanted a clear lead she has it; if she wanted to weigh it herself, she was told rather than asked.]
    Farida, I'd recommend a blood test before any vitamins. Tiredness like yours can have a few causes, and thin blood is a common one. The test tells us what's actually going on, so we don't guess. # speaker: clinician
    {
    - wants == 3:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
        Yes. First the test, then the answer. Good. That is how I marked exams. # speaker: farida # mood: warm
    - wants == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        Farida turns to Javed and says it again in Dari, with the reason. He nods slowly.
        Okay. First the test. We agree. # speaker: farida # mood: neutral
    - trust >= 50:
        ~ shift(trust, 2)
        Yes. First the test, then the answer. # speaker: farida # mood: neutral
    - else:
        ~ shift(trust, 1)
        Okay. # speaker: farida # mood: withdrawn
    }
- -> remedies

=== remedies
{ kept_time:
    What she is already taking at home can wait for the double appointment you promised.
    -> tests
}
It would help to know what she is already doing about it.
* [Advise her to stop any supplements or remedies until the results are back # move: correct-dismiss # time: 1 # why: Farida is told to stop before anyone has asked what she takes or why. What she was doing for her blood, and the words she uses for it, stay at home.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    Best to stop any supplements or herbal remedies until we have the results. # speaker: clinician
    We take nothing yet. # speaker: javed # mood: neutral
    Only dates, and liver. My mother's medicine. # speaker: farida # mood: guarded
    Her mouth tightens a little around the word mother.
* [Say you are running over, and ask her to bring whatever she takes at home to the results appointment # move: keep-to-time # time: 1 # why: Farida hears why the question waits and when it will be asked. With five waiting and Mr Osei's transport due, the minute goes to them; with one early patient, what she does for her own blood waits for nobody's benefit.]
    We're running over, so I'll ask about anything you take at home next time. Bring it with you to the results appointment. # speaker: clinician
    { late == 1:
        ~ shift(trust, 2)
        ~ shift(waiting, -3)
        Farida glances at the wall, towards the waiting room. She has been hearing it too.
        Okay. Next time, I bring. # speaker: farida # mood: neutral
    - else:
        ~ shift(trust, -2)
        Okay. # speaker: farida # mood: neutral
        She nods. There was one person waiting, and he was early.
    }
* [Ask what she has already tried, including anything from home # move: ask-about-beliefs # move: open-question # move: address-patient # time: 2 # why: Farida is asked what she is doing for herself, with curiosity and not correction. Her answer tells you what she thinks is wrong with her blood; in a clinic half an hour behind, the waiting room waits two minutes more for it.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    { late == 1:
        ~ shift(waiting, 2)
    }
    What have you tried already? Anything at all, including things from home. # speaker: clinician
    {
    - interp == 1:
        Javed asks her, and translates.
        Dates, liver, pomegranate. Her mother's medicine. And a tea with cardamom, but this one is for me. # speaker: javed # mood: warm
    - else:
        Dates. Liver, once a week. Pomegranate. # speaker: farida # mood: neutral
        My mother always said: when a woman is weak, eat liver, for the blood. # speaker: farida # mood: guarded
    }
    For the blood. You notice the phrase, and that she does not look at Javed when she says it.
- -> tests

=== tests
Outside, a child is crying in the waiting room, and a phone rings at the front desk and keeps ringing.
The blood test form is open on the screen.
* [Hand the blood form to Javed and explain it to him # move: address-companion # move: family-interpreter # time: 1 # why: The tests for Farida's tiredness are explained to her husband and filed in his folder. She will have them when his shifts allow.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    This is for the blood tests, Mr Rahimi. She can have them done at the nurse's clinic, any morning this week. # speaker: clinician
    Thursday. I am off on Thursday. # speaker: javed # mood: neutral
    Farida watches the form go into the plastic folder with the other letters: the council, the bank, the school, and now this.
* [Explain in plain words which tests and why, and ask if she is happy to have them # move: plain-language # move: recommend-clearly # move: address-patient # time: 2 # why: Farida knows what is being tested and why, and agrees to it herself. She is more likely to go, and to ask for the results.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    ~ shift(care, 3)
    I'd like to check your blood count, for anaemia, which means thin blood, and your iron. Also your thyroid, your sugar, two vitamins called B12 and folate, a test for coeliac disease, and your kidneys and liver. Is that all right with you? # speaker: clinician
    {
    - trust >= 50:
        Yes. Good. I like tests. I gave many. # speaker: farida # mood: warm
        She gave our son a test every night, doctor. He is an engineer now. # speaker: javed # mood: warm
    - else:
        Yes. # speaker: farida # mood: guarded
    }
* [Tick the boxes and summarise: "FBC, ferritin, TFTs, B12, folate, HbA1c, coeliac screen, U and Es." # move: jargon # move: decide-for # time: 1 # why: The right tests are ordered in a language Farida cannot follow. She collects the new word phlebotomist and does not learn what any of it is for.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    ~ shift(care, 1)
    FBC, ferritin, TFTs, B12, folate, HbA1c, coeliac screen, U and Es. The phlebotomist will do them. # speaker: clinician
    Farida looks at Javed. Javed looks at the form.
    What is phlebotomist? # speaker: farida # mood: guarded
    The blood nurse. # speaker: javed # mood: neutral
    She files the word away, the way she once collected new words for her students.
-
{ trust < 25 || (trust < 35 && clock > 20):
    -> leaving
}
-> teachback_n

=== teachback_n
{ clock > 20 && not shift_worry:
    ~ shift_worry = true
    ~ shift(trust, -2)
    Javed checks his phone again, and this time he says it.
    Doctor, I am sorry. My shift starts at twelve, and it is two buses. # speaker: javed # mood: distressed
    Farida pulls her handbag onto her lap, ready to stand.
}
Before they go, you want to be sure the plan has landed.
* [Write the plan down in English for Javed to read to her at home # move: family-interpreter # move: address-companion # time: 1 # why: The plan goes home in her husband's pocket, in English. Farida will hear it from him, as she hears most things here.]
    ~ shift(autonomy, -4)
    You write three lines on a sticky note and hand it to Javed.
    Very clear, doctor. Thank you. # speaker: javed # mood: warm
* [Ask Farida to tell you in her own words what happens next # move: teach-back # move: address-patient # time: 2 # why: Farida says the plan back herself, and you find the gap: she had assumed the results would come by phone, in English. She leaves knowing how to ask for an interpreter.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    So I know I've explained it properly: what happens next, in your own words? # speaker: clinician
    Blood test, Thursday, with the nurse. Then the results... you telephone? # speaker: farida # mood: neutral
    We'll book you in to go through them, rather than tell you on the phone. # speaker: clinician
    Good. On the phone, my English goes. # speaker: farida # mood: neutral
    And if I ring you, I can ask for the Dari telephone? # speaker: farida # mood: guarded
    Yes. You can ask reception for an interpreter whenever you ring. # speaker: clinician
* [Ask "Any questions?" as you stand up # move: narrow-agenda # move: rush-decision # time: 1 # why: The question is asked on the way out of the chair, and Farida answers it the way it was asked. Whatever she wanted to ask stays with her.]
    ~ shift(trust, -3)
    You stand up. Any questions? # speaker: clinician
    No. Thank you. # speaker: farida # mood: withdrawn
- -> safety_net

=== safety_net
One more thing: what should bring her back sooner.
* [Give the usual line: "If it gets worse, come back." # move: narrow-agenda # time: 1 # why: Farida is told to come back if it gets worse, without being told what worse would look like. Nothing in it names what she has been hiding.]
    If it gets worse, come back. # speaker: clinician
    Okay. # speaker: farida # mood: neutral
* [Tell Farida in plain words what should bring her back sooner, including any bleeding, breathlessness or weight loss # move: plain-language # move: transparent-disclosure # move: address-patient # time: 2 # why: Farida hears, in plain words, that bleeding from anywhere is a reason to come back. It tells her the thing she is hiding is something doctors want to know.]
    ~ shift(trust, 3)
    ~ shift(care, 3)
    If you get more tired, or breathless, or lose weight without trying, or notice any bleeding from anywhere, come back sooner. Don't wait for the results. # speaker: clinician
    {
    - trust >= 50:
        ~ asked_back = true
        At the word bleeding her eyes go to the floor, then come back up to meet yours.
        { interp_woman:
            Next time, the woman on the telephone again. And a longer time. Yes? # speaker: farida # mood: guarded
        - else:
            Next time, a translator on the telephone? A woman. And a longer time. Yes? # speaker: farida # mood: guarded
        }
    - else:
        Farida nods without looking up.
    }
- -> followup_n

=== followup_n
{ clock > 25:
    Another knock. This time the receptionist just says your name through the door. # sfx: door-knock
    { late == 1:
        ~ shift(waiting, 6)
        Mr Osei's transport has gone without him. Reception is trying to rebook it.
    }
}
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
{ kept_time:
    You promised her a double appointment this week.
}
* [Book a double appointment yourself for the results, with a woman Dari interpreter flagged on her record # move: work-around # move: cooperative-goals # time: 2 # why: Farida leaves with a longer visit already booked, with a woman interpreter. If there is something she has not said, she now has a room to say it in.]
    ~ followup = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    ~ shift(care, 5)
    You book a double slot for the results and add to her record: Dari interpreter, female, longer appointment.
    Next time we'll have more time, and an interpreter, so you can ask me anything. # speaker: clinician
    {
    - trust >= 50:
        Good. More time. # speaker: farida # mood: warm
    - else:
        Okay. # speaker: farida # mood: guarded
    }
* [Book that, and message the practice manager about interpreter-flagged double slots # move: work-around # move: advocate # time: 3 # why: Farida gets the longer visit with a woman interpreter, and the practice hears that fifteen minutes does not fit patients like her. It costs three more minutes of the morning.]
    ~ followup = true
    ~ advocated = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    ~ shift(care, 5)
    You book the double slot, flag the interpreter, and, while they gather their coats, write a short message to the practice manager: fifteen minutes is not a safe length for a visit that needs an interpreter.
    Next time we'll have more time, and an interpreter, so you can ask me anything. # speaker: clinician
* [Finish now, and ask them to book the results appointment at reception as usual # move: comply-policy # time: 1 # why: Booking the next visit is left to Farida and Javed at a busy front desk, in English, with no interpreter or extra time attached. The room to say it next time depends on who they get.]
    { kept_time:
        ~ shift(trust, -4)
        Farida hears the double appointment you promised turn into "book at reception". She does not remind you.
    }
    Reception will book you in for the results. # speaker: clinician
    Javed is already holding the door.
- -> n_ending

=== n_ending
{
- followup && (asked_back || trust >= 60):
    -> second_chance
- else:
    -> vitamins
}

= second_chance
Twelve days later: the double slot, and a woman interpreter on the line. Javed brings Farida, then says he will wait outside. She asked him to, in the car.
Last time I did not say everything. There is bleeding, like a period. My periods stopped three years ago. It has come and gone for almost three months now. # speaker: farida # mood: guarded # disclose: bleeding
Her blood test had shown iron-deficiency anaemia, and she is already on the list for camera tests of her stomach and bowel. The bleeding is a separate reason to refer, not the answer to the anaemia: a little bleeding on some days may not explain it, so the bowel tests go ahead too.
{ advocated:
    The practice manager has put interpreter-flagged double slots on Thursday's agenda. Two other doctors had raised the same thing.
}
You refer her urgently to the women's clinic that afternoon, twelve days later than you might have. You built the second chance; she used it. # ending: second-chance
-> END

= vitamins
{ vitamins_given:
    Farida takes the vitamin D every morning. Javed checks that she has.
}
Her blood test shows iron-deficiency anaemia. She starts iron tablets and, as the guidelines advise for a woman past the menopause, is referred for camera tests of her stomach and bowel. They are the right tests, and they cannot find what is happening in her womb.
{ asked == "direct":
    Her notes say she denies any bleeding. That was true of the room she was asked in.
}
{ advocated:
    The practice manager has put interpreter-flagged double slots on Thursday's agenda. It will help the next patient, if not quite this one.
}
The bleeding is not in her notes. She is still waiting for someone to ask in a room where she can answer. # ending: vitamins
-> END

=== leaving
~ shift(care, -5)
Javed is on his feet before you have finished.
Doctor, thank you. We must go. My shift. # speaker: javed # mood: distressed
It is fine. Only tired. It is fine. # speaker: farida # mood: withdrawn
She is already buttoning her coat, looking at the door and not at you.
* [Ask Javed to make sure she gets the blood test done # move: address-companion # time: 1 # why: Farida's care is handed to her husband on the way out of the door. She is treated as someone to be brought to appointments, not someone who keeps them.]
    ~ shift(autonomy, -3)
    Make sure she gets the blood test done, won't you? # speaker: clinician
    I will take her myself. Don't worry, doctor. # speaker: javed # mood: warm
    Farida is already in the corridor.
* [Apologise for rushing her, and offer a longer appointment with an interpreter # move: apologise # move: work-around # move: address-patient # time: 1 # why: Farida hears you name what went wrong and offer a way back, with more time and her own language. Whether she uses it is up to her.]
    ~ left_offer = true
    ~ shift(trust, 4)
    I'm sorry, Farida. I rushed you today. Would you come back for a longer appointment, with an interpreter? # speaker: clinician
    Maybe. # speaker: farida # mood: guarded
    She takes the appointment card and puts it in her coat pocket.
* [Let them go with the blood form # move: comply-policy # move: detach # time: 1 # why: Farida leaves with a form and nothing else. Nothing in the visit has made it more likely that she will come back.]
    Don't forget the blood test. # speaker: clinician
    Javed nods and holds the door for her.
-
The door closes. The next patient's name is waiting on the screen.
* [Call in the next patient, and add the interpreter flag to her record at the end of the session # move: keep-to-time # time: 1 # why: Farida has gone, and the minute goes to the person who has been waiting for it. Her record gets its flag at the end of the morning, before the next time she comes.]
    ~ followup = true
    { late == 1:
        ~ shift(waiting, -4)
    }
    You call in the next patient, and write yourself a note: flag Rahimi, Dari interpreter, female, double appointment.
* [Add a flag to her record now: Dari interpreter, female, double appointment # move: work-around # time: 1 # why: Whoever sees Farida next will have more time and someone who speaks her language. The next patient waits one minute more for it.]
    ~ followup = true
    { late == 1:
        ~ shift(waiting, 2)
    }
    You add the flag. Whoever sees her next will have more time, and someone who speaks her language.
* [Message the practice manager now: fifteen minutes is not enough when a visit needs an interpreter # move: advocate # time: 2 # why: The next patient like Farida may get a longer slot. This morning's waiting room waits two minutes more for it, and her own record is left without a flag.]
    ~ advocated = true
    { late == 1:
        ~ shift(waiting, 4)
    }
    You write three lines to the practice manager. It won't change this morning. It might change Thursday's meeting.
- -> left_ending

=== left_ending
Her blood test, two days later, shows iron-deficiency anaemia. Reception leaves two voicemails, in English.
{ left_offer:
    The appointment card stays in her coat pocket. She has not rung yet.
}
{ followup:
    The flag on her record will be waiting, whenever she comes back.
}
{ advocated:
    The practice manager replies: bring it to Thursday's meeting.
}
Farida said it was fine, and left. Whatever she came to say is still unsaid. # ending: left-early
-> END
