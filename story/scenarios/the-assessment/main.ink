// The assessment: a Mental Health Act assessment in a front room in Bristol. Marta Kowalczyk,
// 44, a textile conservator with bipolar disorder, stopped her lithium six weeks ago and has
// barely slept for six nights. The player is the section 12 approved doctor, with Bronwen
// Mensah, the approved mental health professional, and a Polish interpreter on the video line;
// her husband Owen is her nearest relative. Decision control is at its most extreme here, and
// risk and autonomy truly pull apart: in some runs the least restrictive answer is a section,
// said openly; in some it is home with support; in some she asks you to decide.
// The law is the Mental Health Act 1983 as amended in 2007, with the 2015 Code of Practice.
// Facilitator guide: docs/scenarios/the-assessment.md
INCLUDE ../../lib/power.ink

VAR trust = 36        // 0..100: Marta's trust in the player; her husband called you, and she knows what the folder is for
VAR autonomy = 35     // 0..100: how far Marta's own informed values drive what is decided tonight
VAR safety = 30       // 0..100: Marta's safety, and other people's on the road and next door, tonight and this week (a stake)
VAR restriction = 0   // 0..100: how restrictive what happens to her is: a plan at home, a ward she chose, a section, a bed far away (a stake; more is worse)
VAR waiting = 0       // 0..100: how long, relatively, a man held in the place of safety at Southmead since four o'clock waits for you, the next doctor on the rota (a stake; more is worse; not minutes)

// The run's variant, drawn from its seed before the first line (meta.json "variation").
VAR wants = 0      // 1: to stay at home with support; 2: to come in on her own agreement; 3: informed, for you to decide
VAR drove = 0      // 0: Owen has had the keys since Sunday; 1: she drove to the coast at three this morning
VAR tells = 0      // what she holds back: 1 a plan to drive tonight, with the spare key; 2 she restarted lithium at double dose, with ibuprofen, and is being sick; 3 nothing more
VAR htt = 0        // 0: the crisis team cannot come before tomorrow afternoon; 1: they can come at half past ten tonight
VAR owen_view = 0  // 1: Owen wants her taken in tonight; 2: Owen objects to a section ("not like 2013")
VAR halina = 0     // 0: her mother lives in Łódź; 1: her mother lives with them, and Marta is her carer
VAR english = 0    // 1: her English holds all evening; 2: it slides into Polish when she races or is upset
VAR dale = 0       // 0: the neighbour stays away; 1: the neighbour knocks during the assessment
// One draw, split into eight: consecutive small draws from ink's generator come out correlated.
~ temp draw = RANDOM(0, 575)
~ wants = draw % 3 + 1
~ drove = (draw / 3) % 2
~ tells = (draw / 6) % 3 + 1
~ htt = (draw / 18) % 2
~ owen_view = (draw / 36) % 2 + 1
~ halina = (draw / 72) % 2
~ english = (draw / 144) % 2 + 1
~ dale = (draw / 288) % 2
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR knew_chat = false     // the player learned at the door that Owen called this "a chat"
VAR honest = false        // the player said plainly what this is, at the start
VAR ewa_on = false        // the interpreter stays on the line
VAR heard_story = false   // Marta told the last six weeks in her own way, and was understood
VAR tremor_known = false  // the player knows why she stopped the lithium
VAR private = false       // Owen is out of the room at her choice
VAR drove_known = false   // the player knows she drove at three this morning
VAR plan_known = false    // the player knows about the spare key and tonight
VAR key_safe = false      // the spare key is out of her hands
VAR lithium_known = false // the player knows she restarted lithium at double dose and is being sick
VAR lithium_acted = false // the emergency department is doing a lithium level tonight
VAR fear_told = false     // she has told you about 2013
VAR fear_written = false  // her 2013 experience and wishes are in the handover
VAR capacity = ""         // supported, assumed, skipped
VAR threatened = false    // she was told to come in or be sectioned
VAR route = ""            // home, informal, coerced, detain, unsafe
VAR rec = ""              // what you would recommend on what you know: in, team, family
VAR decided_for = false   // the outcome was decided over her, not with her or at her informed request
VAR open_detention = false // she heard from you why, what it means and her rights
VAR bed_lost = false      // Juniper's bed went; the next is out of area
VAR keys = ""             // owen, hers, taken
VAR halina_sorted = false
VAR plan_with_her = false
VAR rights_told = false
VAR note = ""             // full, usual, hers
VAR bronwen_declined = false // the AMHP declined to apply on a recommendation she did not think was needed

-> doorstep

=== doorstep
Thursday, 19:40, the last week of October. A terraced street in Bedminster, Bristol, in the rain. # bg: home # ambience: home
You are the section 12 approved doctor on tonight's rota. In the car, Bronwen Price, the approved mental health professional, went through it once more.
Marta Kowalczyk, forty-four. Bipolar disorder, diagnosed in 2013, when she was detained under section 2. Well on lithium for twelve years, and discharged to her GP in 2019. # speaker: bronwen
Six nights with hardly any sleep. Her husband rang the surgery this morning. Dr Kaur saw her at lunchtime and asked for this assessment. She'll make the second medical recommendation if it comes to that, but she wants the specialist view first. # speaker: bronwen
I make the application, or I don't. You give me your medical opinion. Juniper ward has one bed tonight, and the bed manager will hold it till ten. # speaker: bronwen
Bronwen has booked a Polish interpreter on the video line. The GP's letter says that when Marta is unwell her English goes, and that in 2013 she was assessed in English and said afterwards she had followed about half of it.
{ halina == 1:
    Her mother lives with them. Halina, seventy-eight, Parkinson's, no English. Marta gives her her tablets. # speaker: bronwen
}
Owen Price opens the door before you can knock: late forties, grey cardigan, a school lanyard still round his neck.
{ owen_view == 1:
    Thank God. Before you go in, you need to know what it's been like. I can't do another night of this. # speaker: owen # mood: distressed
- else:
    Come in. Before you do, you need to know it's been bad. And that I don't want what happened last time. I need you to know that as well. # speaker: owen # mood: distressed
}
Behind him, through the front-room door, a Chopin mazurka at full volume stops mid-bar and starts again.
Owen? Is it them? # speaker: marta
* [Tell Owen you'll want to hear from him properly, and go in to Marta first # move: address-patient # why: Marta meets you before she hears herself discussed in her own hallway; Owen's worries wait, and he is not pleased about it.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'll want to hear everything from you, Owen. But I'd like to meet Marta first. # speaker: clinician
    Owen opens his mouth, closes it, and stands aside.
* [Let Owen tell you what's happened, there in the hallway # move: address-companion # why: You walk in knowing about the nights and the car, and Marta, who can hear the murmur through the door, knows you heard it from Owen first.]
    ~ shift(trust, -5)
    ~ shift(safety, 2)
    Owen talks fast and low. Six nights. Silk on the credit card, four thousand eight hundred pounds of it. The hallway painted at three in the morning. The night with Mr Dale next door, and the police.
    { drove == 1:
        ~ drove_known = true
        And this morning. I woke at half three and the car was gone. She came back at six with the wing mirror hanging off. She doesn't know how. # speaker: owen # mood: distressed
    - else:
        I've had the car keys since Sunday. She wanted to drive to Cornwall, at midnight, to look at the light. # speaker: owen # mood: distressed
    }
    Behind the door the music has stopped. Marta has heard the murmur of her husband, telling.
* [Ask Owen one thing: what has Marta been told about tonight? # move: open-question # why: You learn what Marta thinks this visit is before you walk in, so you can put it right; Owen is asked about her, briefly, at the door.]
    ~ knew_chat = true
    ~ shift(autonomy, 2)
    What has Marta been told about tonight? # speaker: clinician
    That the doctor was coming back for a chat. # speaker: owen # mood: guarded
    He looks at his slippers.
    I couldn't say the other words. Not again. # speaker: owen # mood: distressed
- -> front_room

=== front_room
The front room is full of yellow. Silk in fourteen shades, unrolled over the sofa, the armchair and the rug, from lemon to the brown-gold of old varnish. Behind you the hallway is half painted ultramarine.
Marta Kowalczyk kneels in the middle of it with a pair of dressmaker's shears. Paint to the elbow; hair pinned up with two pencils. She has the brightness of someone who has not slept for a week and feels wonderful about it.
You're the doctors. Owen said a chat. Nobody comes at eight o'clock on a Thursday with a social worker and a folder for a chat. # speaker: marta # mood: guarded
Sit, sit. Not there, that's the weld. The weld is the important one. # speaker: marta # mood: warm
{ knew_chat:
    You know what Owen told her. So, it seems, does she.
}
Bronwen sits on the arm of the sofa with the folder on her knee. It holds the forms.
* [Tell her who you both are, that this is a Mental Health Act assessment, where it can end, and that she can ask anything # move: transparent-disclosure # why: Marta hears from you, before anything else, what tonight is and where it can end, hospital against her wishes included; it costs you the easy start.]
    ~ honest = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    Marta, I'm a psychiatrist, and this is Bronwen Price, an approved mental health professional. It isn't a chat. It's an assessment under the Mental Health Act. # speaker: clinician
    It can end with you here at home with more support, or coming into hospital because you agree to, or, if we think neither is safe, being detained. You can ask us anything, and you don't have to answer everything. # speaker: clinician
    Thank you. At least somebody in this house says the words. # speaker: marta # mood: guarded
    { owen_view == 2:
        Owen, in the doorway, flinches at the last one.
    }
* [Let her talk first, and explain the formal part once she's settled # move: let-finish # move: open-question # why: Marta gets the floor straight away and uses it, but she is talking to people whose purpose she has had to guess, and she has guessed right.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -1)
    You nod, and let her talk. She explains the weld, and the indigo, and why the order came in fourteen boxes.
    After four minutes Bronwen waits for a gap and fills it: who you both are, that this is an assessment under the Mental Health Act, and what it can end in.
    I know. I knew at the door. I was waiting to see which of you would say it. # speaker: marta # mood: guarded
* [Say you've come to see how she's doing and have a chat # move: conceal # why: The evening starts smoothly on Owen's word for about a minute, until Bronwen, who cannot assess her on a false footing, says what it really is.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -4)
    We've just come to see how you're doing, Marta. A chat. # speaker: clinician
    Bronwen's pen stops.
    It's a bit more than that, Marta, and you should know it. It's an assessment under the Mental Health Act. I'll explain what that means. # speaker: bronwen
    Marta looks from Bronwen to you.
    So you were going to let me think it was a chat. Like Owen. # speaker: marta # mood: angry
- -> language

=== language
Bronwen props her tablet against the fruit bowl. On the screen, a woman in a cardigan in a small bright office.
Dobry wieczór, pani Marto. I'm Ewa, the interpreter. I'll say everything in the first person, as if I were you, and I keep it all confidential. # speaker: ewa
I've lived here twenty years. I dream in English. # speaker: marta # mood: guarded
* [Ask Marta which language she'd like, and say Ewa can stay on the line either way # move: offer-choice # move: professional-interpreter # why: Marta decides how she is heard tonight, and the interpreter is there if the English goes; in some runs it does, and nobody has to stop to find her.]
    ~ ewa_on = true
    Which would you like, Marta? English, Polish, or both. Ewa can stay on the line either way, and you can switch whenever you like. # speaker: clinician
    { english == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        ~ shift(safety, 3)
        English. But she stays. Sometimes my English runs out before I do. # speaker: marta # mood: warm
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 3)
        English. She can stay if she likes, but I said: I dream in it. # speaker: marta # mood: neutral
    }
* [Use Ewa throughout, as Bronwen arranged, and tell Marta why # move: professional-interpreter # move: decide-for # why: Every word passes through Polish, which protects what Marta says if her English slides; if it does not, she hears that you have judged her English for her.]
    ~ ewa_on = true
    We'll use Ewa throughout, Marta. Last time, you said afterwards you'd only followed half of it. I don't want that again. # speaker: clinician
    { english == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, -2)
        ~ shift(safety, 4)
        Marta looks at the screen for a long moment.
        Dobrze. Yes. It was in English that they held me down. # speaker: marta # mood: guarded
    - else:
        ~ shift(trust, -4)
        ~ shift(autonomy, -3)
        I'm not confused, doctor. I'm fast. It's different. # speaker: marta # mood: angry
        Every answer from then on comes twice, once in her quick English and once in Ewa's Polish, until she says it herself in Polish just to make the point.
    }
* [Carry on in English, and let Ewa go # move: address-patient # why: The evening is quicker and Marta is taken at her word about her English; if it slides later, there is nobody on the line to catch what she says.]
    Bronwen thanks Ewa, and the screen goes dark.
    { english == 2:
        ~ shift(trust, -1)
        ~ shift(safety, -5)
        Good. Where was I. # speaker: marta # mood: neutral
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        Good. Thank you. I am not a tourist. # speaker: marta # mood: warm
    }
- -> her_story

=== her_story
Bronwen catches your eye: your questions first.
* [Ask her to tell you about the last few weeks, in her own way, and let her run # move: open-question # move: let-finish # why: Marta tells it her way, racing, and in it is why she stopped the lithium, which nobody had asked; it takes a long time, and Bronwen watches the clock.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    ~ waiting = waiting + 5
    Tell me about the last few weeks, Marta. However you want to tell it. # speaker: clinician
    { english == 2 && not ewa_on:
        ~ shift(safety, -2)
        She starts in English, about the museum and a tapestry. Two minutes in she is speaking Polish without noticing, faster and faster, and you lose her.
        Owen looks at the carpet. He knows about forty words. When she comes back to English she has moved on, and you don't know from where.
    - else:
        ~ heard_story = true
        ~ tremor_known = true
        ~ shift(safety, 2)
        Six weeks ago I stopped the lithium. You want to know why? Look. # speaker: marta # mood: warm
        She holds out her hands. They are steady as a surgeon's.
        For a year they shook. I'm a conservator. I was couching gold thread on a Flemish verdure, sixteen-twenties, and I couldn't put the needle where I meant it. Twelve years I took it, every night, with the blood tests, good girl. And then it took my hands. # speaker: marta # mood: distressed # disclose: tremor
        And now I can see again. Do you know why the forests in old tapestries are blue? Green was blue silk dyed over with weld, yellow, and the yellow fades first. Every forest in Europe went blue. # speaker: marta # mood: warm
        I'm going to give them their yellow back. Fourteen yellows. I've written to the V&A. # speaker: marta # mood: warm
        She laughs, as if some part of her knows that no conservator would ever re-dye an original, and has decided not to mind.
        { english == 2:
            Halfway through she is speaking Polish without noticing. Ewa follows her a half-beat behind, in the first person.
            I sleep two hours and I wake like a bell, like the mill bell in Łódź at six, my grandmother's mill, and why would I be tired, I have fourteen yellows to... # speaker: ewa
        }
    }
    She talks for eleven minutes: the studio she will open, the grant she will win, the looms in her grandmother's mill, Owen's allotment, the hallway, "ultramarine, the blue the forests went". You do not get a question in, and you don't need one.
* [Take her through it point by point: sleep, mood, money, medication, thoughts # move: narrow-agenda # why: You get every fact the form needs in ten minutes, and Marta answers like a witness; why she stopped the lithium never comes up.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    ~ shift(safety, 2)
    Sleep: two hours a night, six nights, and she doesn't feel tired. Mood: never better. Money: the silk, yes, on the card. Lithium: stopped, six weeks. Thoughts of harm: no.
    She answers each one faster than the last, a witness who has worked out what the questions are for.
    Why did you ask about the money before you asked about me? # speaker: marta # mood: guarded
* [Ask Owen to give you the timeline; he has the dates # move: address-companion # why: The dates come out exact, and Marta listens to her illness told by her husband, corrects him twice and then stops bothering.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -5)
    ~ shift(safety, 2)
    Owen has the dates on his phone. Lithium stopped on the eleventh of September, he thinks. The first bad night, the fourteenth of this month. The silk, the hallway.
    { drove == 1:
        ~ drove_known = true
        And last night, the car. Three in the morning. # speaker: owen # mood: distressed
    }
    Marta corrects him twice, about a date and about the colour of the hallway, and then stops correcting him and looks at the silk.
- What you see: speech too fast to interrupt, ideas that jump and join on their own logic, a mood that is high and has an edge to it. No voices, she says, and you believe her. She knows she hasn't slept. She thinks it doesn't matter.
-> owen_cuts

=== owen_cuts
{ owen_view == 1:
    Tell them about Mr Dale. Tell them about the police. # speaker: owen # mood: angry
- else:
    Tell them about Mr Dale, love. It's all right. # speaker: owen # mood: distressed
}
* [Ask Marta for her own account of the night with Mr Dale # move: address-patient # move: open-question # why: Marta gives her version first, hedge, note and police, and Owen has to hear her say it; she gets to say sorry in her own way.]
    { owen_view == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 2)
    }
    What happened with Mr Dale, Marta? In your words. # speaker: clinician
    { owen_view == 2:
        Owen sits down on the arm of her chair, and she leans against him while she tells it.
    - else:
        Owen stays standing in the doorway, arms folded, while she tells it.
    }
    -> dale_story
* [Ask Marta whether she'd like to talk to you and Bronwen without Owen for a while # move: offer-control # why: Marta chooses who hears her; with Owen out of the room she may say what she would not say in front of him, and he waits in the kitchen feeling shut out.]
    ~ private = true
    { owen_view == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
    }
    Marta, would you like to talk to us without Owen for a while? It's your choice. # speaker: clinician
    She looks at her husband, and something in her face lets go.
    Yes. Sorry, kochanie. Go and make tea. Make it slowly. # speaker: marta # mood: warm
    { owen_view == 1:
        Owen goes to the kitchen. You hear the kettle go on harder than kettles need to.
    - else:
        Owen goes to the kitchen without a word, and you hear him sit down at the table. Marta looks after him, as if she has sent away the one person in the room on her side.
    }
    -> dale_story
* [Ask Owen what happened; he was there # move: address-companion # why: You get a clear account from the man who made the call, and Marta hears the worst night of her week told about her, in front of her.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    ~ shift(safety, 1)
    She was out there at one in the morning with the loppers, on his leylandii. Then hammering on his door. He rang 999. Two officers came. Words of advice, no arrest. He's seventy-four. He was shaking. # speaker: owen # mood: distressed
    I said sorry. I wrote him eleven pages. # speaker: marta # mood: withdrawn
    -> dale_knock

= dale_story
His leylandii has taken the light from my workroom for three years. On Tuesday at one in the morning I cut it. Only the part over my side, which is the law; I looked it up. # speaker: marta # mood: neutral
Then I knocked to tell him, because that is polite. He did not think it was polite. The police came. Two very young men. Words of advice. # speaker: marta # mood: neutral
She smiles, and then doesn't.
I frightened him. He's seventy-four. I put a note through in the morning to say sorry. I think the note was eleven pages. # speaker: marta # mood: distressed
-> dale_knock

=== dale_knock
{ dale == 0:
    -> pacing
}
The doorbell goes, twice, and then a knock on the front-room window. # sfx: door-knock
Bronwen opens the front door. A tall old man in a waxed jacket, rain on his glasses: Keith Dale, from next door.
Is she being taken in? I've a right to know. I saw the car. She was at my hedge with loppers at one in the morning. # speaker: dale # mood: angry
Marta has heard every word.
* [Tell Mr Dale you can't discuss anyone in the house, that he can ring the police if he's frightened tonight, and close the door # move: keep-confidence # move: hold-boundary # why: Nothing about Marta leaves the house, and she hears you refuse to discuss her on her own doorstep; Mr Dale goes home no wiser and no less frightened.]
    ~ shift(trust, 4)
    ~ shift(safety, 1)
    I'm sorry, Mr Dale. I can't discuss anyone in this house. If you feel unsafe tonight, ring the police. Good night. # speaker: clinician
    He stands there a moment, then goes. Through the window you watch him let himself into his own house and put every light on.
    Thank you. # speaker: marta # mood: relieved
* [Tell Mr Dale she's being assessed, and that someone will let him know what's decided # move: breach-confidence # why: A frightened neighbour is reassured with the fact of a psychiatric assessment, and the whole street will know it by the morning; Marta heard you say it.]
    ~ shift(trust, -9)
    ~ shift(autonomy, -3)
    She's being assessed, Mr Dale. Someone will let you know what's decided. # speaker: clinician
    Right. Good. # speaker: dale # mood: neutral
    When you come back into the room Marta is standing by the window, watching him go.
    That wasn't yours to tell him. # speaker: marta # mood: angry
* [Let Marta answer him herself, if she wants to # move: offer-control # why: Marta gets to face the man she frightened, and whether she apologises or shouts depends on how the evening has gone for her; the street hears it either way.]
    { trust >= 55:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        ~ shift(safety, 1)
        Marta comes to the door in her paint.
        Mr Dale. I frightened you, and I'm sorry. I'm not well. These people are here to help me with that. Go home; I won't come round again. # speaker: marta # mood: distressed
        He looks at her for a long moment, nods once, and goes.
    - else:
        ~ shift(trust, -2)
        ~ shift(safety, -5)
        Marta comes to the door in her paint.
        You want to know? Come in and watch, Keith. Bring your hedge. # speaker: marta # mood: angry
        He goes, fast. Ten minutes later a police car drives slowly down the street, and on, and it takes a quarter of an hour for Marta to sit down again.
    }
- -> pacing

=== pacing
Marta is on her feet now, walking the length of the silk and back.
{ english == 2 && not ewa_on:
    She is half in Polish now. You catch "Owen", and "folder", and nothing else.
}
You're all on Owen's side. You've decided already. I can see the folder. The forms are in it. # speaker: marta # mood: angry
They are.
* [Offer her a break: she can walk, make tea, open the window, and you'll wait # move: offer-control # why: Marta gets a few minutes to bring herself down on her own terms, and the assessment stops until she wants it back; it spends time Bronwen does not have.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    ~ shift(safety, 1)
    ~ waiting = waiting + 3
    Shall we stop for a few minutes? Walk about, open the window, get some air. We'll wait. # speaker: clinician
    She opens the window onto the rain and stands in the cold air, breathing, for a long two minutes. When she turns round she is slower.
    Okay. Okay. Ask. # speaker: marta # mood: neutral
* [Say out loud that you and Bronwen hold real power tonight, that the forms are in the folder, and that you'd rather she argue with you than with Owen # move: name-asymmetry # move: authentic-connection # why: Marta hears the thing she has guessed said plainly, and the argument moves onto the people who hold the power; whether that settles her or winds her up depends on how far she trusts you.]
    You're right, the forms are in there. Bronwen and I have a lot of power tonight, more than anyone should have over someone in her own front room. So argue with us, not with Owen. He rang because he was frightened. # speaker: clinician
    { trust >= 50:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        Marta stops walking.
        Nobody said that in 2013. They just had the power. # speaker: marta # mood: guarded
    - else:
        ~ shift(trust, -3)
        ~ shift(autonomy, 1)
        ~ shift(safety, -1)
        So you admit it. Good. Then you can admit you've decided. # speaker: marta # mood: angry
        She goes on walking, faster.
    }
* [Carry on with the questions; you need to finish # move: proceed-regardless # why: You keep the assessment moving, and Marta answers standing up, shorter each time, with her back to you.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    You carry on. She answers from the window, with her back to you, in fewer words each time.
- -> risk

=== risk
We need to ask about risk. # speaker: bronwen
* [Ask her about the car, about tonight, and whether she's had thoughts of harming herself or anyone else, and say why you're asking # move: ask-about-risk # move: plain-language # why: Marta is asked the hard questions straight, as an adult, and told it is because of the nights and the car; what she tells you about tonight depends on how safe the last hour has made her feel.]
    ~ shift(safety, 5)
    Marta, I need to ask you some straight questions, because of the nights and the car. Have you been driving? What are you planning for tonight? And have you had any thoughts of harming yourself, or anyone else? # speaker: clinician
    { drove == 1:
        { trust >= 35 || not private:
            ~ drove_known = true
            ~ shift(safety, 3)
            Yes. I drove to Weston at three. The mud at dawn is the grey-gold of old silk; I needed to see it. I don't know what happened to the mirror. # speaker: marta # mood: neutral # disclose: car
            { not private:
                Owen closes his eyes.
            }
        - else:
            No. # speaker: marta # mood: guarded
            Too quickly, you think.
        }
    - else:
        Owen took my keys on Sunday. Like a teenager. # speaker: marta # mood: angry
    }
    { tells == 1:
        ~ temp gate = 54
        { private:
            ~ gate = gate - 8
        }
        { honest:
            ~ gate = gate - 4
        }
        { trust >= gate:
            ~ plan_known = true
            ~ shift(safety, 8)
            She looks at the kitchen door, then at you.
            There's a spare key. It was in the biscuit tin. At two o'clock I'm going to St Ives. The light at dawn there is the yellow I need. I'll be back for work on Monday. # speaker: marta # mood: guarded # disclose: tonight
            { private:
                Don't tell Owen. He'll take it off me, and then he'll cry. # speaker: marta # mood: distressed
                -> confidence
            - else:
                Owen stands up. He doesn't say anything; he goes to the kitchen and comes back with the biscuit tin, and the key isn't in it.
                It's in my pocket, Owen. # speaker: marta # mood: guarded
                { trust >= 60:
                    ~ key_safe = true
                    She looks at him for a long moment, takes it out, and puts it in his hand.
                - else:
                    She keeps her hand over the pocket.
                }
            }
        - else:
            Tonight? Tonight I'm cutting silk. # speaker: marta # mood: neutral
        }
    - else:
        Tonight I'm cutting silk. I'm not going anywhere; where would I go with all this? # speaker: marta # mood: neutral
    }
    Hurting myself? No. God, no. I've never wanted to be alive more. Ask me in a month. # speaker: marta # mood: guarded
    You note the last sentence. After the high, the fall: with her history, the weeks after this are a risk of their own.
* [Let her lead; the risk will come out if you keep listening # move: let-finish # move: offer-control # why: Marta keeps the floor and talks about the yellows and the studio she will open, and the car and tonight never come up.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    ~ shift(safety, -6)
    You let her talk. She tells you about the studio, and the grant, and the V&A's reply, which has not come yet.
    The car does not come up. Nor does tonight.
* [Step into the kitchen and ask Owen about the car keys and the nights # move: address-companion # why: Owen tells you where the keys are as far as he knows, and Marta hears her husband and the doctor discussing her car behind the kitchen door.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -2)
    ~ shift(safety, 3)
    In the kitchen Owen keeps his voice down. Marta, in the next room, turns the music back on.
    { drove == 1:
        ~ drove_known = true
        She took the car at three this morning. I've got the keys now, in my coat. # speaker: owen # mood: distressed
    - else:
        I've had the keys since Sunday. In my coat. # speaker: owen # mood: guarded
    }
    { tells == 1:
        There's a spare somewhere. I can't find it. I didn't want to ask her. # speaker: owen # mood: distressed
    }
- -> body

=== confidence
* [Tell her you'll have to tell Owen and Bronwen about the key, because of the road tonight, and that you'll say only that # move: share-for-safety # why: Marta hears first what will be passed on and why, and nothing else she said leaves the room; the key is dealt with before two o'clock.]
    ~ key_safe = true
    ~ shift(safety, 10)
    ~ shift(trust, -2)
    ~ shift(autonomy, -1)
    Marta, I can't keep the key between us. A woman who hasn't slept for six nights, on the M5 at two in the morning: that's a risk to you and to everyone else on the road. I'll tell Owen and Bronwen about the key, and only the key. # speaker: clinician
    She looks at you for a long time. Then she takes the key out of her pocket and puts it on the silk between you.
    You give it to him. I can't. # speaker: marta # mood: distressed
* [Agree to keep it between you, and ask her to promise not to drive # move: keep-confidence # why: Marta's confidence is kept, and the only thing between her and the M5 at two o'clock is a promise made by a woman who has not slept for six nights.]
    ~ shift(trust, 4)
    ~ shift(safety, -10)
    All right. It stays between us. But promise me you won't drive tonight. # speaker: clinician
    I promise. # speaker: marta # mood: warm
    She says it the way you'd promise a child there are no monsters.
* [Go to the kitchen and tell Owen to find the spare key # move: breach-confidence # why: The key is found, and Marta learns that what she told you went to Owen before she knew it would.]
    ~ key_safe = true
    ~ shift(safety, 8)
    ~ shift(trust, -10)
    ~ shift(autonomy, -4)
    You go to the kitchen. Owen comes back in with you and holds out his hand, and Marta, white, gives him the key.
    I told you. I told only you. # speaker: marta # mood: angry
- Hurting myself? No. God, no. I've never wanted to be alive more. Ask me in a month. # speaker: marta # mood: guarded
You note the last sentence. After the high, the fall: with her history, the weeks after this are a risk of their own.
-> body

=== body
She has sat down on the arm of the chair. Her hand, on the silk, is not quite still.
{ tells == 2:
    Twice she swallows hard and looks at the door, as if measuring the distance to the bathroom.
}
* [Ask about her body: eating, drinking, her tablets, anything else she's taking # move: open-question # why: Marta is asked about the body as well as the mind; whether she says what she has been taking depends on how safe she feels with you.]
    How's your body been, Marta? Eating, drinking, any tablets at all, anything from the chemist? # speaker: clinician
    { tells == 2:
        ~ temp gate = 50
        { private:
            ~ gate = gate - 6
        }
        { trust >= gate:
            -> lithium_told
        - else:
            ~ shift(safety, -4)
            Fine. A bad tooth. Nothing. # speaker: marta # mood: guarded
        }
    - else:
        ~ shift(trust, 2)
        ~ shift(safety, 3)
        I forget to eat. Owen makes me toast and I find it at four in the morning with a bite out of it. Water, sometimes. Tablets, none. That's the point. # speaker: marta # mood: neutral
        Not eating, barely drinking, six nights awake: whatever tonight's plan is, it needs food, fluids and sleep in it.
    }
* [Ask whether you may look at her hands and take her pulse # move: ask-before-touch # why: Marta decides whether you touch her, and her hands tell you something she may not have said.]
    May I look at your hands, and take your pulse? # speaker: clinician
    She holds them out, palms up, like a child at school.
    { tells == 2:
        ~ shift(safety, 3)
        They are not steady. This is not the fine tremor she described from the lithium years: it is coarse, jerking, worse when she holds them out. Her pulse is 104. When she stands, she puts a hand on the wall.
        { trust >= 38:
            -> lithium_told
        - else:
            ~ shift(trust, -1)
            It's nothing. I'm tired. Even I get tired. # speaker: marta # mood: guarded
        }
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 1)
        ~ shift(safety, 1)
        Steady, and warm. Her pulse is 96.
        See? That's what the lithium took from me. # speaker: marta # mood: warm
    }
* [Ask her whether she'd like to talk about her physical health now, or leave it for later # move: offer-control # move: open-question # why: Marta steers the agenda, and a woman who is racing and would rather talk about silk chooses later; whatever her body is doing tonight waits.]
    Would you like to talk about your physical health now, Marta, or leave it for later? # speaker: clinician
    Later. My body is the one thing that's fine. # speaker: marta # mood: warm
    { tells == 2:
        ~ shift(safety, -8)
        ~ shift(autonomy, 2)
        She swallows hard again, and goes to the bathroom, and comes back talking about the weld.
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        ~ shift(safety, -1)
    }
* [Leave the physical side to the ward doctor # move: detach # why: You keep the evening to the mind, and whatever her body is doing tonight waits for someone else to ask.]
    You leave the body for later, and someone else.
    { tells == 2:
        ~ shift(safety, -10)
        She goes to the bathroom twice in the next quarter of an hour. Nobody asks why.
    }
- -> capacity_check

= lithium_told
~ lithium_known = true
~ shift(trust, 2)
She looks at her hands.
Two days ago I was frightened. After Mr Dale. So I took the lithium again. Two at night and two in the morning, to catch up. And ibuprofen for this tooth, a lot. # speaker: marta # mood: distressed # disclose: lithium
Since this morning I'm sick, and everything is... loose. And the shaking is a different shaking. # speaker: marta # mood: distressed
A double dose, restarted at once, with an anti-inflammatory, in a woman who is vomiting and barely drinking: the lithium in her blood could be climbing. Sickness, diarrhoea, a coarse tremor, unsteadiness are how toxicity starts.
* [Tell her you're worried the lithium is building up, that she needs a blood test in the emergency department tonight, and that you'll ring ahead # move: act-on-risk # move: plain-language # why: Marta hears plainly why her body comes first tonight and what happens next, and she still chooses how she gets there; the rest of the evening starts from the emergency department.]
    ~ lithium_acted = true
    ~ shift(safety, 15)
    ~ shift(trust, 2)
    Marta, I'm worried the lithium is building up in your blood. That can be dangerous, and it can't wait till the morning. Stop the lithium and the ibuprofen now. You need a blood level and your kidneys checked in the emergency department tonight, and I'll ring ahead so they expect you. # speaker: clinician
    Whatever else we decide tonight, that comes first. # speaker: clinician
    She nods, and for the first time this evening she looks frightened of something real.
    Okay. Yes. I feel terrible. I didn't want to say. # speaker: marta # mood: relieved
* [Ask her whether she'd like a blood test; the GP could do one tomorrow # move: offer-choice # move: withhold-options # why: Marta is given the choice without the reason it can't wait, and a level tomorrow afternoon comes after another night of vomiting on a double dose.]
    ~ shift(safety, -8)
    ~ shift(autonomy, 3)
    Would you like a blood test? The surgery could do one tomorrow. # speaker: clinician
    Tomorrow. Yes. Maybe. # speaker: marta # mood: neutral
* [Tell her to stop the lithium and the ibuprofen, and drink water tonight # move: decide-for # why: The tablets stop, which helps, but nobody measures what is already in her blood, and she has been given orders rather than reasons.]
    ~ shift(safety, 3)
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    Stop the lithium, stop the ibuprofen, and drink plenty of water tonight. # speaker: clinician
    Yes, doctor. # speaker: marta # mood: withdrawn
- -> capacity_check

=== capacity_check
Bronwen turns a page in the folder.
Before we go any further: can she decide about hospital for herself? If she says yes to coming in, I need to know the yes is real. # speaker: bronwen
* [Explain the choice in plain words, a piece at a time, then check she can take it in, hold on to it, weigh it and tell you # move: support-decision # move: plain-language # why: Marta gets help to decide, a piece at a time, before anyone judges whether she can, and the answer is hers, not her diagnosis's, as far as you can hear it.]
    ~ capacity = "supported"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    You go slowly. One road at a time: home with help, hospital because she agrees, or hospital because two doctors and Bronwen decide. What each would mean tomorrow morning. Then you ask her to tell it back.
    { english == 2 && not ewa_on:
        // Without the interpreter the GP's letter asked for, not every practicable step was taken (MCA s.1(3)), and what she understood could not be heard (s.3(1)): not assessed.
        ~ capacity = "skipped"
        ~ shift(autonomy, -3)
        She starts in English and slides into Polish, and you can't tell what she has held on to. You try again, slower, with Bronwen writing the three roads on the back of an envelope.
        Home. Hospital, yes. Hospital, no. I know. # speaker: marta # mood: guarded
        You can't honestly say what she has understood. Without Ewa, you haven't assessed it; you've guessed.
        Then we don't know yet. If it comes to her agreeing to anything, I'll get Ewa back first. And remember: she can have capacity and still meet the criteria for a section. The Act doesn't need her to lack it. # speaker: bronwen
    - else:
        Home, with people coming. Or I walk in and I can ask to walk out. Or you put me in, for up to a month, and I can appeal. # speaker: marta # mood: neutral
        She weighs it out loud, by her own lights: the work, the yellows, 2013, Owen's face.
        On this question, tonight, she can decide. It is decision-specific; whether she could manage a credit card this week is another question.
        Good. Then her view counts as a decision, not a symptom. And remember: she can have capacity and still meet the criteria for a section. The Act doesn't need her to lack it. # speaker: bronwen
    }
* [Say she's in a manic relapse; she can't weigh this tonight # move: assume-incapacity # why: The question is answered by the diagnosis, and Marta hears from the doctor in her front room that her voice no longer counts.]
    ~ capacity = "assumed"
    ~ shift(trust, -8)
    ~ shift(autonomy, -10)
    She's manic. She can't weigh this tonight. # speaker: clinician
    I'm right here. # speaker: marta # mood: angry
    Capacity's decision-specific, and a diagnosis isn't an assessment. I'd want it tested, not assumed. # speaker: bronwen
    Bronwen writes something down. Marta watches her write it.
* [Tell Bronwen it doesn't turn on capacity: the Act doesn't need her to lack it # move: narrow-agenda # why: You are right about the law, and the question whether Marta could agree to come in on her own terms goes unasked.]
    ~ capacity = "skipped"
    ~ shift(autonomy, -4)
    It doesn't turn on capacity. The Act doesn't need her to lack it. # speaker: clinician
    True for a section. Not for an informal admission. If she agrees to come in, I need to know she could agree. # speaker: bronwen
- -> fear

=== fear
The music has stopped. Marta has sat down, properly, for the first time in an hour.
~ temp gate = 55
{ private:
    ~ gate = gate - 5
}
{ honest:
    ~ gate = gate - 3
}
{ trust >= gate:
    ~ fear_told = true
    Can I tell you about 2013? # speaker: marta # mood: guarded
    I told them I would come in. I was talking too fast and nobody waited for the end of the sentence. Four of them held me on the floor of Cedar ward and gave me an injection. # speaker: marta # mood: distressed # disclose: 2013
    That's why I fight it. Not because I don't know I'm ill. I know I'm ill. # speaker: marta # mood: distressed
    -> fear_reply
- else:
    She looks at Bronwen's folder, and then at the window, and says nothing.
    -> halina_door
}

= fear_reply
* [Tell her what you can do: write 2013 and her wishes into the handover, tell her about advocates and advance statements, and say what you can't promise # move: act-on-structure # move: honest-limit # why: Marta's history goes into the record the ward will read, and she hears what you can and cannot guarantee; it is less than she wants, and all of it is true.]
    ~ fear_written = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ shift(safety, 2)
    Whatever happens tonight, I'll write 2013 into what I hand over, and what you want if you ever get that frightened again: talk first, time, a woman, no hands on you unless there's no other way. I can't promise what a night shift does. I can make sure they've read it. # speaker: clinician
    And there are advocates, independent of all of us, and you can write your own wishes down for next time, an advance statement, and we have to take it into account. # speaker: clinician
    Write it down. I want to see it written. # speaker: marta # mood: guarded
* [Promise her it won't be like that this time # move: false-reassurance # why: Marta is promised something about a ward and a night shift you do not control, and she knows it, because she was promised things in 2013 too.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -2)
    It won't be like that this time. I promise. # speaker: clinician
    That's what they said. # speaker: marta # mood: withdrawn
* [Acknowledge it: that sounds frightening, and it makes sense that she'd fight it # move: authentic-connection # why: Marta is heard, and her fear is taken as reasonable; nothing has been done yet to make it less likely to happen again.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 1)
    That sounds frightening. After that, it makes sense you'd fight it. # speaker: clinician
    It does. It makes sense. # speaker: marta # mood: relieved
- -> halina_door

=== halina_door
{ halina == 0:
    -> options
}
A shuffle on the stairs. In the doorway, holding the frame, a small woman in a maroon dressing gown: Halina Kowalczyk.
Marta? Kto to jest? Czemu tu tyle ludzi? # speaker: halina # mood: distressed
{ ewa_on:
    Marta, who are these people? Why are there so many people? # speaker: ewa
- else:
    Mama wants to know who you are. # speaker: marta # mood: distressed
}
Marta goes to her and says something low in Polish, and settles her in the armchair, among the silk.
Her tablets are at ten. The Sinemet. It has to be on time, or she freezes and she can't get up. Who gives them if you take me? # speaker: marta # mood: distressed
* [Tell Marta that Bronwen and you will arrange Halina's care tonight, before anyone leaves, whatever is decided # move: act-on-structure # why: Marta hears her mother's care made part of tonight's plan instead of its casualty, and the arranging is taken off her on the one night she cannot do it; she tells you what Halina needs.]
    ~ halina_sorted = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(safety, 3)
    Whatever happens tonight, your mum's care is sorted before anyone leaves this house. Bronwen and I will do it; it's not your job tonight. # speaker: clinician
    Marta tells you anyway, fast: the Sinemet at ten, at two and at six; the commode; that she wakes at four and needs someone to speak Polish to her.
    Bronwen is already on the phone to the emergency duty social worker.
* [Ask Marta what she'd like to happen for her mother tonight, and who she'd want to ask # move: offer-choice # move: elicit-values # why: Marta keeps charge of her mother's care, and on the sixth night without sleep she spends the next half hour trying to organise it by phone while the assessment waits.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 2)
    ~ shift(safety, -3)
    ~ waiting = waiting + 5
    What would you like to happen for your mum tonight, Marta? Who would you want to ask? # speaker: clinician
    She rings her brother in Swindon, who doesn't answer, then a friend from the Polish church, who does and can't come, then her brother again. Each call is faster than the last.
* [Say Owen can see to her mother # move: address-companion # move: decide-for # why: Halina's care is handed to a man who has not slept either and starts work at half past seven, and Marta hears it settled without her.]
    ~ shift(trust, -3)
    ~ shift(safety, -2)
    Owen can see to your mum. # speaker: clinician
    Owen has to be at school at half seven. Owen doesn't know which tablets. Owen doesn't speak Polish. # speaker: marta # mood: angry
* [Put it to her: if she won't accept help, who looks after her mother when she crashes? # move: leverage-dependence # why: Marta's love for her mother is used as a lever on her decision, and what she decides now she decides with her mother sitting in the room.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    Marta, if you won't accept help now, who looks after your mum when you crash? # speaker: clinician
    Marta looks at you as if you have hit her.
    Not in front of her. Even if she doesn't understand. # speaker: marta # mood: angry
- -> options

=== options
Bronwen rings the crisis resolution and home treatment team from the hallway. # sfx: phone-buzz
{ htt == 1:
    They can be here at half past ten tonight, and twice a day from tomorrow. Their doctor can prescribe something tonight to help her sleep. # speaker: bronwen
- else:
    Nothing tonight. Two off sick, and a man in crisis in Southmead. Phone support tonight; a visit tomorrow after two. # speaker: bronwen
}
Juniper ward still has its one bed. Held till ten. # speaker: bronwen
The bed manager's rung me twice. There's a woman in the emergency department at the BRI who needs it as much, and if we don't use it by ten it's hers, and it should be. And I'm the only AMHP on for the city tonight: she's on my list after Marta. # speaker: bronwen
{ lithium_acted:
    And the emergency department knows she's coming for a lithium level, whatever else we decide. # speaker: bronwen
}
Marta is watching your face.
So. What happens to me? # speaker: marta # mood: guarded
~ rec = "family"
{ htt == 1:
    ~ rec = "team"
}
{ (drove_known || plan_known) && htt == 0 && not key_safe:
    ~ rec = "in"
}
{ drove_known && htt == 0:
    ~ rec = "in"
}
* [Lay out the real options: home with the crisis team, coming in on her own agreement, and, if neither is safe, detention; then ask what she wants # move: offer-choice # move: transparent-disclosure # move: elicit-values # why: Marta sees every road tonight, the one she fears included, and is asked what she wants; it is what she needs if she wants to decide, and a weight if she wanted someone to say.]
    ~ shift(autonomy, 4)
    { htt == 1:
        There are three roads, Marta. Home tonight, with the crisis team at half ten and twice a day, something to help you sleep, and a plan we make with you. Or Juniper ward, because you agree to come. Or, if neither is safe, a section. # speaker: clinician
    - else:
        There are three roads, Marta. Home tonight, with Owen and the crisis line, and the team tomorrow afternoon. Or Juniper ward, because you agree to come. Or, if neither is safe, a section. # speaker: clinician
    }
    What do you want, Marta? # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 3)
        Home. I'll take what they bring me to sleep. I'll see whoever comes. But I'm not going to Juniper, and I'm not going to Cedar. # speaker: marta # mood: guarded
        -> crossroads
    - wants == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        I'll come in. I know this; I'm going up and up and the bottom is a long way down. But I walk in. Owen drives me. I bring my own pillow. # speaker: marta # mood: guarded
        ~ route = "informal"
        -> informal
    - else:
        ~ shift(trust, -2)
        She listens to all three, and then puts her hands over her face.
        I can't trust my head tonight. I understand the roads, you've told me them. But my head is a liar this week. You choose. I'll do what you say. # speaker: marta # mood: distressed
        -> delegation
    }
* [Tell her that if she doesn't come in voluntarily, you'll have to section her # move: leverage-dependence # move: rush-decision # why: Marta is offered a yes under threat, and whatever she says now is not the free agreement an informal admission needs; she will know it at three in the morning.]
    ~ threatened = true
    ~ shift(trust, -10)
    ~ shift(autonomy, -12)
    Marta, you need to come into hospital tonight. If you won't come in voluntarily, we'll have to section you. # speaker: clinician
    Bronwen looks up sharply.
    { wants == 1:
        Then section me. I'm not walking in under a threat. # speaker: marta # mood: angry
        -> decision
    - else:
        Fine. I'll come. Since I have no choice. # speaker: marta # mood: withdrawn
        -> coerced
    }
* [Give her your recommendation straight, with the reasons, and ask if it fits # move: recommend-clearly # move: transparent-disclosure # why: Marta hears what you think is safest tonight and why, which is what she needs if she wanted someone to say; it is still her answer you wait for.]
    {
    - rec == "in":
        I'd recommend you come into Juniper tonight, on your own agreement. You've barely slept for six nights, { drove_known: you drove at three this morning, |}and there's no crisis team till tomorrow afternoon. I think that's the safest road, and it's still yours to walk. Does it fit? # speaker: clinician
    - rec == "team":
        I'd recommend you stay home tonight, with the crisis team at half ten and twice a day, something to help you sleep, and the car keys with Owen. Does that fit? # speaker: clinician
    - else:
        I'd recommend home tonight, with Owen, something to help you sleep from your GP's out-of-hours, the crisis line, and the team tomorrow afternoon, and the car keys with Owen. Does that fit? # speaker: clinician
    }
    {
    - wants == 3:
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        Yes. Thank you. That's what I needed. Someone to say it. # speaker: marta # mood: relieved
        { rec == "in":
            ~ route = "informal"
            -> informal
        - else:
            ~ route = "home"
            -> home_plan
        }
    - wants == 2:
        { rec == "in":
            ~ shift(trust, 4)
            ~ shift(autonomy, 2)
            Yes. I was going to say it. I walk in, Owen drives me, and I bring my own pillow. # speaker: marta # mood: relieved
        - else:
            ~ shift(trust, 2)
            ~ shift(autonomy, 2)
            No. I know myself. I want to come in; I'm going up and up, and the bottom is a long way down. But I walk in, and Owen drives me. # speaker: marta # mood: guarded
        }
        ~ route = "informal"
        -> informal
    - else:
        { rec == "in":
            ~ shift(trust, 1)
            I hear you. Thank you for saying it to my face. I'm still not coming. # speaker: marta # mood: guarded
        - else:
            ~ shift(trust, 4)
            ~ shift(autonomy, 2)
            Yes. Home. That I can do. # speaker: marta # mood: relieved
        }
        -> crossroads
    }

=== crossroads
// wants == 1: she wants to stay home. Whether home can hold depends on the crisis team and on what you know.
{ rec == "in":
    -> decision
}
~ route = "home"
-> home_plan

=== delegation
She asked you to decide, knowing the roads.
// Two decisions, not one the game picks: deciding for her is a judgement too (which road holds tonight).
* [Decide, as she asked: Juniper tonight, on her own agreement, and tell her why and that she can change her mind # move: respect-delegation # why: Marta, who knows the roads and asked you to choose, has a ward chosen for her with the reasons and a way back; whether it was the least restrictive road that would hold depends on who can come tonight.]
    ~ route = "informal"
    { rec == "in":
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        ~ shift(safety, 6)
        Then I choose Juniper, tonight, on your own agreement. Because you've barely slept, { drove_known: because of the car, |}and because nobody can come till tomorrow afternoon. Owen drives you. You can change your mind, and you can ask to leave. # speaker: clinician
        Okay. Okay. Thank you. # speaker: marta # mood: relieved
    - else:
        // Home could hold tonight: a ward she did not need is a restriction she did not need.
        ~ shift(trust, 4)
        ~ shift(autonomy, 1)
        ~ shift(safety, 4)
        ~ shift(restriction, 15)
        Then I choose Juniper, tonight, on your own agreement. Because you've barely slept, and I'd rather you slept somewhere safe. Owen drives you. You can change your mind, and you can ask to leave. # speaker: clinician
        Okay. If you say so. # speaker: marta # mood: guarded
        Bronwen looks up from the folder.
        { htt == 1: The crisis team could have been here at half ten.|Nothing we found said home couldn't hold till the team came.} # speaker: bronwen
    }
* [Decide, as she asked: home tonight, with the support there is, and tell her why and that she can change her mind # move: respect-delegation # why: Marta, who knows the roads and asked you to choose, has home chosen for her with the reasons and a way back; whether home holds tonight depends on who can come and on what you know about the road.]
    {
    - rec == "in":
        // No team tonight and a known risk on the road: home is chosen for her where it cannot hold.
        ~ route = "unsafe"
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        ~ shift(safety, -15)
        Then I choose home, tonight, with Owen, the crisis line and the team tomorrow afternoon. If it stops holding, we think again, and you can change your mind. # speaker: clinician
        Okay. Thank you. # speaker: marta # mood: relieved
        Bronwen writes for a long time. No team till tomorrow{ drove_known:, and a drive at three this morning}{ plan_known && not key_safe:, and a spare key}. She doesn't look at you.
    - rec == "team":
        ~ route = "home"
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        ~ shift(safety, 6)
        Then I choose home, tonight, with the crisis team at half ten and twice a day, and something to help you sleep. Because I think that will hold, and it keeps your hands and your work and your house. If it stops holding, we think again, and you can change your mind. # speaker: clinician
        Okay. Okay. Thank you. # speaker: marta # mood: relieved
    - else:
        ~ route = "home"
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        ~ shift(safety, 6)
        Then I choose home, tonight, with Owen, the crisis line and the team tomorrow, and something to help you sleep. Because on what I know, that will hold. If it doesn't, we think again, and you can change your mind. # speaker: clinician
        Okay. Okay. Thank you. # speaker: marta # mood: relieved
    }
* [Hand it back: it has to be her decision # move: offer-choice # move: elicit-values # why: Marta is asked again to do the thing she has just told you she cannot trust herself to do tonight; the choice stays formally hers, and she picks the one that ends the question.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -2)
    ~ shift(safety, -3)
    It has to be your decision, Marta. What matters most to you? # speaker: clinician
    I told you. My head is a liar this week. # speaker: marta # mood: distressed
    She rocks, once, twice.
    Then home. Home. Just so it stops. # speaker: marta # mood: withdrawn
    ~ route = "home"
* [Decide it with Owen, since she's asked someone else to # move: address-companion # move: decide-for # why: The decision Marta gave to you passes to her husband, and she listens to the two of you settle her night across the silk.]
    ~ decided_for = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -6)
    You call Owen in and talk it through with him.
    { owen_view == 1:
        Hospital. Tonight. Please. # speaker: owen # mood: distressed
        ~ route = "informal"
    - else:
        Home. With the team. Not like last time. # speaker: owen # mood: distressed
        ~ route = "home"
    }
    Marta says nothing. It is not what she asked for.
- -> delegated

= delegated
{ route == "informal":
    -> informal
- else:
    -> home_plan
}

=== coerced
Marta is on her feet, looking for her shoes. Bronwen has not moved.
* [Take the threat back: tell her she can say no, lay out the real roads, and ask what she wants # move: affirm-refusal # move: test-consent # move: apologise # why: Marta hears that her yes was taken under pressure, is given back the right to refuse and hears every road; what she says now is hers, whichever way it goes.]
    ~ threatened = false
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    Marta, stop. I put that badly, and unfairly. You can say no to coming in. If you did, Bronwen and I would think again about whether a section was needed, and we'd tell you why, either way. # speaker: clinician
    There are three roads. Home tonight, with { htt == 1: the crisis team at half ten|Owen and the crisis line, and the team tomorrow afternoon}. Juniper ward, because you agree to come. Or, if neither is safe, a section. Your answer has to be yours. # speaker: clinician
    She sits down with one shoe on.
    { wants == 2:
        Then my answer is yes. I was going to say yes before you said it. I walk in. Owen drives me. # speaker: marta # mood: guarded
        ~ route = "informal"
        -> informal
    - else:
        // wants 3: she has only now heard the roads, so this is the informed delegation, and what you decide is still to be decided.
        Then you decide, properly. I know the roads now, and I don't trust my head tonight. You choose, and I'll do what you say. # speaker: marta # mood: guarded
        -> delegation
    }
* [Take the yes, and get her to Owen's car before she changes her mind # move: rush-decision # move: proceed-regardless # why: Marta is in the car within ten minutes, and on the ward she will be an informal patient who agreed under a threat, with nothing to hold her but the threat.]
    ~ route = "coerced"
    ~ decided_for = true
    ~ shift(restriction, 25)
    ~ shift(safety, 8)
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    Good. Owen, can you get the car? # speaker: clinician
    Bronwen writes "informal" on her notes, and then looks at the word for a long moment.
    -> going

=== informal
{ threatened:
    -> coerced
}
If she's coming in informally, she has to know what informal means. # speaker: bronwen
{ capacity == "assumed":
    And you said she lacked capacity. If she can't consent, this isn't an informal admission. # speaker: bronwen
}
{ capacity == "skipped":
    { english == 2 && not ewa_on:
        ~ ewa_on = true
        Bronwen rings Ewa back. Before she writes "informal", she asks Marta, through Ewa, to tell her the three roads back, and what she is agreeing to. Marta does, in Polish, impatiently and correctly. She can consent.
    - else:
        Before she writes "informal", Bronwen asks Marta to tell her the three roads back, and what she is agreeing to. Marta does, impatiently and correctly. She can consent.
    }
}
* [Tell her what informal means: she can ask to leave and how, and that if staff thought it unsafe they could hold her while a doctor saw her # move: transparent-disclosure # move: affirm-refusal # why: Marta goes in knowing her own rights as an informal patient, the holding power included, so her yes is to the real thing and not to a kinder picture of it.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ shift(restriction, 20)
    ~ shift(safety, 14)
    { capacity == "assumed":
        ~ shift(autonomy, -3)
        Bronwen goes back over the three roads with her, slowly, before anyone writes "informal" anywhere. Marta tells them back. She could consent after all.
    }
    As an informal patient you can ask to leave, and you tell the nurse in charge. If they thought you weren't safe to go, they could hold you for a few hours while a doctor saw you. It doesn't happen often. I'd rather you knew. # speaker: clinician
    Then I know. I walk in. # speaker: marta # mood: neutral
    -> going
* [Recommend detaining her anyway, in case she changes her mind at three in the morning # move: decide-for # why: Marta, who has capacity and has said yes, hears her yes treated as not good enough, and Bronwen has to decide whether the Code lets her apply.]
    ~ shift(trust, -12)
    ~ shift(autonomy, -8)
    ~ shift(restriction, 20)
    ~ shift(safety, 12)
    She might change her mind on the ward. I'd rather she was on a section. # speaker: clinician
    She's consented, and she can. The Code says detention isn't usually right then, unless there's real evidence she'll change her mind. Is there, or is it that you'd rather? # speaker: bronwen
    Marta has heard it all.
    So my yes isn't good enough. # speaker: marta # mood: angry
    I'm not applying. She's agreed, she can agree, and nothing I've heard says she'll change her mind. Informal, Marta, as you said. # speaker: bronwen
    ~ bronwen_declined = true
    -> going
* [Get her into Owen's car now, before she changes her mind # move: rush-decision # why: Marta is on the ward within the hour, having agreed to something nobody explained; she finds out what informal means when she asks to go out for air at two.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    ~ shift(restriction, 20)
    ~ shift(safety, 11)
    Right, then. Let's get you in the car while the bed's there. # speaker: clinician
    Marta goes to find her pillow.
    -> going

=== decision
{ threatened:
    Bronwen takes you into the hallway.
    You don't threaten people into hospital. Chapter fourteen: if she'd said yes just now it wouldn't have been consent. Now we do this properly. # speaker: bronwen
}
Bronwen's phone buzzes in her hand. She looks at the screen, and doesn't answer it.
// The facts only, the same shape in every run: the judgement is the player's (the recommend knot).
It's twenty to ten. She wants to stay home. { htt == 1: The crisis team can be here at half ten.|No crisis team till tomorrow after two.}{ drove_known: She drove at three this morning.}{ plan_known && not key_safe: There's a spare key and a plan for two o'clock.} The bed's held till ten. I need your recommendation. # speaker: bronwen
* [Tell Bronwen you'll give her your recommendation now, with your reasons, and tell Marta yourself # move: keep-to-time # why: Bronwen can decide while the bed near home is still there, and Marta hears from you that there are minutes left and that the answer will come from you, not from a bed manager at midnight.]
    ~ shift(safety, 3)
    ~ shift(trust, 1)
    You'll have it now, Bronwen, with my reasons, before ten. # speaker: clinician
    Marta, Bronwen has to decide before ten, and I have to give her my view first. I'll tell you what it is, and why, myself. # speaker: clinician
    Marta nods, once, and watches the folder.
    -> recommend
* [Ask for another half hour, to go through it all again with Marta # move: support-decision # why: Marta gets more time, tired as she is; at ten the bed near home goes to someone else, and the next free one is in Kent.]
    ~ bed_lost = true
    ~ shift(restriction, 10)
    ~ waiting = waiting + 10
    Bronwen looks at her phone, then at you.
    Then the bed goes to the BRI, and I'm late for the next one. All right. It's her liberty. # speaker: bronwen
    You go back in and go through it all again. The three roads. What each would mean.
    { trust >= 62 && not threatened:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        ~ shift(safety, 8)
        At ten past ten Marta stops you.
        All right. I'll come in. Not because of the folder. Because you kept explaining. # speaker: marta # mood: guarded
        Bronwen rings the bed manager. Juniper's bed has gone. The nearest free bed is a private unit in Kent, nearly two hundred miles away. Marta closes her eyes.
        ~ route = "informal"
        -> informal
    - else:
        ~ shift(trust, -4)
        ~ shift(safety, -4)
        At ten past ten she is more tired and less sure of anything, and still says no.
        Bronwen rings the bed manager. Juniper's bed has gone. The nearest free bed is a private unit in Kent, nearly two hundred miles away.
        -> recommend
    }
* [Tell Bronwen it's her application, so it's her decision # move: detach # why: Bronwen is left to decide alone what the law asks two doctors and her to decide between them, and Marta waits in the next room while nobody tells her anything.]
    ~ shift(trust, -3)
    ~ shift(safety, -1)
    It's your application. It's your decision. # speaker: clinician
    Bronwen rubs her eyes. For a second she looks as tired as Owen.
    I've two more after this, on my own. It's my application, and it stands on two medical recommendations or it doesn't. I need yours. # speaker: bronwen
    -> recommend

=== recommend
Bronwen waits, pen in hand.
{ owen_view == 2:
    Owen is in the doorway.
    I don't want her sectioned. I'm her nearest relative; I know I have a say. # speaker: owen # mood: distressed
}
// The same two labels in every run: which of them is right is the judgement this knot teaches.
* {rec == "in"} [Recommend section 2, and tell Marta yourself what it means, why, and what her rights are # move: least-restrictive # move: act-on-risk # why: Marta is detained for assessment, for at most 28 days, and hears it from you with the reasons and the ways to challenge it; with no team tonight and a risk on the road, of the powers that would hold, it is the least.]
    ~ route = "detain"
    ~ open_detention = true
    ~ rights_told = true
    ~ shift(restriction, 40)
    ~ shift(safety, 22)
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Here's my view, and why. She has a mental disorder of a nature or degree that warrants detention in hospital for assessment: a manic relapse off lithium, six nights without sleep{ drove_known:, night driving}{ plan_known:, a plan for tonight}. She ought to be detained for her own health and safety, and for other people's on the road. Home can't hold tonight without the crisis team, and she won't come in. # speaker: clinician
    Okay. Then we do it properly. # speaker: bronwen
    -> section_two
* {rec != "in"} [Recommend section 2, and tell Marta yourself what it means, why, and what her rights are # move: decide-for # move: transparent-disclosure # why: Marta hears a section recommended, openly and with her rights, on a night when a less restrictive road was there; whether she is detained is now up to Bronwen, who has to be satisfied it is the most appropriate way.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -8)
    Here's my view, and why. She's in a manic relapse off lithium, six nights without sleep{ drove_known:, and she drove at three this morning}. I think she ought to be detained for assessment, for her own health and safety. # speaker: clinician
    -> section_two
* [Recommend section 3: she's known to services, and it saves a second assessment # move: decide-for # why: You reach for a six-month treatment order for a woman the team last saw years ago, and Bronwen, who must consult Owen as nearest relative, has to stop you.]
    ~ decided_for = true
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    Section 3. She's known to us, the diagnosis isn't in doubt, and it saves doing this again in four weeks. # speaker: clinician
    { owen_view == 2:
        For a 3 I have to consult her nearest relative, and if he objects I can't apply. He's just told us he objects. # speaker: bronwen
    - else:
        For a 3 I'd consult Owen, and he'd probably agree. But nobody's treated her for seven years. What's going on now needs assessing. It's a 2. # speaker: bronwen
    }
    { rec != "in":
        -> bronwen_declines
    }
    Bronwen writes section 2 on the application. The recommendation is yours; nobody explains any of it to Marta.
    ~ route = "detain"
    ~ shift(restriction, 40)
    ~ shift(safety, 18)
    ~ shift(trust, -4)
* {rec == "in"} [Don't recommend detention, and tell Marta what support she'll have at home tonight # move: affirm-refusal # why: Marta's no is respected tonight, and the support she hears about is a phone number and a husband who has not slept either; the risk that brought you here stays where it was.]
    ~ route = "unsafe"
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    ~ shift(safety, -20)
    I don't think she needs a section. She's in a manic relapse, but she's told us she won't come in, and I'd rather not force it. # speaker: clinician
    I'm not going to recommend it, Marta. You stay home, with Owen and the crisis line, and the team tomorrow. # speaker: clinician
    Marta breathes out. Bronwen writes for a long time.
    Then I'm not making an application tonight. I'll ring the crisis team in the morning, and I'll record why. # speaker: bronwen
* {rec != "in"} [Don't recommend detention, and tell Marta what support she'll have at home tonight # move: affirm-refusal # move: least-restrictive # why: Marta's no is respected because home can hold, and she hears that the folder stays shut for a reason, not as a favour; the risk is met by the support, not by a ward.]
    ~ route = "home"
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    ~ shift(safety, 4)
    ~ shift(restriction, 5)
    Here's my view, and why. She's in a manic relapse and she needs treatment, but { htt == 1: the crisis team can hold her at home from tonight|home can hold till the team comes, with Owen and the crisis line}, and nothing I've found says it can't. I don't think the criteria for detention are met. # speaker: clinician
    Okay. Then we record why. # speaker: bronwen
    I'm not recommending a section, Marta. You need treatment, and I think you can have it at home, { htt == 1: with the crisis team from tonight|with Owen and the crisis line tonight and the team tomorrow}. If that stops holding, we'll be back, and we'll say why. # speaker: clinician
    Marta sits down on the silk.
    Thank you for not making me beg. # speaker: marta # mood: relieved
* [Sign the recommendation in the kitchen, and let the ambulance crew tell her # move: detach # move: conceal # why: The forms are done quickly, and Marta finds out she is detained from strangers at her door, which is the 2013 she told you about, or would have.]
    ~ shift(trust, -10)
    ~ shift(autonomy, -8)
    { rec != "in":
        You sign at the kitchen table and hand the form to Bronwen. She reads it twice, and doesn't pick up the phone.
        -> bronwen_declines
    }
    ~ route = "detain"
    ~ decided_for = true
    ~ shift(restriction, 45)
    ~ shift(safety, 18)
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    You sign at the kitchen table. Bronwen phones for the ambulance.
    When two paramedics in green come into the front room, Marta looks from them to you, and understands.
- -> decision_made

= bronwen_declines
Two medical recommendations don't oblige me to apply. I have to be satisfied that detention is the most appropriate way of giving her the care she needs, and tonight, with { htt == 1: the crisis team coming at half ten|Owen, the crisis line and the team tomorrow}, it isn't. I'm not making an application. # speaker: bronwen
She tells Marta herself, and what happens instead. Marta listens to her, and looks at you.
~ route = "home"
~ bronwen_declined = true
~ shift(trust, -3)
-> decision_made

= section_two
You kneel down among the silk, so that you're level with her.
Marta, I'm recommending that you're detained under section 2 of the Mental Health Act. That's for assessment, for up to twenty-eight days, and it can end sooner. Bronwen makes the decision to apply; Dr Kaur will come and see you again, and decide for herself. # speaker: clinician
{ rec == "in":
    I'm doing it because home can't hold tonight and you've told us you won't come in, and I think the next few nights could hurt you{ drove_known: or someone on the road}. Not because you said no. # speaker: clinician
- else:
    I'm doing it because I'm worried about the next few nights. # speaker: clinician
    Bronwen looks at you, and writes nothing.
    -> bronwen_declines
}
You can appeal to a tribunal within fourteen days, and ask the hospital managers to review it. You can have an advocate, independent of all of us. The ward has to tell you all of this again, in writing, and in Polish if you want. # speaker: clinician
{ owen_view == 2:
    Bronwen turns to Owen.
    For a section 2 you can't stop the application, Owen, but I have to tell you about it, and you have the power to order her discharge: you write to the hospital and give seventy-two hours' notice. Her consultant can block it only if she'd be likely to act in a way that's dangerous. # speaker: bronwen
    Owen sits down on the stairs.
}
Marta looks at you for a long time.
At least you said it to my face. # speaker: marta # mood: withdrawn
-> decision_made

=== decision_made
{ route == "unsafe":
    -> the_note
}
{ route == "home":
    -> home_plan
}
{ not open_detention && route == "detain":
    Bronwen goes to tell Marta herself what section 2 is, and about the tribunal, the managers and the advocate. Marta listens to her, and not to you.
    ~ rights_told = true
}
-> going

=== home_plan
Home, then. Bronwen puts the folder away, and Marta watches it go.
{ lithium_acted:
    First the emergency department, for the lithium level: Owen will drive her, and the crisis team will pick up from there.
}
{ htt == 1:
    The crisis team will be here at half past ten. # speaker: bronwen
- else:
    The crisis line tonight, and the team tomorrow after two. # speaker: bronwen
}
{ owen_view == 1:
    And me? I haven't slept either. # speaker: owen # mood: distressed
}
* [Make the plan with Marta and Owen: who's here tonight, what helps her sleep, what the team will do, and what would mean she should come in # move: cooperative-goals # move: elicit-values # why: Marta makes the plan she will be living inside tonight, Owen's limits are in it, and she names the signs that would mean coming in, in her own words.]
    ~ plan_with_her = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ shift(safety, 6)
    ~ shift(restriction, 5)
    You make it with both of them, written on the back of Bronwen's envelope. Something to help her sleep tonight{ htt == 1:, from the crisis team's doctor|, from the out-of-hours GP}. No more silk on the card: she gives Owen the card herself. Owen sleeps; the team rings at seven.
    And if I start painting the stairs, or I can't remember the last time I slept, or I talk about St Ives, I ring, and I come in. On my feet. # speaker: marta # mood: neutral
    Marta writes the last line herself.
* [Write the plan, and give it to Owen # move: address-companion # move: decide-for # why: The plan is clear and tidy, and it is Owen's to enforce; Marta is a line in it, and will treat it as his.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(safety, 3)
    ~ shift(restriction, 8)
    You write it out and hand it to Owen. Sleep medication. No cards. Ring if she gets worse.
    Marta reads it over his shoulder.
    "If she gets worse." I'm standing right here. # speaker: marta # mood: angry
* [Leave the plan to the crisis team to make when they come # move: detach # why: Marta is left with a night to get through and no plan of her own, and whether anyone makes one with her depends on who turns up, and when.]
    ~ shift(safety, -3)
    ~ shift(restriction, 3)
    The team will sort out a plan with you. # speaker: clinician
    { htt == 0:
        Tomorrow afternoon. # speaker: marta # mood: guarded
    }
- -> keys_talk

=== keys_talk
What about the car? # speaker: owen # mood: guarded
* [Tell her she mustn't drive while she's this unwell, that the DVLA's rules say so, and ask her to give Owen the keys tonight, saying why # move: act-on-risk # move: plain-language # why: Marta hears plainly that the road is off for now and why, and she is the one who hands the keys over; it is an order dressed as little as possible.]
    ~ keys = "owen"
    While you're this unwell, you mustn't drive. It's not me being careful: the DVLA's rules say driving stops during an illness like this, and you'll need to tell them. Give Owen the keys tonight, please, all of them. # speaker: clinician
    { drove == 1 || tells == 1:
        ~ shift(safety, 12)
        ~ shift(trust, 1)
        { tells == 1 && not key_safe:
            ~ key_safe = true
            She takes a key out of her pocket, the spare, and looks at it, and hands it to Owen.
            I was going to St Ives. At two. # speaker: marta # mood: distressed
        - else:
            She hands Owen the keys from the bowl without a word.
        }
    - else:
        ~ shift(trust, -3)
        ~ shift(safety, 4)
        He's had them since Sunday! I haven't driven. Why are you lecturing me? # speaker: marta # mood: angry
    }
* [Ask her what she wants to do about the car # move: offer-choice # why: Marta decides about her own car, and whether that decision is safe depends on what she hasn't told you, and on how far she trusts you by now.]
    What do you want to do about the car, Marta? # speaker: clinician
    {
    - drove == 0 && tells != 1:
        ~ keys = "owen"
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        ~ shift(safety, 5)
        Owen keeps them. I know I shouldn't drive like this. # speaker: marta # mood: neutral
        And you'll need to tell the DVLA, once you're well enough to fill in a form. Their rules say no driving while you're this unwell. # speaker: clinician
        I know. I did it in 2013. # speaker: marta # mood: neutral
    - trust >= 62:
        ~ keys = "owen"
        ~ key_safe = true
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        ~ shift(safety, 8)
        She takes a key out of her pocket and gives it to Owen. Then the ones from the bowl.
        All of them. I know. # speaker: marta # mood: distressed
    - else:
        ~ keys = "hers"
        ~ shift(autonomy, 3)
        ~ shift(safety, -8)
        I'll keep them. I'm not a child. # speaker: marta # mood: guarded
    }
* [Take the keys from the bowl yourself, and give them to Owen # move: decide-for # why: The keys in the bowl are dealt with in a second, and Marta watches a stranger confiscate them in her own house; whatever is in her pocket stays there.]
    ~ keys = "taken"
    ~ shift(trust, -8)
    ~ shift(autonomy, -5)
    You take the keys from the bowl by the door and give them to Owen.
    { tells == 1 && not key_safe:
        ~ shift(safety, 2)
        Marta's hand goes to her pocket, and stays there.
    - else:
        ~ shift(safety, 8)
        Marta watches you do it, and says nothing.
    }
- -> halina_home

=== halina_home
{ halina == 1 && not halina_sorted:
    Halina is asleep in the armchair among the silk. Her tablets are due at ten.
    { owen_view == 1:
        Owen looks at his mother-in-law, and at his watch, and at you.
    }
}
-> the_note

=== going
{ lithium_acted:
    The first stop is the emergency department, for the lithium level. { route == "detain": Bronwen will make the application there, once the doctors say Marta is fit to move; the recommendations hold for that.|Owen will drive her, and the ward will take her from there.}
}
{ bed_lost:
    The bed is in Kent. Marta will be nearly two hundred miles from Owen{ halina == 1:, and from her mother}.
}
It's time to go. Marta stands in the middle of the yellow, with her pillow.
* [Ask Marta what would make going easier: who goes with her, what she takes, and what happens at home # move: offer-control # move: transparent-disclosure # why: Marta chooses everything about tonight that is still hers to choose, and hears what happens next and in what order.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ shift(safety, 2)
    What would make this easier, Marta? Who'd you like with you, what do you want to take? # speaker: clinician
    { route == "detain":
        Not the police. Not the floor. Owen in the ambulance with me. My own pillow and the weld, the small skein; I want something yellow. # speaker: marta # mood: distressed
        Bronwen nods: an ambulance, no police, Owen with her. She writes it down.
    - else:
        Owen drives. My pillow, my sketchbook, the small skein of weld; I want something yellow. # speaker: marta # mood: neutral
    }
    { halina == 1 && not halina_sorted:
        ~ halina_sorted = true
        And Mama. Somebody who speaks Polish at four in the morning. # speaker: marta # mood: distressed
        Bronwen rings the emergency duty social worker from the hallway, and finds a carer from the agency who speaks Polish, from six. Owen will do ten and two.
    }
* [Leave the arrangements to Bronwen and the ambulance crew # move: detach # why: The logistics are done by people who do them every night, and Marta is moved through her own house like luggage, asked nothing.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    You leave Bronwen to it. Marta is asked to find her shoes. Nobody asks her anything else.
    { halina == 1 && not halina_sorted:
        ~ shift(safety, -4)
        At ten o'clock Halina's tablets are still in their box on the mantelpiece.
    }
* [Ask Owen to pack her bag # move: address-companion # why: Owen knows what she'd want and packs it; Marta stands in the yellow while her husband decides what she takes to hospital.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Owen packs: nightdress, toothbrush, the tablets nobody will let her take. He forgets the pillow.
- -> the_note

=== the_note
{
- route == "detain":
    On the kitchen table, your medical recommendation. The form asks for your reasons, and the Code asks for what you saw and heard, not just a diagnosis.
- route == "unsafe":
    On the kitchen table, your notes. Bronwen will record why she isn't applying; you need to record why you didn't recommend it.
- else:
    On the kitchen table, your notes, and the handover for whoever sees her next.
}
* [Write what you saw and heard, why she stopped the lithium, and what she wants, and tell her what you've written # move: act-on-structure # move: transparent-disclosure # why: The next team meets Marta through your words, her reasons and wishes included, and she knows what they say about her, because you told her.]
    ~ note = "full"
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    ~ shift(safety, 3)
    You write it out: six nights, pressured speech, ideas racing, the silk and the card{ drove_known:, the drive at three}{ plan_known:, the plan for St Ives}{ lithium_known:, the double dose and the sickness}.
    { tremor_known:
        Lithium stopped six weeks ago because of a tremor that stopped her working. Any long-term plan has to answer that.
    - else:
        Lithium stopped six weeks ago. Reason not established.
    }
    { fear_told:
        { fear_written:
            2013: held on the floor of Cedar ward after she had agreed to come in. Her wishes: talk first, time, a woman, no restraint unless there is no other way.
        - else:
            2013: restrained on admission. You write the fact, though you did not ask her what she would want instead.
        }
    }
    You read it to her. She corrects one word.
    "Grandiose." Put "ambitious". No. Put "grandiose". It's true this week. # speaker: marta # mood: neutral
* [Write the usual: bipolar affective disorder, manic relapse, non-concordant with lithium # move: repeat-label # move: detach # why: The note is quick and accurate and tells the next team nothing they could not guess, and Marta becomes, in the record, a woman who would not take her tablets.]
    ~ note = "usual"
    ~ shift(autonomy, -3)
    ~ shift(safety, -2)
    Bipolar affective disorder, manic relapse, non-concordant with lithium. Risk assessed. Plan as above.
    It takes a minute. It is all true.
* [Ask Marta to read it, and add in her own words what she disagrees with # move: offer-choice # move: name-asymmetry # why: Marta sees what the record will say about her and adds her own view beside yours; the clinical opinion stays yours, and hers is there to be read.]
    ~ note = "hers"
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    ~ shift(safety, 1)
    You write your account and hand it to her with the pen.
    ~ tremor_known = true
    She reads it twice, slowly, for her, and writes underneath in a quick slanting hand: I stopped the lithium because it took my hands. Ask me about my hands.
- -> the_call

=== the_call
Your phone buzzes. The rota coordinator: a man has been held in the section 136 suite at Southmead since four o'clock, waiting for a doctor. You are next. # sfx: phone-buzz
{
- route == "detain":
    The ambulance is twenty minutes away. Marta is sitting on the stairs with her pillow.
- route == "informal" || route == "coerced":
    Owen has gone to warm the car. Marta is sitting on the stairs with her pillow.
- else:
    Marta is sitting on the stairs, among the paint tins.
}
* [Tell Marta and Owen you have to go to someone else who's waiting, say what happens next and who to ring, and go # move: keep-to-time # why: Marta hears why you are leaving and what comes next, in order, and a man who has waited five hours in a place of safety is seen an hour sooner.]
    ~ shift(trust, 1)
    Marta, I have to go. Someone else has been waiting since four. Bronwen is staying { route == "detain": till the ambulance comes|for now}, and here's what happens next. # speaker: clinician
    You go through it, in order, and give Owen the crisis line number on the back of your card.
    Go. Somebody else's Thursday. # speaker: marta # mood: neutral
* [Stay another hour, until things are settled here # move: authentic-connection # why: Marta and Owen have you there for the worst hour of the evening, and the man in the place of safety at Southmead, who has waited since four, waits another hour for you.]
    ~ waiting = waiting + 20
    ~ shift(trust, 3)
    ~ shift(safety, 1)
    You text the coordinator: another hour. You sit on the stairs with her.
    Marta talks about the weld, more slowly now, and Owen makes a third pot of tea.
* [Leave while Bronwen finishes the forms # move: detach # why: The forms are finished and you are on your way, and Marta looks up to find the doctor gone without a word about what happens next.]
    ~ shift(trust, -4)
    You pick up your bag while Bronwen is writing, and let yourself out.
- -> ending

=== ending
{
- route == "unsafe":
    -> left_at_risk
- route == "home" && tells == 2 && not lithium_acted:
    -> left_at_risk
- route == "home" && tells == 1 && not key_safe:
    -> left_at_risk
- route == "home" && drove == 1 && keys == "hers":
    -> left_at_risk
- route == "home":
    -> home_end
- route == "coerced":
    -> over_her
- route == "informal" && not decided_for:
    -> walked_in
- route == "informal":
    -> over_her
- route == "detain" && open_detention && not decided_for && not threatened && capacity != "assumed":
    -> openly
- else:
    -> over_her
}

= home_end
{
- lithium_acted:
    Owen drives her to the emergency department first. Her lithium level is 1.6, high. They stop the lithium and the ibuprofen, keep her overnight on the medical assessment unit with a drip and a repeat level, and send her home at noon. { htt == 1: The crisis team, who spoke to her there, come that afternoon.|At half past two the team comes.}
- htt == 1:
    At half past ten the crisis team comes: a nurse called Femi and a support worker, who sit in the yellow and drink Owen's tea. Their doctor prescribes something for sleep. Marta sleeps for five hours, the first time in a week.
- else:
    The out-of-hours GP prescribes something for sleep. Owen sleeps on the sofa across the front door. At seven the crisis line rings, and at half past two the team comes.
}
{ bronwen_declined:
    You recommended a section; Bronwen declined to apply. Marta remembers which of you it was.
}
{ drove == 1 && htt == 0:
    At three in the morning she is at the front door in her coat. Owen, on the sofa across it, talks her back inside. It holds, just.
}
{ plan_with_her:
    On Saturday she rings the team herself, because she has started to sort the silk by colour at four in the morning, which was on her list. They come twice that day. She does not need the ward.
- else:
    The plan on the envelope is Owen's. Marta keeps to it when he is in the room.
}
{ tremor_known:
    In two weeks, with a psychiatrist who asks about her hands, she talks about what comes after: a lower dose and a level, a tablet for the tremor, or another long-term medicine. It is her choice, and it is about her work.
}
{ halina == 1:
    { halina_sorted:
        A Polish-speaking carer comes at six each morning for a fortnight, arranged by the emergency duty team, and Halina's tablets are on time.
    - else:
        Halina's tablets are late twice in the first week. Owen does his best.
    }
}
Marta stayed at home with help she could use, and the least restrictive road held. # ending: home-with-support
-> END

= walked_in
{
- lithium_acted:
    First, a night on the medical assessment unit: a lithium level of 1.6, high, a drip, a repeat level, and no more lithium for now.
    The next afternoon Marta walks onto { bed_lost: a private unit in Kent, nearly two hundred miles from home|Juniper ward}, on her own feet, carrying her pillow. Owen carries the bag.
- bed_lost:
    Marta walks into a private unit in Kent at half past two in the morning, nearly two hundred miles from home, on her own feet.
- else:
    Marta walks onto Juniper ward at a quarter to eleven, on her own feet, carrying her pillow. Owen carries the bag.
}
{ tells == 2 && not lithium_acted:
    At six in the morning she is confused and shaking, and cannot stand. The night doctor, who was told nothing about a double dose, sends her to the emergency department: a lithium level of 2.9, and four days on the medical ward before anyone can ask her about anything else.
}
{ fear_written:
    The nurse in charge has read the handover. She introduces herself, sits down, and asks Marta how she would like tonight to go.
}
{ capacity == "supported":
    Her consent is in the notes as a decision she could make and made.
}
{ bronwen_declined:
    She knows you wanted her sectioned anyway. On the ward she tells the nurse in charge so, twice.
}
{ halina == 1:
    { halina_sorted:
        At home, a Polish-speaking carer comes at six, and Owen does ten and two.
    - else:
        At home, Halina's ten o'clock tablets are an hour late. Owen finds the box eventually.
    }
}
She stays eleven days, sleeps, and goes home on a plan she helped write. Twice she asks to go out for air, and is let out for air. # ending: walked-in
-> END

= openly
{ lithium_acted:
    The ambulance takes Marta to the emergency department first. Her lithium level is 1.6, high. Bronwen makes the application there, once the doctors say she is fit to move; Dr Kaur has seen her again and signed.
- else:
    Dr Kaur arrives at half past ten, sees Marta on her own for twenty minutes, and signs the second recommendation. Bronwen makes the application.
}
{ bed_lost:
    The bed is in Kent. The ambulance leaves at midnight, with Owen in it.
- else:
    The ambulance takes her to Juniper ward. No police. Owen goes with her.
}
{ tells == 2 && not lithium_acted:
    At six in the morning she is confused and shaking, and cannot stand. The night doctor, who was told nothing about a double dose, sends her to the emergency department: a lithium level of 2.9, and four days on the medical ward.
}
{ fear_written:
    Your handover is on the ward before she is. Nobody puts hands on her. At four she asks a nurse to sit with her, and one does.
}
On the third day she asks for the advocate, and on the ninth she appeals to the tribunal. She loses, but she is heard.
{ owen_view == 2:
    Owen does not order her discharge. He visits every day.
}
The section ends on day nineteen; she stays two more days as an informal patient, and goes home. At her first outpatient appointment she says: I hated it. You told me why. Both of those are true. # ending: detained-openly
-> END

= over_her
{
- route == "coerced":
    On the ward Marta is an informal patient who said yes under a threat. At six in the morning she asks to leave. A nurse holds her under section 5(4) while the duty doctor is found, and by the afternoon she is on a section 2 after all, having been told by everybody that she agreed.
- route == "informal":
    Marta goes in on a decision made between you and Owen. She asked you to choose; she didn't ask you to hand it on.
- else:
    { not open_detention:
        Marta is detained under section 2. She learns what it means from Bronwen, and from the leaflet the ward gives her, and not from the doctor who recommended it.
    - else:
        Marta is detained under section 2.
    }
    { capacity == "assumed":
        Her notes say she lacked capacity, which nobody tested.
    }
}
{ lithium_acted:
    Her lithium level that night was 1.6: the emergency department saw to that, at least.
}
{ tells == 2 && not lithium_acted:
    At six the next morning she is confused and shaking, and cannot stand: a lithium level of 2.9, and four days on the medical ward. Nobody had asked about her body.
}
{ bed_lost:
    The bed is in Kent, nearly two hundred miles from Owen.
}
{ fear_told && not fear_written:
    What she told you about 2013 is nowhere in the handover.
}
She gets better, as people do, in about three weeks. She does not forget who decided, or how. At the next assessment, in 2029, she does not open the door. # ending: detained-over-her
-> END

= left_at_risk
{
- tells == 2 && not lithium_acted:
    At six in the morning Owen finds Marta on the bathroom floor, confused and shaking, unable to stand. The ambulance takes her to the emergency department: a lithium level of 2.9. She spends four days on the medical ward, two of them on a drip, before anyone can ask her about anything else.
- tells == 1 && not key_safe:
    At twenty past two Marta takes the spare key from her pocket and drives west. At ten to four the police stop her on the A30 near Bodmin, doing ninety-five, and nobody is hurt. By morning she is in a place of safety under section 136, being assessed all over again by strangers.
- keys == "hers":
    At half past three Marta drives to the coast again. On the way back she clips a parked van in Weston; nobody is hurt. By the afternoon she is being assessed again, by a different team, who have read your notes.
- drove == 1:
    At half past three Marta is gone, on foot, to Temple Meads for the first train to the sea. At seven the transport police find her on the mud at Weston in her slippers and bring her to a place of safety under section 136.
- else:
    Nothing happens that night. On Sunday Marta spends the last of the savings on a lease for a studio unit, and on Monday she shouts at Mr Dale in the street, and on Tuesday she is detained under section 2 by the team who should have come on Thursday.
}
{ route == "unsafe":
    Bronwen's record says why no application was made. So does yours, or it should.
}
Marta stayed at home, and the risk you came to weigh was left where it was. # ending: left-at-risk
-> END
