// Twelve seconds: a fifteen-minute primary-care slot, a tired patient, a helpful husband,
// and a red-flag symptom that is only said when she has a voice and trusts the room.
// Facilitator guide: docs/scenarios/twelve-seconds.md
INCLUDE ../../lib/power.ink

VAR trust = 45       // 0..100: Farida's trust in the player; starts guarded
VAR autonomy = 35    // 0..100: how far Farida's own informed values drive what is decided
VAR clock = 0        // minutes used; the engine adds each choice's time tag

// Who Farida speaks through: 0 her own English, 1 Javed interprets, 2 telephone interpreter.
VAR interp = 0
VAR interp_woman = false
VAR addressed = 0          // how often the player has spoken to Farida herself
VAR javed_out = false      // Javed is in the waiting room
VAR mariam_mentioned = false
VAR knocked = false        // reception has knocked
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

-> opening

=== opening
Monday, 10:52. You are twenty minutes behind, and three more patients are already in the waiting room. # bg: consult-room # ambience: consult-room
The booking note on your screen says only: Rahimi, Farida, 58. Tired.
Her record is thin: registered two years ago, one visit for a cough, a blood pressure check. Language: Dari. Interpreter needed: blank.
A man in a hospital porter's fleece holds the door for a woman in a dark green headscarf. He carries her coat and a plastic folder of letters; she keeps her handbag on her knees.
Good morning, doctor. Javed Rahimi. This is my wife, Farida. # speaker: javed # mood: warm
He pulls the second chair close to hers, sits on its edge, and checks the time on his phone.
She is tired all the time. She needs vitamins, I think. # speaker: javed # mood: neutral
Farida looks at you, then at her hands.
Good morning. Yes, I am tired. Two months, maybe more. I sleep, but I wake up tired. And also... # speaker: farida # mood: guarded
She stops, searching for an English word. About twelve seconds have passed since she began.
* [Turn to Javed: "What vitamins were you thinking of?" # move: interrupt # move: address-companion # time: 1]
    ~ shift(trust, -8)
    ~ shift(autonomy, -8)
    What vitamins were you thinking of? # speaker: clinician
    Vitamin D, maybe iron. A man at work takes one for tiredness. He says it is a miracle. # speaker: javed # mood: neutral
    Farida sits back in her chair. She does not finish her sentence.
    From here on, when you ask a question, Javed answers it first.
* [Wait, and let her find the word # move: let-finish # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 8)
    ~ shift(autonomy, 5)
    You say nothing. You nod, and wait.
    Farida breathes out.
    And also my body is not right. A small thing. Maybe another day. # speaker: farida # mood: guarded
    She glances at Javed. He pats her hand.
    She worries too much, doctor. # speaker: javed # mood: warm
* [Help her along: "Tired how? Sleeping badly? Losing weight?" # move: interrupt # move: narrow-agenda # time: 1]
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
Farida's eyes have gone to the notice too. She reads English better than she speaks it.
* [Set the agenda: the tiredness today, anything else at another appointment # move: narrow-agenda # move: comply-policy # time: 1]
    ~ shift(trust, -5)
    ~ shift(autonomy, -5)
    Let's focus on the tiredness today. If there's anything else, reception can book you another appointment. # speaker: clinician
    Yes, one thing. Good. We are quick. # speaker: javed # mood: neutral
    Farida nods. Her fingers tighten on the strap of her bag.
    Okay. One thing. # speaker: farida # mood: withdrawn
* [Ask Javed what he has noticed at home # move: address-companion # move: open-question # time: 2]
    ~ shift(trust, -2)
    ~ shift(autonomy, -4)
    What have you noticed at home, Mr Rahimi? # speaker: clinician
    She sleeps in the afternoon. Before, never. She walked the grandchildren to school every day; now I do it, after my night shift. # speaker: javed # mood: warm
    And she is pale, I think. Grey, here. # speaker: javed # mood: neutral
    He touches his own cheek. Farida says something short to him in Dari, and he laughs.
    She says I am the grey one. # speaker: javed # mood: warm
    It is useful. It is also Javed's account of her tiredness, not hers.
* [Ask Farida what else she would like to cover today, so you can plan the time together # move: open-question # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Before we start: is there anything else you'd like to talk about today? Then we can plan our time. # speaker: clinician
    {
    - trust >= 55:
        The tiredness. And one more thing. But maybe for later. # speaker: farida # mood: guarded
        Her eyes go to the folder on Javed's knees, not to Javed.
    - else:
        Only tired. # speaker: farida # mood: guarded
    }
- -> language

=== language
You ask how the tiredness affects her day. Farida starts in English, stops, then turns to Javed and says three or four sentences in Dari.
She says she is weak in the legs. # speaker: javed # mood: neutral
It was a lot of Dari for six English words. Farida heard the six words, and you see her decide not to correct them.
* [Ask Javed to interpret; his English is good and it's quicker # move: family-interpreter # move: address-companion # time: 1]
    ~ interp = 1
    ~ shift(trust, -4)
    ~ shift(autonomy, -6)
    Would you mind interpreting for us, Mr Rahimi? It'll be quicker. # speaker: clinician
    Of course. I do it everywhere: the bank, the council, the school. # speaker: javed # mood: warm
    He says it with some pride. For two years he has been her voice in every office in this city, and he has been good at it.
    From now on Farida speaks to Javed, and Javed speaks to you.
* [Call the telephone interpreting line, and ask Farida whether she would prefer a woman interpreter # move: professional-interpreter # move: offer-control # move: address-patient # time: 3]
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
* [Carry on in simple English, slowly, checking that she follows # move: plain-language # move: address-patient # time: 1]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    Let's try in English, slowly. Stop me if I go too fast. # speaker: clinician
    Okay. I understand more than I speak. # speaker: farida # mood: neutral
    My English teacher says the same. She is twenty-five and very strict. # speaker: farida # mood: warm
* [Call the telephone interpreting line and take the first interpreter free # move: professional-interpreter # time: 2]
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
* [Run through a quick checklist: "Any SOB? Weight loss? Change in bowel habit? PV bleeding?" # move: jargon # move: narrow-agenda # time: 1]
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    Any SOB? Weight loss? Change in bowel habit? Any PV bleeding? # speaker: clinician
    {
    - interp == 2:
        A pause on the line.
        Interpreter speaking: could you say PV bleeding another way, please? I want to interpret it accurately. # speaker: interpreter
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
* [Ask Farida to describe a normal day now, compared with a year ago # move: open-question # move: address-patient # time: 2]
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
* [Ask how she is sleeping and feeling in herself, and how life here is going # move: open-question # move: authentic-connection # move: address-patient # time: 2]
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
* [Explain that you'd like to check her eyes, pulse and tummy, and ask if that's all right # move: ask-before-touch # move: plain-language # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'd like to look at your eyes, feel your pulse and press gently on your tummy. Is that all right? You can say stop at any time. # speaker: clinician
    Okay. Yes. # speaker: farida # mood: neutral
    The inside of her lower eyelids is pale. Her pulse is 96 and regular. Her tummy is soft, and you feel nothing that shouldn't be there.
    Pale, yes? My grandson says I am the colour of his school shirt. # speaker: farida # mood: warm
* [Go with the vitamins idea: "Checking vitamin levels is a good thought." # move: address-companion # move: narrow-agenda # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Checking vitamin levels is a good thought, Mr Rahimi. # speaker: clinician
    Good. I told her. # speaker: javed # mood: relieved
    Farida says nothing. She straightens the strap of her bag.
* [Ask Farida what she thinks is behind the tiredness, and what worries her # move: elicit-values # move: ask-about-beliefs # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    What do you think is causing it? And is there anything that worries you? # speaker: clinician
    {
    - interp == 1:
        Javed asks her. She answers briefly, and he answers for both of them.
        We think vitamins. The winter here is very dark. # speaker: javed # mood: neutral
    - trust >= 55:
        I don't think it is vitamins. # speaker: farida # mood: guarded
        She looks at Javed, then back at you.
        Something is not right. I will say, maybe. Later. # speaker: farida # mood: guarded
    - else:
        I don't know. You are the doctor. # speaker: farida # mood: guarded
    }
- -> alone

=== alone
The visit has reached the point where you would usually start to wrap up.
You have a tired woman, a plausible story and a husband with a good idea about vitamins. You also have the feeling that something in the room has not been said.
* [Keep everyone together; Javed seems to help her # move: address-companion # time: 1]
    ~ shift(autonomy, -3)
    Javed settles back in his chair. He has the folder open, ready with dates.
    -> the_question
* [Explain that you offer everyone some time alone for part of a visit, and ask Farida if she'd like that # move: offer-control # move: address-patient # time: 2]
    ~ addressed += 1
    I offer everyone some time on their own with me, for part of the visit. It's routine. Farida, would you like that today? # speaker: clinician
    { interp == 1:
        Javed pauses before he translates it.
    }
    {
    - trust >= 50:
        ~ shift(autonomy, 5)
        Farida looks at Javed, then at you.
        Yes. A few minutes. # speaker: farida # mood: guarded
        -> pushback
    - else:
        No. He can stay. # speaker: farida # mood: withdrawn
        You tell her the offer stands, at any visit.
        -> the_question
    }
* [Ask Javed to wait outside for a few minutes # move: decide-for # move: address-companion # time: 1]
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
* {interp == 2} [Carry on through the interpreter, speaking to Farida rather than to Javed # move: professional-interpreter # move: address-patient # time: 1]
    ~ addressed += 1
    ~ shift(trust, 3)
    You turn your chair a little, so that you face Farida and the phone, not Javed.
    -> the_question

= pushback
Javed's face changes. Not angry: hurt.
Alone? Why? I am her husband. She has no secrets from me. # speaker: javed # mood: guarded
* [Let it go: "Of course, stay." # move: address-companion # time: 1]
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    Of course. Please, stay. # speaker: clinician
    Farida looks at the floor. She was asked, she answered, and the answer was taken back.
* [Ask Farida to tell Javed what she would like, in her own words # move: offer-control # move: address-patient # time: 1]
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
* [Reassure him warmly: it is routine, for everyone, and he is welcome back in five minutes # move: hold-boundary # move: authentic-connection # time: 1]
    ~ javed_out = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    It's what I do with every patient, Mr Rahimi, husbands and wives and grown-up children alike. Five minutes, and then I'll call you back in. # speaker: clinician
    Okay. Five minutes. I will phone my supervisor anyway. # speaker: javed # mood: neutral
    He squeezes her shoulder on the way out.
    Farida-jan, I am just outside. # speaker: javed # mood: warm
- -> the_question

=== the_question
{ clock > 15 && not knocked:
    ~ knocked = true
    A knock, and the door opens a hand's width. # sfx: door-knock
    Sorry, doctor. Just so you know, there are four waiting, and Mr Osei is asking about his hospital transport. # speaker: receptionist
    You hold up five fingers. The door closes.
}
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
* [Ask plainly: "Have you had any bleeding, from anywhere, including from the vagina?" # move: plain-language # move: narrow-agenda # move: address-patient # time: 1]
    ~ addressed += 1
    ~ asked = "direct"
    I ask everyone this. Have you had any bleeding, from anywhere? Including from the vagina? # speaker: clinician
* [Start wrapping up: blood tests for the tiredness, and see how things go # move: narrow-agenda # move: detach # time: 1]
    ~ asked = "wrap"
    Let's start with some blood tests for the tiredness, and take it from there. # speaker: clinician
    You turn to the screen and open the blood test form.
* [Ask an open question: is there anything else going on, anything at all? # move: open-question # move: address-patient # time: 2]
    ~ addressed += 1
    ~ asked = "open"
    Is there anything else going on with your body, anything at all? Even if it feels hard to talk about. # speaker: clinician
- -> answer

=== answer
// The gate: a voice (Javed outside, or a professional interpreter and being spoken to
// directly) and enough trust. A plain direct question lowers the bar a little; a man on the
// interpreter line raises it.
~ temp gate = 60
{ asked == "direct":
    ~ gate = 55
}
{ interp == 2 && not interp_woman:
    ~ gate = gate + 10
}
{
- asked == "wrap" && javed_out && trust >= 70:
    -> volunteers
- asked == "wrap":
    -> not_today
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
-> not_today

=== disclosure
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
Bleeding after the menopause, at fifty-eight. You know what has to be ruled out, and quickly. It could explain the tiredness, too.
* [Go straight into the clinical questions: how much, how often, any pain, any hormone treatment # move: narrow-agenda # move: detach # time: 2]
    ~ shift(trust, -4)
    How much bleeding? How often? Any pain? Any discharge? Are you taking any hormone tablets? # speaker: clinician
    Not much. Some days. No pain. No tablets. # speaker: farida # mood: guarded
    Her answers get shorter as your questions get quicker.
* [Thank her, plainly, for telling you # move: authentic-connection # move: plain-language # time: 1]
    ~ shift(trust, 6)
    Thank you for telling me. I know that wasn't easy. It's important, and you did exactly the right thing. # speaker: clinician
    I waited too long. I know. # speaker: farida # mood: relieved
    Two months is not too long to find the words. You've found them now. # speaker: clinician
* [Ask gently what she has been thinking it might be # move: elicit-values # move: open-question # time: 2]
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
{ clock > 15 && not knocked:
    ~ knocked = true
    A knock, and the door opens a hand's width. # sfx: door-knock
    Sorry, doctor. There are four waiting, and Mr Osei is asking about his hospital transport. # speaker: receptionist
    You hold up five fingers. The door closes. Farida has stopped mid-breath.
}
She needs to understand what this might mean, and what happens next.
* [Keep it light, so as not to frighten her: "We'll get a scan, just to check things over" # move: conceal # time: 1]
    ~ concealed = true
    ~ shift(autonomy, -8)
    We'll get a scan, just to check things over. Nothing to worry about. # speaker: clinician
    A scan. Okay. # speaker: farida # mood: relieved
    She looks relieved, and a little puzzled, as if she had braced herself for something heavier.
* [Explain plainly: bleeding after the menopause is always checked, quickly; usually it isn't cancer, but sometimes it is # move: plain-language # move: transparent-disclosure # time: 2]
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    When bleeding starts after periods have stopped, we always check it, and quickly. # speaker: clinician
    Most of the time the cause is something simple, like the lining of the womb becoming thin and delicate. But sometimes it is cancer of the womb, and if it is, finding it early makes a real difference. # speaker: clinician
    Most times no, sometimes yes. How many times yes? # speaker: farida # mood: guarded
    In studies of women with this kind of bleeding, roughly one in ten turns out to have cancer. Nine in ten, it's something else. # speaker: clinician
    One in ten. Okay. I taught numbers for thirty years. A number I can carry. A fog, no. # speaker: farida # mood: warm
    { worry_told:
        And Mariam? # speaker: farida # mood: distressed
        Mariam waited a year, with no one to check. You won't wait. # speaker: clinician
    }
* [Explain it in clinical terms: PMB, a suspected-cancer referral, a TVUS, maybe an endometrial biopsy # move: jargon # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -6)
    This is PMB in a woman over 55, so I'll refer you on the suspected cancer pathway for a TVUS, and possibly endometrial sampling. # speaker: clinician
    { interp == 2:
        The interpreter asks you what TVUS means, then interprets the rest faithfully. Farida hears every word, including one of them very clearly.
    - else:
        Farida lets most of the words go past. One of them she catches.
    }
    Cancer? # speaker: farida # mood: distressed
    You go back and explain it again, slowly, in plain words. It takes longer than saying it plainly the first time would have.
- -> examination

=== examination
Part of assessing this is an examination, including an internal one, which can happen here or at the hospital clinic.
* [Leave the examination to the hospital clinic; the referral does not depend on it # move: decide-for # time: 1]
    ~ shift(autonomy, -2)
    The hospital clinic will examine you when they see you, so we don't need to do that today. # speaker: clinician
    Okay. # speaker: farida # mood: neutral
* [Tell her you need to examine her internally now, before you can refer her # move: proceed-regardless # move: decide-for # time: 3]
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    I need to examine you internally before I refer you. I'll get the nurse in as a chaperone. # speaker: clinician
    Okay. # speaker: farida # mood: withdrawn
    She says yes the way people say yes to doctors. Throughout the examination she looks at the ceiling tiles, and counts them, you suspect.
    You see nothing to explain the bleeding. The clinic will need to look for themselves anyway.
* [Explain the options for the examination: today with a chaperone, or at the clinic, and ask what she would prefer # move: ask-before-touch # move: offer-choice # move: offer-control # time: 2]
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    I could examine you today, with a nurse present as a chaperone, or the hospital clinic can do it when they see you. Either is fine. What would you prefer? # speaker: clinician
    At the hospital. With a woman doctor, if they have. # speaker: farida # mood: neutral
    You can ask for that. I'll write it in the referral. # speaker: clinician
- -> decision

=== decision
{ clock > 15 && not knocked:
    ~ knocked = true
    A knock, and the door opens a hand's width. # sfx: door-knock
    Sorry, doctor. Four waiting, and Mr Osei is asking about his hospital transport. # speaker: receptionist
    You hold up five fingers. The door closes.
}
Now the plan.
* [Recommend the urgent referral, and ask if she is happy for you to send it now # move: rush-decision # move: plain-language # time: 1]
    ~ shift(autonomy, -4)
    ~ plan_owner = "you"
    I'd like to refer you urgently to the hospital to get this checked. Are you happy for me to send that now? # speaker: clinician
    Yes. Okay. # speaker: farida # mood: neutral
    She agrees at once. You have the impression she would have agreed to anything you suggested.
    -> teachback_d
* [Lay out the options: an urgent referral, what it involves, or waiting; say it is her choice; ask what matters most to her # move: offer-choice # move: elicit-values # move: affirm-refusal # time: 3]
    ~ shift(trust, 3)
    ~ shift(autonomy, 8)
    What I'd recommend is an urgent referral to the women's clinic at the hospital. They'd do an ultrasound scan, usually with a small probe inside the vagina, and perhaps take a small sample from the lining of the womb. # speaker: clinician
    You could also choose to wait and see. I wouldn't advise it, but it is your decision, and you can say no to any part of it. What matters most to you here? # speaker: clinician
    { trust >= 72 && not worry_told:
        ~ worry_told = true
        Farida is quiet for a moment.
        What matters to me is my sister. Mariam. She died last year, in Herat. # speaker: farida # mood: distressed
        It started like this for her. Bleeding, after her time was finished. She said nothing for a year. When they found it, it was too late. # speaker: farida # mood: distressed # disclose: worry
        I don't want Mariam's story. # speaker: farida # mood: distressed
        I'm so sorry about Mariam. You've come after two months, not a year, and that is exactly why I'd move quickly. # speaker: clinician
    }
    {
    - autonomy >= 45:
        ~ plan_owner = "her"
        I want to know. Quickly. # speaker: farida # mood: guarded
        And a woman doctor, if possible. And an interpreter at the hospital, a woman. Not my husband. Not for this. # speaker: farida # mood: neutral
        -> teachback_d
    - else:
        You are the doctor. You decide. # speaker: farida # mood: neutral
        -> defer
    }
* [Bring Javed back in to agree the plan together, since he will be taking her # move: address-companion # move: decide-for # time: 2]
    ~ shift(trust, -8)
    ~ shift(autonomy, -10)
    ~ plan_owner = "javed"
    ~ javed_told = "you"
    ~ javed_out = false
    You open the door and call Javed back in. He sits down, reading your face.
    You explain the bleeding and the referral to him. He goes pale, then straight to practicalities: which hospital, which day, how long, can he be there.
    They are good questions. None of them are hers. Farida sits with her hands folded and lets the plan be made beside her.
    -> teachback_d

= defer
* [Accept it: "Then I'll refer you urgently." # move: decide-for # time: 1]
    ~ shift(autonomy, -3)
    ~ plan_owner = "you"
    Then I'll refer you urgently. # speaker: clinician
    Thank you, doctor. # speaker: farida # mood: relieved
* [Name it: it is hard to disagree with a doctor, but this is her body and her decision; say what you would weigh # move: name-asymmetry # move: offer-choice # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 12)
    ~ plan_owner = "her"
    I know it can feel hard to say no to a doctor. But this is your body, and it should be your decision. I'll tell you what I'd weigh, and then you choose. # speaker: clinician
    Farida considers you for a moment.
    In Herat my father decided. Then my husband. Now the doctor. Okay. This one, I decide. # speaker: farida # mood: warm
    I go. Quickly. And a woman doctor, if they have one. # speaker: farida # mood: neutral
- -> teachback_d

=== teachback_d
You have said a lot, quickly, about something frightening.
* [Ask, "Does that all make sense?" # move: narrow-agenda # time: 1]
    ~ shift(autonomy, -2)
    Does that all make sense? # speaker: clinician
    Yes. # speaker: farida # mood: neutral
    She nods. You remember nodding like that at school, when you had not understood at all.
* [Print the English leaflet for Javed to read to her later # move: family-interpreter # move: address-companion # time: 1]
    ~ shift(trust, -2)
    ~ shift(autonomy, -5)
    You print the leaflet about the clinic, in English, and fold it for Javed.
    Farida puts it in her handbag without looking at it.
* [Ask her to explain in her own words what happens next, so you know you have explained it well # move: teach-back # move: address-patient # time: 2]
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    I've said a lot. So I know I've explained it properly, could you tell me in your own words what happens next? # speaker: clinician
    {
    - concealed:
        A scan. Sometime. No hurry, yes? # speaker: farida # mood: neutral
        You hear your own words coming back, and what they left out.
        ~ concealed = false
        ~ shift(autonomy, 4)
        I made it sound less important than it is. I'm sorry. It is urgent, because bleeding after the menopause needs checking quickly. Usually it's nothing serious, but sometimes it's cancer. # speaker: clinician
        Farida takes that in, and nods slowly.
        Thank you for saying it straight. # speaker: farida # mood: guarded
    - else:
        The hospital sends a letter. To Javed, because he reads English. Then a scan, and they cut a piece. # speaker: farida # mood: guarded
        The letter will come to you, and I'll ask for a woman Dari interpreter for the appointment. The sample is tiny, taken in the clinic, and they'll explain and ask you first. # speaker: clinician
        To me. Good. # speaker: farida # mood: relieved
    }
- -> javed_returns

=== javed_returns
{ javed_told == "you":
    -> javed_asks
}
A knock. Javed puts his head round the door, phone in hand.
Finished? I am sorry, my supervisor. # speaker: javed # mood: neutral
~ javed_out = false
{ clock > 20:
    ~ shift_worry = true
    My shift is at twelve, doctor. Two buses. # speaker: javed # mood: distressed
}
He looks from your face to Farida's, and sits down slowly.
* [Tell Javed yourself, so that he can support her # move: address-companion # move: rescue # move: decide-for # time: 2]
    ~ javed_told = "you"
    ~ shift(trust, -8)
    ~ shift(autonomy, -8)
    Mr Rahimi, Farida has told me about some bleeding, and I'm referring her urgently to the hospital to check it. She'll need your support. # speaker: clinician
    Farida's eyes go to the floor. She had not decided that yet.
    Javed turns to her.
    Farida-jan. Why you did not tell me? # speaker: javed # mood: distressed
    She does not answer.
* [Tell Javed only that she needs a hospital appointment, and leave the rest to her # move: decide-for # move: offer-control # time: 1]
    ~ javed_told = "partly"
    ~ shift(autonomy, -2)
    Farida needs a hospital appointment soon. She can tell you about it herself, when she's ready. # speaker: clinician
    Javed frowns, looks at Farida, and nods.
    Okay. I take her. # speaker: javed # mood: guarded
* [Ask Farida what, if anything, she would like Javed to know, and who should tell him # move: offer-control # move: elicit-values # move: address-patient # time: 1]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    Farida, what would you like Mr Rahimi to know, if anything? And would you like to tell him, or shall I? # speaker: clinician
    {
    - trust >= 55:
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
* [Answer for her: many women find this hard to talk about, and it is no one's fault # move: address-companion # move: rescue # time: 1]
    ~ shift(autonomy, -3)
    Many women find this very hard to talk about, Mr Rahimi. It's nobody's fault. # speaker: clinician
    It is kind, and it is true. Javed nods. Farida says nothing at all.
* [Give Farida room to answer him herself # move: offer-control # move: address-patient # time: 1]
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    You say nothing, and look at Farida.
    Because you worry. Look at your face. # speaker: farida # mood: guarded
    Javed laughs in spite of himself, and takes her hand.
- -> followup_d

=== followup_d
{ clock > 25:
    Another knock. This time the receptionist just says your name through the door. # sfx: door-knock
}
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
The referral is written. What happens after the hospital is still open.
* [Book a double appointment after the clinic visit, with a woman Dari interpreter, and flag both on her record # move: work-around # move: cooperative-goals # time: 2]
    ~ followup = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book a double slot for after the hospital visit, and add to her record: Dari interpreter, female, longer appointment.
    Then we will go through what they find together, properly, with an interpreter. # speaker: clinician
    Good. A lesson plan. # speaker: farida # mood: warm
* [Wrap up now; the hospital will be in touch, and reception can book anything else # move: comply-policy # time: 1]
    ~ shift(trust, -2)
    The hospital will contact you. If you need anything else, reception can book you in. # speaker: clinician
* [Book that, and message the practice manager about interpreter-flagged double slots for everyone who needs them # move: work-around # move: advocate # time: 3]
    ~ followup = true
    ~ advocated = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book the double slot with a woman interpreter and flag it on her record. Then, while they gather their coats, you write a short message to the practice manager: fifteen minutes is not a safe length for a visit that needs an interpreter.
    Then we will go through what they find together, properly, with an interpreter. # speaker: clinician
- -> d_ending

=== d_ending
{
- plan_owner == "her" && javed_told != "you" && not concealed && autonomy >= 50:
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
    Your double appointment with her is in the diary. Whatever the biopsy shows, she will hear it in Dari, and she will have a say in what comes next.
- else:
    Whatever the biopsy shows, she will hear it in Dari, and she will have a say in what comes next.
}
{ advocated:
    The practice manager replied the same afternoon: bring it to Thursday's meeting; two other doctors have raised the same thing.
}
She chose this plan, knowing what it was for. That was the part you could give her. # ending: heard
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
    Javed knocks and comes back in, phone in hand.
    Sorry. My supervisor. Finished? # speaker: javed # mood: neutral
}
{ clock > 15 && not knocked:
    ~ knocked = true
    A knock, and the door opens a hand's width. # sfx: door-knock
    Sorry, doctor. Just so you know, four waiting, and Mr Osei is asking about his hospital transport. # speaker: receptionist
    You hold up five fingers. The door closes.
}
{ interp == 2:
    The interpreter is still on the line. Farida answers some things in English now, and lets the interpreter carry the rest.
}
So, doctor. Vitamins? # speaker: javed # mood: neutral
* [Agree with Javed and print a vitamin D prescription; it is quick and can't hurt # move: address-companion # move: decide-for # time: 1]
    ~ vitamins_given = true
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Vitamin D won't do any harm, and plenty of people here are low in winter. I'll print a prescription. # speaker: clinician
    Thank you, doctor. # speaker: javed # mood: relieved
    Farida watches the prescription come out of the printer.
* [Ask Farida what she makes of the vitamins idea # move: elicit-values # move: address-patient # time: 2]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    What do you think of the vitamins idea, Farida? # speaker: clinician
    {
    - interp == 1:
        Javed translates. Farida answers, and he laughs before he translates that too.
        She says: every night shift, he reads about a new vitamin on his phone. She says she wants to know why she is tired first, then vitamins. # speaker: javed # mood: warm
    - else:
        Every night shift, he reads a new vitamin on his phone. # speaker: farida # mood: warm
        Javed laughs and doesn't deny it.
        I want to know why I am tired. Then vitamins, maybe. # speaker: farida # mood: neutral
    }
* [Explain to Farida, plainly, why you would check her blood before any vitamins # move: plain-language # move: address-patient # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    Farida, tiredness like yours can have a few causes, and thin blood is a common one. A blood test tells us what's actually going on, so we don't guess with vitamins. # speaker: clinician
    {
    - trust >= 50:
        Yes. First the test, then the answer. Good. # speaker: farida # mood: neutral
    - else:
        Okay. # speaker: farida # mood: withdrawn
    }
- -> remedies

=== remedies
It would help to know what she is already doing about it.
* [Advise her to stop any supplements or remedies until the results are back # move: correct-dismiss # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    Best to stop any supplements or herbal remedies until we have the results. # speaker: clinician
    We take nothing yet. # speaker: javed # mood: neutral
    Only dates, and liver. My mother's medicine. # speaker: farida # mood: guarded
    Her mouth tightens a little around the word mother.
* [Skip it; you are already running over # move: detach # time: 1]
    ~ shift(trust, -2)
    You let the question go and turn to the screen.
    Farida watches you type.
* [Ask what she has already tried, including anything from home # move: ask-about-beliefs # move: open-question # move: address-patient # time: 2]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
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
{ clock > 15 && not knocked:
    ~ knocked = true
    A knock, and the door opens a hand's width. # sfx: door-knock
    Sorry, doctor. Four waiting now, and Mr Osei is asking about his hospital transport. # speaker: receptionist
    You hold up five fingers. The door closes.
}
The blood test form is open on the screen.
* [Hand the blood form to Javed and explain it to him # move: address-companion # move: family-interpreter # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    This is for the blood tests, Mr Rahimi. She can have them done at the nurse's clinic, any morning this week. # speaker: clinician
    Thursday. I am off on Thursday. # speaker: javed # mood: neutral
    Farida watches the form go into the plastic folder with the other letters: the council, the bank, the school, and now this.
* [Explain plainly which tests and why, and ask if she is happy to have them # move: plain-language # move: offer-choice # move: address-patient # time: 2]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    I'd like to check your blood count, for anaemia, which means thin blood, and your iron. Also your thyroid, your sugar, two vitamins called B12 and folate, and your kidneys and liver. Is that all right with you? # speaker: clinician
    {
    - trust >= 50:
        Yes. Good. I like tests. I gave many. # speaker: farida # mood: warm
        She gave our son a test every night, doctor. He is an engineer now. # speaker: javed # mood: warm
    - else:
        Yes. # speaker: farida # mood: guarded
    }
* [Tick the boxes and summarise: "FBC, ferritin, TFTs, B12, folate, HbA1c, U and Es." # move: jargon # move: decide-for # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    FBC, ferritin, TFTs, B12, folate, HbA1c, U and Es. The phlebotomist will do them. # speaker: clinician
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
* [Write the plan down in English for Javed to read to her at home # move: family-interpreter # move: address-companion # time: 1]
    ~ shift(autonomy, -4)
    You write three lines on a sticky note and hand it to Javed.
    Very clear, doctor. Thank you. # speaker: javed # mood: warm
* [Ask Farida to tell you in her own words what happens next # move: teach-back # move: address-patient # time: 2]
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    So I know I've explained it properly: what happens next, in your own words? # speaker: clinician
    Blood test, Thursday, with the nurse. Then the results... you telephone? # speaker: farida # mood: neutral
    We'll book you in to go through them, rather than tell you on the phone. # speaker: clinician
    Good. On the phone, my English goes. # speaker: farida # mood: neutral
    And if I ring you, I can ask for the Dari telephone? # speaker: farida # mood: guarded
    Yes. You can ask reception for an interpreter whenever you ring. # speaker: clinician
* [Ask "Any questions?" as you stand up # move: narrow-agenda # move: rush-decision # time: 1]
    ~ shift(trust, -3)
    You stand up. Any questions? # speaker: clinician
    No. Thank you. # speaker: farida # mood: withdrawn
- -> safety_net

=== safety_net
One more thing: what should bring her back sooner.
* [Give the usual line: "If it gets worse, come back." # move: narrow-agenda # time: 1]
    If it gets worse, come back. # speaker: clinician
    Okay. # speaker: farida # mood: neutral
* [Tell Farida plainly what should bring her back sooner, including any bleeding, breathlessness or weight loss # move: plain-language # move: transparent-disclosure # move: address-patient # time: 2]
    ~ shift(trust, 3)
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
}
{ clock > 15:
    You are {clock - 15} minutes over the slot.
}
* [Book a double appointment yourself for the results, with a woman Dari interpreter flagged on her record # move: work-around # move: cooperative-goals # time: 2]
    ~ followup = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book a double slot for the results and add to her record: Dari interpreter, female, longer appointment.
    Next time we'll have more time, and an interpreter, so you can ask me anything. # speaker: clinician
    {
    - trust >= 50:
        Good. More time. # speaker: farida # mood: warm
    - else:
        Okay. # speaker: farida # mood: guarded
    }
* [Book that, and message the practice manager about interpreter-flagged double slots # move: work-around # move: advocate # time: 3]
    ~ followup = true
    ~ advocated = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    You book the double slot, flag the interpreter, and, while they gather their coats, write a short message to the practice manager: fifteen minutes is not a safe length for a visit that needs an interpreter.
    Next time we'll have more time, and an interpreter, so you can ask me anything. # speaker: clinician
* [Finish now, and ask them to book the results appointment at reception as usual # move: comply-policy # time: 1]
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
Her blood test had shown iron-deficiency anaemia. Now there is a likely reason for it.
{ advocated:
    The practice manager has put interpreter-flagged double slots on Thursday's agenda. Two other doctors had raised the same thing.
}
You refer her urgently that afternoon, twelve days later than you might have. You built the second chance; she used it. # ending: second-chance
-> END

= vitamins
{ vitamins_given:
    Farida takes the vitamin D every morning. Javed checks that she has.
}
Her blood test shows iron-deficiency anaemia. She starts iron tablets, and is referred for camera tests of the stomach and bowel, the usual next step at her age.
{ asked == "direct":
    Her notes say she denies any bleeding. That was true of the room she was asked in.
}
{ advocated:
    The practice manager has put interpreter-flagged double slots on Thursday's agenda. It will help the next patient, if not quite this one.
}
The bleeding is not in her notes. She is still waiting for someone to ask in a room where she can answer. # ending: vitamins
-> END

=== leaving
Javed is on his feet before you have finished.
Doctor, thank you. We must go. My shift. # speaker: javed # mood: distressed
It is fine. Only tired. It is fine. # speaker: farida # mood: withdrawn
She is already buttoning her coat, looking at the door and not at you.
* [Ask Javed to make sure she gets the blood test done # move: address-companion # move: rescue # time: 1]
    ~ shift(autonomy, -3)
    Make sure she gets the blood test done, won't you? # speaker: clinician
    I will take her myself. Don't worry, doctor. # speaker: javed # mood: warm
    Farida is already in the corridor.
* [Apologise for rushing her, and offer a longer appointment with an interpreter # move: apologise # move: work-around # move: address-patient # time: 1]
    ~ left_offer = true
    ~ shift(trust, 4)
    I'm sorry, Farida. I rushed you today. Would you come back for a longer appointment, with an interpreter? # speaker: clinician
    Maybe. # speaker: farida # mood: guarded
    She takes the appointment card and puts it in her coat pocket.
* [Let them go with the blood form # move: comply-policy # move: detach # time: 1]
    Don't forget the blood test. # speaker: clinician
    Javed nods and holds the door for her.
-
The door closes. The next patient's name is waiting on the screen.
* [Call in the next patient # move: comply-policy # time: 1]
    You call in the next patient. {clock > 15: You are now {clock + 5} minutes behind.|You are still twenty minutes behind.}
* [Add a flag to her record: Dari interpreter, female, double appointment # move: work-around # time: 1]
    ~ followup = true
    You add the flag. Whoever sees her next will have more time, and someone who speaks her language.
* [Message the practice manager: fifteen minutes is not enough when a visit needs an interpreter # move: advocate # time: 2]
    ~ advocated = true
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
