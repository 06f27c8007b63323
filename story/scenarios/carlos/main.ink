// Carlos: a twenty-minute diabetes review with a bus mechanic whose sugar has crept up,
// who uses remedies from home, who road-tests buses on a bus licence, and who has had two
// shaky spells before lunch that he will only mention if he trusts that his practices will
// be respected.
// Facilitator guide: docs/scenarios/carlos.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Carlos's trust in the player; warm but careful after a doctor laughed at his nopal
VAR autonomy = 40    // 0..100: how far Carlos's own informed values drive what is decided
VAR safety = 30      // 0..100: how safe his mornings are, under buses and behind the wheel of one
VAR work = 60        // 0..100: his work at the garage, licence and livelihood

// The variant, drawn from the run's seed before the first line.
VAR wants = 0   // 1: to decide himself; 2: once he understands, for you to decide; 3: Ana in on it
VAR herbs = 0   // the market tea and bitter melon: 1 he shows you at once; 2 only if he trusts you; 3 he keeps it back
VAR event = 0   // 0: a quiet morning; 1: his kidney result arrives; 2: his shift manager rings about a road test
// ink draws each RANDOM from the one before, so two draws in a row over the same range
// come out alike; a draw in between keeps what he wants, the tea and the event independent.
~ wants = RANDOM(1, 3)
~ temp spacer = RANDOM(1, 5)
~ herbs = RANDOM(1, 3)
~ spacer = RANDOM(1, 5)
~ event = RANDOM(0, 2)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR hinted = false          // he said he tries "things from home" in his opening
VAR asked_home = false      // the player asked what he does himself, including from home
VAR remedies_told = false   // nopal and canela tea are on the table
VAR dismissed = false       // the player brushed off his remedies
VAR repaired = false        // ...and later said sorry for it
VAR stereotyped = false     // the player guessed from a checklist about "Mexican patients"
VAR tea_hinted = false      // he has said there are "other things, newer"
VAR tea_told = false        // the market tea and the bitter melon capsules
VAR tea_ordered = false     // the player ordered him to stop, before understanding
VAR packet = false          // he has agreed to bring the tea packet in
VAR father_told = false     // his father's road: pills, injections, a foot
VAR sweet_hint = false      // he has admitted feeling "funny" before lunch
VAR low_seen = false        // his sugar was checked at 11:20: 4.1, on the edge
VAR quince = false          // the player knows about Sofia's quinceanera and the garage
VAR feet_done = false
VAR shaky = false           // the two shaky spells are known
VAR asked = ""              // how the player asked about lows: plain, open, jargon, skip
VAR plan_by = ""            // together, delegated, decided, rescue
VAR gliclazide_up = false   // the plan makes the gliclazide stronger
VAR glic_stopped = false    // the gliclazide has been stopped
VAR insulin = false         // the plan starts insulin
VAR sglt2 = false           // the plan includes the new tablet (an SGLT2 inhibitor)
VAR consented = ""            // full, brief, reassured, jargon, leaflet
VAR kidney = false          // he has heard about the kidney result
VAR drive = ""              // open, his, his-safe (he stops himself), his-risk (he drives, you accepted), advised, ticked, reported
VAR goal_by = ""            // his, set, handed
VAR taught = false          // teach-back used at the end
VAR followup = ""           // his, usual, rescue
VAR connected = false       // a real moment of shared humanity
VAR brakes_free = false     // the player accepted the free brake job

-> opening

=== opening
Tuesday, 11:05. A twenty-minute diabetes review, the last slot before lunch. # bg: consult-room # ambience: consult-room
The screen: Rodriguez, Carlos, 56. Type 2 diabetes for nine years. Metformin 1 g twice a day, gliclazide 80 mg each morning.
His sugar test, the HbA1c, was 58 a year ago. Last week it was 71. Beside it, the review template waits, with a box for every part of him.
He comes straight from the bus garage on his break, in navy overalls with a grease mark on one knee, shakes your hand firmly and sits with his cap on his knee.
Doctor. I know. The number went up. My daughter Ana said, Papá, you go, or I drag you there myself. # speaker: carlos # mood: warm
{ herbs == 1:
    ~ tea_told = true
    And Ana made me promise. This, I show you. # speaker: carlos # mood: guarded
    He turns his phone towards you: a photo of a green and yellow packet with a hand-written label in Spanish.
    Té para la diabetes, from the Saturday market. And karela capsules, bitter melon, from Mrs Pillai next door. Ana says, Papá, ask the doctor what she thinks. So I ask. # speaker: carlos # mood: guarded # disclose: market-tea
}
{ wants == 2:
    Ana says also: Papá, let the doctor explain, and then let the doctor decide. She knows me. I like to understand, and then I like somebody who knows to choose. # speaker: carlos # mood: neutral
}
{ wants == 3:
    Whatever we decide, Ana wants to hear it. She is the one with the head for papers. Rosa says, ask Ana. # speaker: carlos # mood: neutral
}
So I come. This year, you know... Rosa, my wife, is in Morelia since March. Her mother fell and broke the hip. # speaker: carlos # mood: neutral
And at the garage they bring the new electric buses, so at fifty-six they send me back to school, for batteries. And the eating... # speaker: carlos # mood: neutral
He rubs the back of his neck and glances at the screen, weighing how much to say.
* [Steer to the result: "Let's look at the number first." # move: interrupt # move: narrow-agenda # why: Carlos stops mid-sentence at "the eating", and whatever he was weighing up whether to say goes back unsaid.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    Let's look at the number first, and then we can talk about the rest. # speaker: clinician
    Sure. The number. # speaker: carlos # mood: neutral
    He leans back. Whatever came after "the eating" stays where it was.
* [Wait, and let him finish # move: let-finish # why: Carlos gets to the end of his own account, and the first thing he offers is that he tries things from home and is afraid you will laugh.]
    ~ hinted = true
    ~ shift(trust, 7)
    ~ shift(autonomy, 4)
    You nod, and wait.
    And the eating is not like with Rosa. I eat at the garage. Bread, Coca-Cola. I know, I know. # speaker: carlos # mood: neutral
    And I try some things, from home, for the sugar. Maybe you will laugh. # speaker: carlos # mood: guarded
* [Cut in: "That's a lot at once. Are you managing your tablets?" # move: interrupt # move: authentic-connection # why: Carlos hears that you noticed his year, then gets a yes-or-no question about tablets, and answers "mostly" instead of what he was about to say.]
    ~ shift(trust, -1)
    ~ shift(autonomy, -3)
    That's a lot at once. Are you managing to take your tablets? # speaker: clinician
    Mostly. Mostly yes. # speaker: carlos # mood: guarded
    "Mostly" is doing some work in that sentence.
- -> the_number

=== the_number
You turn the screen so he can see the graph: flat for years, then a line that climbs.
* [Ask what he makes of it, before you say anything # move: open-question # move: elicit-values # why: Carlos gets the first word on his own result. If he came wanting you to explain first, the question lands back on him before he knows what the number means.]
    What do you make of it? # speaker: clinician
    { wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        Me? You tell me, doctor. You are the one who reads the numbers. I read the buses. # speaker: carlos # mood: neutral
        He waits for you to explain, a little puzzled that you haven't.
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 6)
        ~ hinted = true
        Honestly? I am not surprised. Since Rosa went, my eating is a disaster. # speaker: carlos # mood: neutral
        But also I am surprised, because I try. I do things. Every morning. # speaker: carlos # mood: guarded
    }
* [Explain it in the usual shorthand: up from 58 to 71 millimoles per mole, above target, time to intensify # move: jargon # why: Carlos nods in the right places and takes home one word, bad, with no idea what the number measures or what could be done.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Your HbA1c has gone from 58 to 71 millimoles per mole. On a sulfonylurea we'd aim for about 53, so it's time to intensify therapy. # speaker: clinician
    Carlos nods in the right places.
    Seventy-one. Is bad, no? # speaker: carlos # mood: guarded
    It is the only word he will take home: bad.
* [Explain plainly what the test measures and what the rise means # move: plain-language # why: Carlos learns what the test measures and that his sugar has run higher all year, and puts it in his own words: not one bad day, a bad year.]
    { wants == 2:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 4)
    }
    This test shows your average sugar over the last two or three months. In the old units it was seven and a half percent a year ago, and now it's eight point six. Your sugar has been running higher, most of the time. # speaker: clinician
    Higher, most of the time. Not one bad day. A bad year. # speaker: carlos # mood: neutral
    He says it with a short laugh. It is accurate.
- -> his_year

=== his_year
Carlos turns the cap round on his knee.
Rosa calls every night at nine. Did you eat, Carlos? Yes, yes. I don't tell her about the pan dulce. # speaker: carlos # mood: warm
* [Ask what he does himself to look after his sugar, including anything from home # move: ask-about-beliefs # move: open-question # why: Carlos is invited to say what he already does, remedies from home included, as someone with his own ways of looking after himself.]
    ~ asked_home = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    What do you do yourself to look after your sugar? Anything at all, including things from home. # speaker: clinician
    Carlos looks at you for a moment, measuring.
    From home. Okay. # speaker: carlos # mood: guarded
* [Acknowledge how hard this year sounds, on his own # move: authentic-connection # why: Carlos hears that someone has noticed his year, not only his sugar, and for a moment Ana's Coca-Cola lecture is not the only response he gets.]
    ~ connected = true
    ~ shift(trust, 6)
    That sounds like a hard year. Your wife away, new work to learn, eating on your own. # speaker: clinician
    Carlos is quiet for a second.
    Yes. Hard. Thank you. Ana only says, Papá, the Coca-Cola. # speaker: carlos # mood: warm
* [Take it in hand: a dietitian, a cooking course and the social prescriber, all booked by you # move: rescue # move: decide-for # why: Carlos is handed three referrals he did not ask for, and accepts them the way you accept a present you won't use.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -6)
    Leave that with me. I'll refer you to our dietitian, a cooking course for people living on their own, and our social prescriber for some support. # speaker: clinician
    A cooking course. Okay. Thank you. # speaker: carlos # mood: neutral
    He says it politely, the way you accept a present you won't use.
- -> remedies

=== remedies
{ asked_home:
    Carlos sets the cap on the desk.
- else:
    The template's next box asks about other medicines, including herbal and over-the-counter.
    Apart from the tablets, is there anything else you take for your sugar? # speaker: clinician
}
{ asked_home || hinted || herbs == 1 || trust >= 45:
    -> told
- else:
    -> not_told
}

= told
~ remedies_told = true
Every morning, nopal. The cactus, you know? Rosa made it with eggs. Now I do it in the blender, with orange juice, from a jar. Not the same. # speaker: carlos # mood: neutral # disclose: remedies
And at night, a tea of canela. Cinnamon. My mother's tea. # speaker: carlos # mood: neutral
The last doctor, Dr Hughes, he laughed. Cactus juice, he called it. # speaker: carlos # mood: guarded
He watches your face as he says it.
* [Tell him nopal is a good food and canela tea is fine, and move on to the tablets # move: plain-language # move: narrow-agenda # why: Carlos hears that his nopal is good food, not a joke, and the subject closes before he says anything more.]
    ~ shift(trust, 3)
    Nopal is a good food. Lots of fibre, and it may even help your sugar a little after meals. Cinnamon tea is fine too. Keep both. Now, the tablets. # speaker: clinician
    Good. Something is good. # speaker: carlos # mood: relieved
    He smiles. Whatever else he might have said about remedies, he leaves for another day.
* [Ask how he makes it, where it comes from, and what it means to him # move: ask-about-beliefs # move: open-question # why: Carlos tells you about the nopal by his grandmother's door and his mother in the kitchen, and learns that here it will be heard, not laughed at.]
    ~ shift(trust, 7)
    ~ shift(autonomy, 3)
    Tell me about it. How do you make it, and what does it do for you? # speaker: clinician
    Carlos sits back, and the cap stops turning.
    In my village, near Pátzcuaro, every grandmother has nopal by the door. You take off the spines, you cook it. For the sugar, for the stomach, for everything. # speaker: carlos # mood: warm
    In London, a jar from the Latin shop. Eight pounds. Robbery. But in the morning, it's like my mother is in the kitchen. # speaker: carlos # mood: warm
    { trust >= 50 && herbs == 2:
        ~ tea_hinted = true
        He hesitates.
        And there are other things. Newer. Maybe you don't want to know. # speaker: carlos # mood: guarded
    }
* [Print the practice leaflet on Latino diets and diabetes, and steer him off the cactus # move: correct-dismiss # move: narrow-agenda # why: Carlos gets a leaflet about tortillas he doesn't eat, and a second doctor who has brushed off his mother's remedy. He folds it into his pocket and says less.]
    ~ dismissed = true
    ~ shift(trust, -10)
    ~ shift(autonomy, -5)
    To be honest, the evidence for nopal is thin. This leaflet covers the main things for Latino diets: fewer tortillas, less rice, smaller portions. The tablets are what will bring the number down. # speaker: clinician
    Carlos takes the leaflet, folds it in four without reading it, and puts it in his top pocket.
    Tortillas in London are terrible, doctor. I don't eat them. # speaker: carlos # mood: guarded
    Okay. Like Dr Hughes. # speaker: carlos # mood: withdrawn
    He says the last part quietly, mostly to himself.
- -> newer

= not_told
Only the tablets. # speaker: carlos # mood: guarded
He says it a little quickly, and his eyes go to the template on the screen.
* [Tick "none" and move on to the tablets # move: detach # move: narrow-agenda # why: Carlos's "only the tablets" goes into the record as the truth, and the nopal, the teas and the capsules stay outside the room.]
    ~ shift(trust, -3)
    You tick the box. None.
* [Explain why you ask everyone, and ask again what he takes # move: ask-about-beliefs # move: plain-language # why: Carlos hears that the question is about how plants and tablets work together, not a test he can fail, and gets a second chance to answer it.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I ask everyone, because some plants and teas change how the tablets work, and I'd much rather know than guess. I'm interested, not telling anyone off. # speaker: clinician
    { trust >= 35:
        ~ remedies_told = true
        Carlos breathes out.
        Okay. Every morning, nopal. The cactus. In the blender, from a jar. And a canela tea at night, my mother's tea. # speaker: carlos # mood: neutral # disclose: remedies
        The last doctor laughed at the nopal. Cactus juice, he said. # speaker: carlos # mood: guarded
    - else:
        Really. Only the tablets. # speaker: carlos # mood: guarded
    }
* [Use the cultural guide from your training: "A lot of Mexican patients use nopal. Do you?" # move: correct-dismiss # why: Carlos is answered as a type, not a person. The guess is right about the nopal, and he stops there.]
    ~ stereotyped = true
    ~ remedies_told = true
    ~ shift(trust, -6)
    A lot of my Mexican patients use nopal for their sugar. Do you? # speaker: clinician
    Carlos laughs once, without much in it.
    Every Mexican uncle, eh? Yes, doctor. Nopal, in the morning. # speaker: carlos # mood: guarded # disclose: remedies
    He doesn't mention anything else, and you can see he isn't going to.
- -> newer

=== newer
{
- herbs == 3:
    -> no_tea
- herbs == 1 && not dismissed && not stereotyped:
    -> shows_tea
- herbs == 2 && remedies_told && not dismissed && not stereotyped && (tea_hinted || trust >= 52):
    -> shows_tea
- else:
    -> no_tea
}

= shows_tea
{ herbs == 1:
    Carlos brings the photo of the packet up again and puts the phone on the desk between you.
    So, doctor. The tea. Ana wants to know what you say, and me also. # speaker: carlos # mood: neutral
- else:
    ~ tea_told = true
    Carlos takes out his phone, finds a photo and turns it towards you: a green and yellow packet with a hand-written label in Spanish.
    Ana took this picture. She said, show the doctor. I said no. But, okay. # speaker: carlos # mood: guarded
    Té para la diabetes. From a stall at the Saturday market. The man says, very strong, all natural, one cup in the morning. # speaker: carlos # mood: neutral # disclose: market-tea
    And karela capsules, the bitter melon. Mrs Pillai next door gave me. Her husband takes them for his sugar. # speaker: carlos # mood: neutral
}
On the tea days, sometimes I don't take the little white pill. The man said the tea is strong, so maybe the pill is too much. # speaker: carlos # mood: guarded
The label says "plantas medicinales" and not much else.
* [Explain what worries you about the tea and capsules, and ask whether he'd bring the packet in # move: plain-language # move: transparent-disclosure # move: offer-choice # why: Carlos hears both worries plainly, that bitter melon and gliclazide can add up to a low and that some market teas hide real drugs, and the packet stays his to bring or not.]
    ~ packet = true
    Two things worry me. Bitter melon can lower sugar, and so can gliclazide, so together they can push it too low. And some diabetes teas sold at markets or online have been tested and found to contain hidden prescription medicines. # speaker: clinician
    I'm not saying yours does. Would you bring the packet in, so we can try to find out what's in it? It's up to you. # speaker: clinician
    { herbs == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 3)
        ~ shift(safety, 3)
        Carlos frowns.
        I bring it. But doctor, I asked you a question. Do I drink it tomorrow, or not? # speaker: carlos # mood: guarded
        He drinks it tomorrow, it turns out, because nobody said otherwise.
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 5)
        ~ shift(safety, 2)
        Carlos thinks about it.
        I bring it. But you don't throw it in the bin in front of me. # speaker: carlos # mood: warm
        Deal. # speaker: clinician
    }
* [Give him your recommendation straight: pause the tea and capsules until you know what's in them, with the reasons, and ask if he'll do it # move: recommend-clearly # move: plain-language # why: Carlos gets a straight answer with the reasons behind it, and the choice to follow it stays his. If he only showed you the photo reluctantly, it can sound like the verdict he feared.]
    ~ packet = true
    My advice is to pause the tea and the capsules until we know what's in them. Bitter melon and gliclazide both lower sugar, and some market teas have been found to contain hidden diabetes drugs. Bring me the packet, and the nopal and the canela can stay. Will you do that? # speaker: clinician
    { herbs == 1:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
        ~ shift(safety, 6)
        Okay. That is a clear answer. Ana will be happy, and Mrs Pillai will be offended. # speaker: carlos # mood: warm
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        ~ shift(safety, 6)
        Pause. Okay. # speaker: carlos # mood: guarded
        He puts the phone away a little faster than he took it out.
    }
* [Tell him to stop the tea and the capsules today: some market diabetes products contain hidden drugs # move: correct-dismiss # move: decide-for # why: Carlos is told the tea stops today because market products can hide drugs, before anyone asks why he drinks it. He defends the stallholder and puts the photo away.]
    ~ tea_ordered = true
    { herbs == 1:
        ~ shift(trust, -4)
        ~ shift(autonomy, -5)
    - else:
        ~ shift(trust, -7)
        ~ shift(autonomy, -6)
    }
    ~ shift(safety, 1)
    You need to stop that tea and the capsules today. Some of these market products have been found to contain hidden diabetes drugs. # speaker: clinician
    The man is from Jalisco. He has a family. He is not a criminal. # speaker: carlos # mood: angry
    He puts the phone away, and the photo goes with it.
* [Ask what he hoped the tea would do, and how he fits it round his tablets # move: ask-about-beliefs # move: elicit-values # why: Carlos explains the tea as a way off his father's road of more pills, then injections, then a foot, and you learn what any plan has to answer.]
    ~ father_told = true
    { herbs == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
    }
    What were you hoping the tea would do for you? # speaker: clinician
    Fewer pills. That is all. # speaker: carlos # mood: guarded
    My father, in Uruapan. First the pills, then more pills, then the injections, then they took his foot. I don't want to walk the road of my father. # speaker: carlos # mood: distressed
    So when the man says natural, strong, I think: maybe this is the other road. # speaker: carlos # mood: neutral
    { herbs == 1:
        But Ana wants to know what you say, doctor, not what I say. # speaker: carlos # mood: neutral
    }
- -> sweet

= no_tea
{
- herbs == 1:
    Carlos puts his phone back in his pocket. The photo of the tea does not come out again.
- dismissed:
    Carlos has gone quiet. He answers what he is asked, and nothing more.
- else:
    Carlos waits for the next question.
}
* [Check the tablets: "Are you taking the gliclazide every morning?" # move: narrow-agenda # why: Carlos answers the question asked, that some mornings he forgets, and the reason behind the skipped mornings stays with him.]
    Are you taking the gliclazide every morning? # speaker: clinician
    Mostly. Some mornings I forget. # speaker: carlos # mood: guarded
    It is true, as far as it goes.
* [Warn him off anything for diabetes sold at markets or online: some of it is dangerous # move: correct-dismiss # why: Carlos hears a warning that fits something in his kitchen cupboard, and learns that this is not the room to mention it.]
    ~ shift(trust, -4)
    Please don't take anything for diabetes from markets or the internet. Some of it is dangerous. # speaker: clinician
    Carlos nods. His phone stays in his pocket.
* [Ask directly about any other teas, capsules or products from a shop or market, saying why: some change how his tablets work # move: ask-about-risk # why: Carlos is asked the exact question, with the reason, and whether he answers it depends on what the visit has taught him so far about being laughed at.]
    Some teas and capsules change how the tablets work, so I ask everyone: any other teas, capsules, anything from a shop or a market? # speaker: clinician
    { herbs != 3 && not tea_told && trust >= 48 && not dismissed:
        ~ tea_told = true
        ~ shift(trust, 3)
        Carlos hesitates, then shows you a photo on his phone: a green and yellow packet.
        A tea for the diabetes, from the Saturday market. And karela capsules, bitter melon, from my neighbour. Some tea days, I skip the little white pill. # speaker: carlos # mood: guarded # disclose: market-tea
    - else:
        No. Nothing else. # speaker: carlos # mood: guarded
    }
- -> sweet

=== sweet
The clock on the wall says 11:20. Carlos feels in his top pocket, unwraps a small red sweet and puts it in his mouth.
Tamarind, with chilli. Sorry. About this time I get hungry. Like, now, now. # speaker: carlos # mood: neutral
* [Tease him: "Don't let the diabetes nurse see that." # move: authentic-connection # why: Carlos shares a joke about Nurse Grace's list if he is at ease, or feels caught out if he isn't, and the sweet is left as a sweet.]
    ~ shift(trust, 3)
    Don't let the diabetes nurse see that. # speaker: clinician
    { trust >= 40:
        Ha. Nurse Grace has a whole list about me. # speaker: carlos # mood: warm
        You both laugh, and the moment passes.
    - else:
        Sorry. # speaker: carlos # mood: guarded
        He puts the wrapper away, as if he has been caught at something.
    }
* [Carry on through the template: smoking, alcohol, exercise # move: narrow-agenda # move: detach # why: Carlos answers three boxes, and the late-morning hunger he has just mentioned passes without a question.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Never smoked. A beer on Sunday. Exercise... I lie under buses all day, doctor. # speaker: carlos # mood: neutral
    You tick three boxes.
* [Ask about the "now, now" feeling # move: open-question # why: Carlos is asked about a feeling he has been filing as hunger, and if he trusts you enough he admits it is sometimes something funnier than hunger.]
    ~ shift(trust, 3)
    Tell me about that feeling. The now-now hunger. # speaker: clinician
    { trust >= 50:
        ~ sweet_hint = true
        Hungry. And sometimes a bit... funny. It passes. Is nothing. # speaker: carlos # mood: guarded
        He looks at the sweet wrapper, not at you.
    - else:
        Just hungry. I'm a big man, doctor. # speaker: carlos # mood: neutral
    }
* [Check his sugar now on the practice meter, saying why: it is 11:20, he is hungry, and he takes gliclazide # move: act-on-risk # move: plain-language # why: Carlos hears why you want a finger-prick now, at the hour he gets hungry, and the meter shows his sugar just above four and falling: a fact about his mornings neither of you has to guess.]
    ~ sweet_hint = true
    ~ low_seen = true
    ~ shift(safety, 6)
    Can I check your sugar now, with a finger-prick? It's the time of day you get hungry, and gliclazide can take sugar low before lunch. I'd like to know, not guess. # speaker: clinician
    { trust >= 40:
        ~ shift(trust, 2)
        Sure. Like checking the oil. # speaker: carlos # mood: neutral
    - else:
        ~ shift(trust, -1)
        Okay. If you need. # speaker: carlos # mood: guarded
    }
    The meter counts down. 4.1 mmol/L: just above the line for a low, at 11:20, with the gliclazide still working.
    Four point one. Is that bad? # speaker: carlos # mood: guarded
    It's on the edge. Finish the sweet, and have something proper to eat before you go back under a bus. # speaker: clinician
    He looks at the number for a long moment, as if it has told him something he already knew.
-
{ event == 2:
    His phone buzzes in his overalls. He glances at it. # sfx: phone-buzz
    Sorry, doctor. The shift manager. I have to. # speaker: carlos # mood: neutral
    Sharon. Yes. The 36, the brakes are finished? Okay. Twelve o'clock I take it out for the road test. Yes. Bye. # speaker: carlos # mood: neutral
    He puts the phone away.
    After the brakes, somebody has to drive the bus on the road, to test. Me. I have the bus licence twenty years. # speaker: carlos # mood: neutral
}
-> values

=== values
{ dismissed && not repaired:
    Carlos glances at the clock on the wall.
}
Before there is a plan, it would help to know what the plan is for.
* [Set the targets: HbA1c under 53, blood pressure under 140 over 90, five kilos off # move: decide-for # move: narrow-agenda # why: Carlos is given three numbers to aim at and repeats one back, the way you repeat an address you don't plan to visit. What he wants his health for goes unasked.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -6)
    Here's what we're aiming for: the sugar test under 53, blood pressure under 140 over 90, and five kilos off by next year. # speaker: clinician
    Okay. Under fifty-three. # speaker: carlos # mood: neutral
    He repeats the number the way you repeat an address you don't plan to visit.
* [Ask what matters most to him, and what he wants his health to let him do # move: elicit-values # move: open-question # why: Carlos names what the plan is for, six more years at the garage and the waltz at Sofía's quinceañera, if he trusts you with it, and the plan gets a purpose that is his.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 8)
    What matters most to you, for the next few years? What do you want your health to let you do? # speaker: clinician
    { trust >= 35:
        ~ quince = true
        Two things. Six more years at the garage, to sixty-two. Then Rosa and me, half the year in Pátzcuaro. # speaker: carlos # mood: warm
        And in May, my granddaughter Sofía is fifteen. Her quinceañera. Her father is not around, so the waltz is mine. Two hundred people watching the old man dance. # speaker: carlos # mood: warm # disclose: goals
        He grins. Ana has already sent him the music.
    - else:
        To keep working. Not to be a problem for my daughter. # speaker: carlos # mood: guarded
    }
* [Go through the complications on the template, so he knows what is at stake # move: jargon # why: Carlos hears a list of long words and understands one thing in it, his father's foot, and the fear it brings does the work an explanation should have done.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -3)
    What we're trying to prevent are the microvascular complications, retinopathy, nephropathy and neuropathy, and the macrovascular ones, MI and stroke. # speaker: clinician
    Carlos nods slowly.
    { father_told:
        Like my father. The foot. # speaker: carlos # mood: distressed
    - else:
        My father lost a foot. In Uruapan. # speaker: carlos # mood: distressed
    }
- -> connection

=== connection
{ trust >= 45:
    Carlos tilts his head and studies you, amused.
    And you, doctor? You look like my apprentice after the night shift. You sleep? # speaker: carlos # mood: warm
- else:
    Carlos looks up from his cap, polite.
    You look tired, doctor. Busy day. I will be quick. # speaker: carlos # mood: neutral
}
* [Smile and bring it back: "Today's about you." # move: detach # why: Carlos's small kindness is turned aside, and he straightens in his chair, a patient again, a little further from you.]
    ~ shift(trust, -4)
    Ha. I'm fine. Today's about you. # speaker: clinician
    Sure. Sorry, doctor. # speaker: carlos # mood: neutral
    He straightens in his chair, a patient again.
* [Answer briefly (not enough sleep; you swim), then turn it back to him # move: authentic-connection # why: Carlos gets a true, short answer and the question back, and tells you he practises the waltz in the kitchen with Rosa on the video. Two tired people, both trying.]
    ~ connected = true
    ~ shift(trust, 7)
    Not enough. Tuesdays are long. I swim before work; it's the one thing that keeps my head straight. What keeps yours straight? # speaker: clinician
    Swimming. Good. Me, I dance. In the kitchen, when Rosa calls on the video. She makes me practise the waltz for Sofía. # speaker: carlos # mood: warm
    For a moment you are two tired people in a small room, both trying.
* [Tell him about your week: the rota, the staff shortages, your own blood pressure # move: blur-boundary # why: Carlos ends up looking after you, kindly, for three minutes of his own appointment, and the room tilts towards your needs.]
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
    You hear yourself telling him about the rota, two colleagues off sick, and the blood pressure your own GP keeps nagging you about.
    Carlos listens kindly, the way he would listen to his apprentice.
    Doctor, you need a tea. Not my tea. A holiday. # speaker: carlos # mood: warm
    It is a warm moment. It is also three minutes of his appointment spent on you.
* {dismissed && not repaired} [Go back to the nopal first, and say sorry for brushing it off # move: apologise # move: ask-about-beliefs # why: Carlos hears a doctor take back a dismissal for the first time in six years, and gets the chance to tell you about his mother's nopal properly.]
    ~ repaired = true
    ~ shift(trust, 9)
    ~ shift(autonomy, 3)
    Before that: I was too quick about the nopal earlier. I'm sorry. Would you tell me about it properly? # speaker: clinician
    Carlos studies you for a long moment.
    Okay. Dr Hughes never said sorry in six years. # speaker: carlos # mood: guarded
    He tells you: his mother's nopal by the door in Pátzcuaro, the jar from the Latin shop, the canela tea at night.
    { trust >= 40 && not tea_told && herbs != 3:
        ~ tea_told = true
        And a tea from the market, for the diabetes. And bitter melon capsules, from my neighbour. Some tea days, I skip the little white pill. # speaker: carlos # mood: guarded # disclose: market-tea
    }
- -> brakes

=== brakes
{ trust < 50:
    -> the_question
}
Carlos grins, and points through the window at the staff car park.
And doctor, your car. The little blue one? I heard the brakes when I came in. Squeak, squeak. Saturday you bring it to the garage, I fix it. No money. For you, no money. # speaker: carlos # mood: warm
* [Thank him, and say no: you can't take free work from a patient, and why # move: hold-boundary # move: authentic-connection # why: Carlos hears his offer taken as the kindness it is, and a plain reason for the no: you are his doctor, and owing him a favour would sit in the room next time he needs to disagree with you.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 1)
    That's really kind, and you're probably right about the brakes. But I can't take free work from a patient. I'm your doctor, and I don't want either of us owing the other anything when we sit here. # speaker: clinician
    Okay, okay. Rules. But you take it to a good garage. Not the one on the high street, they are thieves. # speaker: carlos # mood: warm
* [Accept: Saturday at the garage, and you'll buy him lunch # move: blur-boundary # why: Carlos gets to do you a favour, and the two of you start to owe each other. Next time he sits here, disagreeing with the doctor whose brakes he fixed will be that bit harder.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -5)
    Go on then. Saturday, and I'll buy you lunch. # speaker: clinician
    Deal! # speaker: carlos # mood: warm
    ~ brakes_free = true
    He is delighted. He is also, from now on, a man who has done his doctor a favour.
* [Laugh, and move on without answering # move: authentic-connection # move: blur-boundary # why: Carlos's offer is laughed off and left hanging, and he is still not sure whether Saturday is on.]
    ~ shift(autonomy, -1)
    You laugh, and turn back to the screen.
    So, Saturday? # speaker: carlos # mood: neutral
    You haven't answered, and he notices.
- -> the_question

=== the_question
Whatever the plan is, it will probably mean changing his tablets. Before that, you need to know whether his sugar ever goes too low.
* [Ask the template question: "Any hypos since your last review?" # move: jargon # move: narrow-agenda # why: Carlos is asked about "hypos", a word he has to have explained, and a no is the easy answer to a question that sounds like a box to tick.]
    ~ asked = "jargon"
    Any hypos since your last review? # speaker: clinician
    Hypos? # speaker: carlos # mood: guarded
    Low sugars. # speaker: clinician
* [Skip it: he'd have mentioned anything like that. Move on to the plan # move: narrow-agenda # why: Carlos is never asked, so the plan is made without knowing whether his gliclazide has been taking him too low under a bus.]
    ~ asked = "skip"
* [Ask plainly about lows, saying why (gliclazide can take sugar too low, and he works under buses and drives them): shaky, sweaty, heart racing, suddenly starving, muddled? # move: ask-about-risk # move: plain-language # why: Carlos hears why you ask and the feelings named one by one, and can recognise his own late mornings in them. A man afraid for his job is asked the exact question, not left to decide whether to bring it up.]
    ~ asked = "plain"
    I ask everyone on gliclazide this, because it can take sugar too low, and you work under buses and drive them. Has your sugar ever dropped too low, do you think? Times you've gone shaky or sweaty, heart racing, suddenly starving, a bit muddled? # speaker: clinician
* [Ask an open question: how has he been feeling in himself at work lately, in the mornings? # move: open-question # why: Carlos can tell it in his own words and his own order. If he trusts you enough he brings up the mornings himself; if he is afraid for his job, an open door is one he need not walk through.]
    ~ asked = "open"
    How have you been feeling in yourself at work lately? In the mornings, say. # speaker: clinician
- -> answer

=== answer
// The gate: his practices respected (never dismissed, or dismissed and then apologised for)
// and enough trust. Jargon raises the bar; clues he has already given lower it.
~ temp gate = 62
{ asked == "jargon":
    ~ gate = 70
}
// An open question leaves it to him to connect his mornings to his tablets, and to risk his job by saying so.
{ asked == "open":
    ~ gate = 70
}
{ sweet_hint:
    ~ gate = gate - 5
}
{ low_seen:
    ~ gate = gate - 4
}
{ tea_told:
    ~ gate = gate - 4
}
{ tea_ordered:
    ~ gate = gate + 6
}
{ stereotyped:
    ~ gate = gate + 4
}
{ asked == "skip":
    -> feet
}
{ (not dismissed || repaired) && trust >= gate:
    -> shaky_tell
}
{
- asked == "jargon":
    No. I don't think so. # speaker: carlos # mood: guarded
- asked == "open":
    Busy. The electric buses, batteries everywhere. Tired, like everybody. But okay. # speaker: carlos # mood: neutral
    It is an answer about the garage, not about his sugar.
- trust >= 50:
    Carlos glances at the sweet wrapper on his knee.
    No. Not really. I'm fine. # speaker: carlos # mood: guarded
- else:
    No. # speaker: carlos # mood: withdrawn
}
-> feet

=== shaky_tell
~ shaky = true
~ shift(safety, 6)
{ asked == "open":
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    Carlos is quiet for a moment, and then he tells it his own way, the way he would describe a fault.
}
Carlos turns the cap over in his hands, twice.
Twice. At the garage. About half past eleven, both times, under a bus. # speaker: carlos # mood: guarded # disclose: shaky-spells
My hands went like this. Sweating, the heart going. I thought, Carlos, this is the heart attack. I drank a Coca-Cola from the machine, and in ten minutes it passed. # speaker: carlos # mood: distressed
{
- tea_told:
    Both times, a tea day. And I took the pill also, and the karela. And no breakfast, because I was late. # speaker: carlos # mood: guarded
- herbs != 3:
    ~ tea_told = true
    Both times, I had a tea in the morning. A tea for the diabetes, from the market. I didn't tell you before. # speaker: carlos # mood: guarded # disclose: market-tea
    And karela capsules from my neighbour, and the pill. And no breakfast. # speaker: carlos # mood: guarded
- else:
    Both times, no breakfast, because I was late. And the pill, like always. # speaker: carlos # mood: guarded
}
I didn't say, because a man who shakes, they don't let him work on the brakes. Or drive the bus after. And because I thought you would say: Carlos, stop everything. # speaker: carlos # mood: guarded
{ tea_told:
    Sweating, shaking and a racing heart before lunch, gone after a sugary drink: low blood sugar, until proved otherwise. On gliclazide, with bitter melon, a tea nobody has tested, and no breakfast. Under a bus, and some days at the wheel of one.
- else:
    Sweating, shaking and a racing heart before lunch, gone after a sugary drink: low blood sugar, until proved otherwise. On gliclazide, with no breakfast. Under a bus, and some days at the wheel of one.
}
His next morning under a bus is tomorrow.
* [Act on it at once: no more remedies and nothing from the market, from today, not negotiable # move: correct-dismiss # move: decide-for # why: Carlos hears the verdict he was afraid of, aimed at his remedies rather than at the tablet most likely to be causing the lows, and goes quiet.]
    ~ tea_ordered = true
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    ~ shift(safety, 2)
    {tea_told: Right. No more tea, no more capsules, nothing from the market, from today.|Right. No more remedies, nothing from home or the market, from today.} That's not negotiable. # speaker: clinician
    Carlos looks at the floor.
    I knew you would say it. # speaker: carlos # mood: withdrawn
* [Thank him for telling you # move: authentic-connection # move: plain-language # why: Carlos hears that telling you was the right thing to do, and that nobody is laughing. Tomorrow's gliclazide waits for the plan.]
    ~ shift(trust, 6)
    Thank you for telling me. That's exactly what I needed to know, and I'm glad you did. # speaker: clinician
    I was scared you would laugh. # speaker: carlos # mood: relieved
    Nobody's laughing. Let's make your mornings safer. # speaker: clinician
* [Ask what he thinks was going on # move: ask-about-beliefs # move: open-question # why: Carlos offers his own theory, two men pushing the same bus, which is probably right, and the plan can start from it. Tomorrow's gliclazide waits for the plan.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    What do you think was happening? # speaker: clinician
    { tea_told:
        I think the tea is strong. Too strong, with the pill. Like two men pushing the same bus. # speaker: carlos # mood: neutral
    - else:
        I think the pill is strong, and I don't eat. Like pushing the bus with no diesel. # speaker: carlos # mood: neutral
    }
    That's a very good way of putting it. I think you may be right. # speaker: clinician
* [Thank him, then tell him the gliclazide stops from tomorrow morning, and why, before anything else is decided # move: act-on-risk # move: authentic-connection # move: plain-language # why: Carlos hears thanks, then a safety decision he did not ask for, said plainly with the reason: tomorrow at half past eleven he is under a bus. The rest of the plan is still to make.]
    ~ glic_stopped = true
    ~ shift(trust, 4)
    ~ shift(autonomy, -1)
    ~ shift(safety, 10)
    ~ shift(work, 2)
    Thank you for telling me. One thing I'm deciding now, before anything else: no gliclazide tomorrow morning, or until we've made the plan. It's the tablet most likely to be taking you low, and tomorrow at half past eleven you're under a bus again. The rest we'll work out. # speaker: clinician
    Carlos lets out a breath.
    Okay. One pill less. That I like. # speaker: carlos # mood: relieved
-
{ not feet_done:
    ~ feet_done = true
    You check his feet and his blood pressure, asking first. Good pulses, normal feeling, 136 over 82.
}
-> plan

=== feet
The template still wants his feet.
* [Get him to take his boots off while you type # move: detach # why: Carlos unlaces his work boots in silence while you look at the screen, examined as a pair of feet rather than asked.]
    ~ feet_done = true
    ~ shift(trust, -3)
    Boots and socks off for me, while I type this up. # speaker: clinician
    He unlaces his work boots in silence. Good pulses, normal feeling. Blood pressure 136 over 82.
* [Leave the feet for the nurse, to keep time for the plan # move: narrow-agenda # why: Carlos keeps his boots on and the minutes go to the plan; the foot check, which matters to a man whose father lost a foot, moves to another day.]
    The nurse can check your feet next time, so we have time for the plan. # speaker: clinician
    Fine by me. # speaker: carlos # mood: neutral
* [Explain what you'll check and why, and ask if that's all right # move: ask-before-touch # move: plain-language # why: Carlos knows what you are checking and why before you touch him, and agrees to it, socks and all.]
    ~ feet_done = true
    ~ shift(trust, 3)
    I'd like to check the feeling and the pulses in your feet; diabetes can affect both. Is that all right? # speaker: clinician
    { trust >= 45:
        Sure. My socks are clean, I promise. Ana warned me. # speaker: carlos # mood: warm
    - else:
        Okay. # speaker: carlos # mood: neutral
    }
    Good pulses, normal feeling. Blood pressure 136 over 82.
- -> plan

=== plan
{ event == 1 && not kidney:
    ~ kidney = true
    A result drops into the inbox while you talk: his urine test for the kidneys. The albumin-to-creatinine ratio is 9; under 3 is normal. His kidney function, the eGFR, is normal. # sfx: printer
    A first raised result needs repeating to be sure, but it is the earliest sign that diabetes is starting to touch the kidneys.
    Carlos watches you read it.
    Something new, doctor? Tell me straight. # speaker: carlos # mood: guarded
}
{ shaky:
    -> plan_safe
- else:
    -> plan_usual
}

= plan_usual
On paper, this is a man whose sugar has climbed on metformin and gliclazide. The usual next step is more medicine.
* [Take it all on for him: more gliclazide, a second tablet, weekly calls from the nurse, and Ana on the pill box # move: rescue # move: decide-for # why: Carlos watches his life being arranged on the screen and says "you know best". The plan is yours, the stronger gliclazide meets mornings you never asked about, and he goes quiet.]
    ~ plan_by = "rescue"
    ~ gliclazide_up = true
    ~ sglt2 = true
    ~ shift(autonomy, -10)
    ~ shift(safety, -8)
    Leave it all with me. I'll double the gliclazide and add a second tablet. The nurse will ring you every week, and I'll ask Ana to set up a pill box for you. # speaker: clinician
    Carlos looks at the screen, where his life is being arranged.
    Okay, doctor. You know best. # speaker: carlos # mood: withdrawn
    -> after_plan
* [Lay out the options, including what each can do to his sugar, and ask which fits his life # move: offer-choice # move: plain-language # why: Carlos hears the real roads, including what a low feels like, and is asked to choose. If he came wanting you to choose once he understood, the choice comes back to him unasked for.]
    There are a few ways to go. More gliclazide works, but it can push sugar too low, and a low feels like shaking, sweating, your heart racing, sudden hunger. # speaker: clinician
    Or a different tablet that doesn't cause lows on its own and protects the heart and kidneys. Or insulin, though I don't think you need it yet. Or three months of changes first, and we check again. What fits your life? # speaker: clinician
    {
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
    - wants == 3:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        So many roads. Ana will ask me, Papá, what does the doctor think? And I won't know. # speaker: carlos # mood: guarded
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
    }
    { kidney:
        ~ shift(trust, -2)
        And the kidney test, doctor? You didn't say. # speaker: carlos # mood: guarded
    }
    { (not dismissed || repaired) && trust >= 56:
        Carlos has gone still.
        Shaking. Sweating. The heart. # speaker: carlos # mood: guarded
        Doctor. That happens. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    { wants == 3:
        -> ana
    }
    { wants == 1 && autonomy >= 42:
        ~ plan_by = "together"
        ~ sglt2 = true
        Not the stronger pill. And not the injection, not yet. # speaker: carlos # mood: neutral
        The new tablet, and three months of walking and less Coca-Cola. If the number doesn't come down, we talk again. # speaker: carlos # mood: neutral
        You agree. It is a reasonable plan, and it is his.
        -> after_plan
    - else:
        -> defer
    }
* [Recommend the tablet you'd choose, a newer one that doesn't cause lows, with the reasons and the other options, and ask if it fits # move: recommend-clearly # move: plain-language # why: Carlos hears what you would do and why, the other roads beside it, and is asked if it fits. If he wanted to weigh them himself first, he gets your answer before his own.]
    I'd add a tablet called empagliflozin. Unlike more gliclazide, it doesn't push your sugar too low on its own, the shaky, sweaty, heart-racing kind of low. It protects the heart and the kidneys too. # speaker: clinician
    { kidney:
        And today's kidney test is exactly why I'd choose it now. # speaker: clinician
    }
    The other roads are more gliclazide, an injection, or three months of changes first. That's my recommendation. Does it fit your life? # speaker: clinician
    { kidney:
        ~ shift(trust, 3)
    }
    {
    - wants == 2:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
    - wants == 3:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        Good. What you think, and why. That I can tell Ana. # speaker: carlos # mood: neutral
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
    }
    { (not dismissed || repaired) && trust >= 58:
        Carlos has gone still.
        Shaking. Sweating. Doctor, that happens to me. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    { wants == 3:
        -> ana
    }
    ~ plan_by = "together"
    ~ sglt2 = true
    { wants == 2:
        That is what I wanted. Your opinion, straight, and why. Yes. That one. # speaker: carlos # mood: warm
    - else:
        Okay. That one, I think. But the walking and the Coca-Cola, I decide. # speaker: carlos # mood: neutral
    }
    -> after_plan
* [Ask what the plan has to protect for him first, then suggest one step and check it fits # move: elicit-values # move: cooperative-goals # why: Carlos says what the plan has to protect, his job and his mornings under the bus, and the step you suggest is built around it.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    Before I suggest anything: what does this plan have to protect, for you? Then I'll tell you what I'd suggest, and you tell me if it fits. # speaker: clinician
    My job. My mornings under the bus. I cannot be slow, or sick, at the garage. # speaker: carlos # mood: neutral
    { (not dismissed || repaired) && trust >= 58:
        He stops, as if he has heard himself.
        And the mornings, doctor. There is something about the mornings. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    { wants == 3:
        -> ana
    }
    { wants == 2 || autonomy >= 42:
        ~ plan_by = "together"
        ~ sglt2 = true
        You suggest a newer tablet that doesn't cause lows, instead of more gliclazide. He thinks about it, and adds his own part.
        The tablet, yes. And I walk to the garage. Three months, and we see. # speaker: carlos # mood: neutral
        -> after_plan
    - else:
        -> defer
    }
* [Decide the straightforward step: gliclazide up to 80 mg twice a day, recheck in three months # move: decide-for # move: withhold-options # why: Carlos is told the gliclazide doubles, with no other road mentioned, and if his mornings have been going low nobody in the room knows it yet.]
    I'm going to increase your gliclazide to 80 mg twice a day, and we'll recheck in three months. # speaker: clinician
    { (not dismissed || repaired) && trust >= 57:
        ~ shift(autonomy, -3)
        Carlos stops turning the cap.
        Wait. The pill, stronger? # speaker: carlos # mood: guarded
        There is something. Before you do this. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    ~ plan_by = "decided"
    ~ gliclazide_up = true
    ~ shift(autonomy, -6)
    ~ shift(safety, -8)
    Okay. Stronger. # speaker: carlos # mood: neutral
    -> after_plan

= plan_safe
His sugar runs too high most of the time, and sometimes, before lunch, too low. The plan has to deal with both.
* [Decide the safe plan yourself and explain it: stop the gliclazide, start a new tablet, pause anything else that lowers sugar # move: decide-for # move: plain-language # why: Carlos hears a safe plan and the reasons for it, and listens to it being made. He is looked after well, and none of it was his to choose.]
    ~ plan_by = "decided"
    ~ sglt2 = true
    ~ shift(autonomy, -6)
    { not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
    { tea_told:
        Here's what we'll do. Stop the gliclazide; that's the one most likely to cause the lows. Start a tablet that helps you pass extra sugar in your urine. Pause the tea and the capsules until we know what's in them. Recheck in three months. # speaker: clinician
    - else:
        Here's what we'll do. Stop the gliclazide; that's the one most likely to cause the lows. Start a tablet that helps you pass extra sugar in your urine. Recheck in three months. # speaker: clinician
    }
    It is a safe, sensible plan. Carlos listens to it being made.
    Okay. If you say. # speaker: carlos # mood: neutral
    -> after_plan
* [Lay out the options for the lows and the highs, and let him choose # move: offer-choice # move: plain-language # why: Carlos hears both jobs, the lows and the highs, and every road for each, and is asked to choose. If he came wanting you to choose once he understood, the choice comes back to him unasked for.]
    { tea_told:
        Two jobs. For the lows: we stop or cut the gliclazide now, and pause the tea and the karela until we know what's in them. The nopal and the canela can stay. # speaker: clinician
    - else:
        Two jobs. For the lows: we stop or cut the gliclazide now, and you eat something before you go under a bus. The nopal and the canela can stay. # speaker: clinician
    }
    For the highs: a different tablet that doesn't cause lows on its own and protects the heart and kidneys, or insulin, though I don't think you need it yet, or three months of changes and we check again. You know your days better than I do. What would fit? # speaker: clinician
    {
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
    - wants == 3:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        So many roads. Ana will ask me, Papá, what does the doctor think? And I won't know. # speaker: carlos # mood: guarded
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
    }
    { not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
    { kidney:
        ~ shift(trust, -2)
        And the kidney test, doctor? You didn't say. # speaker: carlos # mood: guarded
    }
    { wants == 3:
        -> ana
    }
    { wants == 1 && autonomy >= 42:
        ~ plan_by = "together"
        -> chooses
    - else:
        -> defer
    }
* [Recommend the plan you'd choose for the lows and the highs, with the reasons, and ask if it fits # move: recommend-clearly # move: plain-language # why: Carlos hears your recommendation and the reasons, with the other roads named, and is asked if it fits his days. If he wanted to weigh the roads himself first, he gets your answer before his own.]
    { tea_told:
        My recommendation: stop the gliclazide, pause the tea and the karela until we've seen the packet, keep the nopal and the canela, and start a tablet called empagliflozin, which doesn't cause lows on its own and protects the heart and the kidneys. # speaker: clinician
    - else:
        My recommendation: stop the gliclazide, keep the nopal and the canela, and start a tablet called empagliflozin, which doesn't cause lows on its own and protects the heart and the kidneys. # speaker: clinician
    }
    { kidney:
        Today's kidney test is one more reason for that tablet. # speaker: clinician
        ~ shift(trust, 3)
    }
    The other roads are cutting the gliclazide instead of stopping it, or insulin, which I don't think you need. Does that fit your days? # speaker: clinician
    {
    - wants == 2:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
    - wants == 3:
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        Good. What you think, and why. That I can tell Ana. # speaker: carlos # mood: neutral
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
    }
    { not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
    { wants == 3:
        -> ana
    }
    ~ plan_by = "together"
    ~ sglt2 = true
    { tea_told:
        ~ packet = true
    }
    { wants == 2:
        Yes. That is what I wanted: you explain, you say what you think, I say yes. {tea_told: The packet, I bring you.} # speaker: carlos # mood: warm
    - else:
        The pill I stop, yes. The new tablet, okay. {tea_told: But the karela I give back to Mrs Pillai myself. She will be offended.|And breakfast, I eat, even when I'm late.} # speaker: carlos # mood: neutral
    }
    -> after_plan
* [Ask what matters most in his mornings, and build the plan from his answer # move: elicit-values # move: cooperative-goals # why: Carlos says what his mornings must never be again, shaking under a bus, and the road of his father's needle, and the plan is built from his own two lines.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    The plan has to make your mornings safe. What matters most to you about them? Let's build it from there. # speaker: clinician
    That I don't shake under a bus. And that I don't become my father, with a bag of pills and a needle. # speaker: carlos # mood: guarded
    Then the gliclazide stops or comes down today, whatever else we choose: that part is for the shaking. # speaker: clinician
    { not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
    { wants == 3:
        -> ana
    }
    { wants == 2 || autonomy >= 42:
        ~ plan_by = "together"
        -> chooses
    - else:
        -> defer
    }
* [Take it all on for him: stop everything he takes himself, start insulin, the nurse to ring weekly, Ana on the pill box # move: rescue # move: decide-for # move: correct-dismiss # why: Carlos hears his remedies, his tablets and his mornings all taken over at once, including the injection he fears most, and says "you know best" with his eyes on the floor.]
    ~ plan_by = "rescue"
    ~ insulin = true
    ~ shift(autonomy, -10)
    ~ shift(work, -6)
    { not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 4)
    }
    Leave it all with me. We stop the gliclazide, {tea_told: the tea, the capsules|the canela} and the nopal, and start insulin at night. The nurse will teach you and ring you every week, and I'll ask Ana to set up a pill box. # speaker: clinician
    { father_told:
        Insulin. The road of my father. # speaker: carlos # mood: distressed
    - else:
        Insulin. # speaker: carlos # mood: distressed
    }
    And with the injection, the bus licence? # speaker: carlos # mood: distressed
    It would mean telling the DVLA and a specialist's assessment before he drove a bus again.
    Okay, doctor. You know best. # speaker: carlos # mood: withdrawn
    -> after_plan

= chooses
Carlos counts it out on his fingers, like a job sheet.
~ sglt2 = true
{ not glic_stopped:
    ~ glic_stopped = true
    ~ shift(safety, 10)
    ~ shift(work, 2)
}
{ tea_told:
    ~ packet = true
    The pill, I stop, if it is the one making me shake. The tea, I bring you the packet, and I don't drink it until you read it. # speaker: carlos # mood: neutral
    The karela I give back to Mrs Pillai. She will be offended. The nopal stays. # speaker: carlos # mood: warm
- else:
    The pill, I stop, if it is the one making me shake. Breakfast, I eat, even when I'm late. The nopal stays. # speaker: carlos # mood: neutral
}
For the high sugar, the new tablet. Not the injection, not yet. Three months, and we see. # speaker: carlos # mood: neutral
You agree. It is safe, and it is his.
-> after_plan

= defer
{ wants == 2:
    Carlos holds up a hand, smiling.
    Doctor, I heard you. I understand the roads. Now I want you to choose. I fix buses, you fix me. I mean it. # speaker: carlos # mood: warm
- else:
    You're the doctor. You choose. I fix buses, you fix me. # speaker: carlos # mood: neutral
    He says it quickly, with an eye on the door, the way a man answers a foreman he would rather not argue with.
}
* [Choose for him, tell him what you chose and why, and that he can change his mind at any time # move: respect-delegation # move: plain-language # why: Carlos hears what you chose, why, and that he can change it. If he asked you to choose once he understood, he gets what he asked for; if he said it to get out of the room, what he wants stays unsaid.]
    { shaky:
        ~ sglt2 = true
        { not glic_stopped:
            ~ glic_stopped = true
            ~ shift(safety, 10)
            ~ shift(work, 2)
        }
        Then I'd stop the gliclazide, because it's the one most likely to be taking you low under the bus, and start the new tablet, because it brings the sugar down without lows and protects your heart and kidneys. {tea_told: The tea and the karela I'd pause until we've seen the packet.} # speaker: clinician
    - else:
        ~ sglt2 = true
        Then I'd add the new tablet, because it brings the sugar down without lows and protects your heart and kidneys, and recheck in three months. # speaker: clinician
    }
    That's my choice, and why. If it doesn't suit you, or you change your mind, tell me and we'll change it. # speaker: clinician
    { wants == 2:
        ~ plan_by = "delegated"
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        Good. That is what I wanted. You explain, you choose, and the door is open. # speaker: carlos # mood: warm
    - else:
        ~ plan_by = "decided"
        ~ shift(trust, 1)
        ~ shift(autonomy, -4)
        Okay. Thank you, doctor. # speaker: carlos # mood: neutral
        Whatever he would have chosen himself, he keeps to himself.
    }
* [Name it: it can be hard to disagree with a doctor, but these are his mornings; say what you'd weigh, and let him choose # move: name-asymmetry # move: offer-choice # why: Carlos hears that his say is real. If he was deferring out of habit, he takes the decision back like a mechanic. If he had already chosen to let you decide, he is made to choose again.]
    I know it can feel hard to say no to a doctor. But these are your mornings, under your buses. I'll tell you what I'd weigh, and you choose. # speaker: clinician
    { wants == 2:
        ~ plan_by = "together"
        ~ sglt2 = true
        ~ shift(trust, -5)
        ~ shift(autonomy, -2)
        Carlos's smile goes.
        Doctor, I am not scared of you. I asked you to choose. That was my choice. # speaker: carlos # mood: guarded
        Okay, okay. The new tablet. {shaky: And no gliclazide.} Happy? # speaker: carlos # mood: guarded
        { shaky && not glic_stopped:
            ~ glic_stopped = true
            ~ shift(safety, 10)
            ~ shift(work, 2)
        }
    - else:
        ~ plan_by = "together"
        ~ shift(trust, 3)
        ~ shift(autonomy, 12)
        Carlos considers you for a moment.
        In the garage, the young ones ask me: Carlos, you decide. I tell them: you are the mechanic, you look. Okay. I look. # speaker: carlos # mood: warm
        { shaky:
            -> chooses
        }
        ~ sglt2 = true
        The new tablet, and three months of walking. Not the stronger pill. # speaker: carlos # mood: neutral
    }
* [Accept it: "Then here's what I'd do," and write the prescription # move: decide-for # why: Carlos gets a decision without the reasons or an open door, and he thanks you. What he would have weighed, and whether he meant "you choose", stays unasked.]
    ~ plan_by = "decided"
    ~ sglt2 = true
    Then here's what I'd do. # speaker: clinician
    { shaky:
        You stop the gliclazide, start a tablet that doesn't cause lows, {tea_told: pause the tea and the capsules,} and print the prescription.
        { not glic_stopped:
            ~ glic_stopped = true
            ~ shift(safety, 10)
            ~ shift(work, 2)
        }
    - else:
        You choose the new tablet and a recheck in three months, and print the prescription.
    }
    { wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, -2)
        Okay. But why that one, doctor? # speaker: carlos # mood: neutral
        You are already typing.
    - else:
        ~ shift(autonomy, -3)
        Thank you, doctor. # speaker: carlos # mood: relieved
    }
- -> after_plan

= ana
Carlos takes out his phone.
Before I say yes to anything, I want Ana. She has the head for this. Rosa says, always ask Ana. Can we call her? # speaker: carlos # mood: neutral
* [Ring Ana on speaker with him, and keep the questions and the decision his # move: consult-family # move: address-patient # why: Carlos decides the way he decides things, with his daughter on the line, and the questions and the last word stay his.]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    ~ plan_by = "together"
    ~ sglt2 = true
    You ring Ana on speaker. Carlos explains the roads to her himself, slowly, the way he explains a fault to an apprentice, and she asks two sharp questions about the new tablet and about work.
    Ana's voice, through the phone: "Papá, it's your decision. What do you want?"
    { shaky:
        -> chooses
    }
    The new tablet, and the walking. Not the stronger pill. Ana, you hear? I decide. # speaker: carlos # mood: warm
* [Agree he talks it over with Ana tonight and rings you tomorrow, and say what is safe to do until then # move: offer-choice # move: act-on-risk # why: Carlos takes the decision home to decide with Ana in his own time, and leaves knowing the one thing that cannot wait until tomorrow.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    ~ plan_by = "together"
    ~ sglt2 = true
    Talk it over with Ana tonight and ring me tomorrow morning. # speaker: clinician
    { shaky:
        Until then: no gliclazide tomorrow morning, and eat breakfast before you go under a bus. That part can't wait. # speaker: clinician
        { not glic_stopped:
            ~ glic_stopped = true
            ~ shift(safety, 10)
            ~ shift(work, 2)
        }
        { tea_told:
            ~ packet = true
        }
    - else:
        Until then, carry on as you are. # speaker: clinician
    }
    At 8:40 the next morning he rings: the new tablet, walking to the garage, and Ana wants the leaflet.
* [Ring Ana and ask her what she thinks he should do # move: address-companion # move: decide-for # why: Carlos's question goes to his daughter, who answers for him, and the plan becomes something Ana and you agreed about him.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -6)
    ~ plan_by = "decided"
    ~ sglt2 = true
    You ring Ana and put the question to her. Carlos listens to the two of you decide.
    Ana's voice, through the phone: "Whatever the doctor thinks is best. Papá, do what the doctor says."
    { shaky && not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
    Okay. Ana says. # speaker: carlos # mood: withdrawn
* [Ask him to decide now, without the call: it's his health, not Ana's # move: rush-decision # why: Carlos is told that deciding with his family is not deciding, and is hurried into an answer. He hands the choice to you instead.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    ~ plan_by = "decided"
    ~ sglt2 = true
    It's your health, not Ana's. What would you like to do? # speaker: clinician
    Carlos puts the phone back in his pocket.
    Then you choose. # speaker: carlos # mood: guarded
    { shaky && not glic_stopped:
        ~ glic_stopped = true
        ~ shift(safety, 10)
        ~ shift(work, 2)
    }
- -> after_plan

= after_plan
{ sglt2:
    -> consent
}
-> driving

=== consent
{ glic_stopped:
    The new tablet is empagliflozin, one a day, with the metformin, instead of the gliclazide. Before he takes it, he needs to know what it does, good and bad.
- else:
    The new tablet is empagliflozin, one a day, with the metformin and the gliclazide. Before he takes it, he needs to know what it does, good and bad.
}
{ wants == 2:
    Doctor, I trust you. I don't need the whole lecture. # speaker: carlos # mood: neutral
- else:
    Okay. This new one. What does it do to me? # speaker: carlos # mood: neutral
}
* [Go through what it does, its common side effects and the rare serious ones, in plain words, and ask him to say back what he'd do if he were ill # move: plain-language # move: transparent-disclosure # move: teach-back # why: Carlos hears the good and the bad of the new tablet in words he uses, and says back the sick-day rule. If he asked you not to lecture, he sits through all of it.]
    ~ consented = "full"
    ~ shift(safety, 8)
    It makes your kidneys pass extra sugar out in your urine. On its own it doesn't cause lows, it protects your heart and your kidneys, and most people lose a little weight. # speaker: clinician
    The common things: you'll pass more water, so drink more, especially in a hot garage. Thrush, a sore or itchy foreskin, and urine infections are more likely: keep clean and dry, and come in if it happens. It's easy to treat. # speaker: clinician
    Two rare but serious ones. Ketoacidosis, where acid builds up in the blood, and with this tablet it can happen even when your sugar reading looks normal. If you feel sick, vomit, get tummy pain, breathe fast or feel very drowsy, get help the same day and say you're on it. # speaker: clinician
    And very rarely a serious infection between the legs, called Fournier's gangrene. Pain, redness or swelling down there with a fever: A&E, straight away. # speaker: clinician
    The rule that prevents most of it: if you're ill and not eating or drinking properly, stop the tablet until you've been eating and drinking normally for a day or two; the same for the metformin if you're being sick. And it stops before any operation; we'll tell you when. # speaker: clinician
    So, say I've got flu and I can't eat. What do you do? # speaker: clinician
    { wants == 2:
        ~ shift(trust, -2)
        ~ shift(autonomy, 1)
        Carlos listens to the end, a little impatient.
        I stop the new pill until I eat again. And I drink water. Okay, doctor. You could have just said that part. # speaker: carlos # mood: neutral
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        I stop the new pill, and the metformin if I'm sick, until I eat again. I drink water. And if I feel sick with the tummy, I go, even if the sugar is normal. # speaker: carlos # mood: neutral
        Like a bus. You tell me the warning lights, I know when to stop. # speaker: carlos # mood: warm
    }
* [Give him the short version: the few things he must know, the warning signs and when to stop it, and the leaflet for the rest # move: plain-language # why: Carlos gets the part of consent no one can skip, the sick-day rule and the warning signs, in a minute. If he wanted to understand it all before agreeing, the rest is left in a leaflet.]
    ~ consented = "brief"
    ~ shift(safety, 6)
    {wants == 2: Three things you must know, whatever else you leave to me.|The short version: three things you must know.} If you're ill and not eating, stop it until you're eating again. If you feel sick, vomit, get tummy pain or breathe fast, get help that day, even if your sugar looks normal. And pain, redness or swelling between the legs with a fever: A&E. Thrush and more trips to the toilet are common and easy to treat. The rest is in the leaflet. # speaker: clinician
    { wants == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        Three things. Ill, stop. Tummy, go. Down there, go. Good. That I remember. # speaker: carlos # mood: warm
    - else:
        ~ shift(autonomy, -2)
        Okay. And why does it do this, the ketones? # speaker: carlos # mood: neutral
        You point at the leaflet.
    }
* [Reassure him it's a very safe tablet that doesn't cause lows, so there's nothing to worry about # move: false-reassurance # why: Carlos is told there is nothing to worry about, which is not true, and leaves without the sick-day rule or the warning signs he would need on the day he gets flu.]
    ~ consented = "reassured"
    ~ shift(trust, 1)
    ~ shift(safety, -6)
    It's a very safe tablet, and it doesn't cause lows, so there's nothing to worry about. # speaker: clinician
    Good. Nothing to worry. # speaker: carlos # mood: relieved
* [Read him the side effects off the prescribing information: genital mycotic infection, volume depletion, euglycaemic ketoacidosis, necrotising fasciitis # move: jargon # why: Carlos hears a list of frightening words, catches one of them, gangrene, and hears his father's foot in it. He knows the risks exist, not what to do about them.]
    ~ consented = "jargon"
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    The side effects include genital mycotic infection, volume depletion, euglycaemic diabetic ketoacidosis and, rarely, necrotising fasciitis of the perineum. # speaker: clinician
    Gangrene? Like my father? # speaker: carlos # mood: distressed
    He takes the prescription as if it might bite.
- -> driving

=== driving
The template's last box before the plan is printed: Driving. DVLA advice given?
{ event == 2:
    At twelve he is due to take the 36 out on the road.
- else:
    Do you drive for work, Carlos? # speaker: clinician
    After a brake job, somebody has to test the bus on the road. Me. I have the bus licence twenty years. Two, three times a week. # speaker: carlos # mood: neutral
}
{ shaky:
    He has had two lows at half past eleven, on gliclazide, and he holds a bus licence. With a bus licence and diabetes tablets, the law says he must tell the DVLA himself; on a tablet like gliclazide their rules are strict: no lows needing someone else's help in the last year, full awareness of lows, and his sugar checked at least twice a day and before he drives, on a meter that keeps the readings. Two lows he treated himself do not take the licence away. Driving a bus through the next one might.
- else:
    He is on gliclazide, which can push sugar too low, and he holds a bus licence. With a bus licence and diabetes tablets, the law says he must tell the DVLA himself; on a tablet like gliclazide their rules are strict: his sugar checked at least twice a day and before he drives, on a meter that keeps the readings. He has no meter.
}
* [Tell him what the DVLA rules mean for him and what you advise about driving a bus until it is safe, and offer a fit note for amended duties # move: act-on-risk # move: plain-language # why: Carlos hears plainly what you advise about driving a bus and why, that the law asks him to tell the DVLA himself, and how you will help him keep his job while it is sorted.]
    ~ drive = "open"
    { shaky:
        { event == 2:
            No road test at twelve. Your lows came at half past eleven, and this morning's gliclazide is still working. # speaker: clinician
            ~ shift(safety, 16)
        - else:
            No road tests for now. Your lows came at half past eleven, and it only takes one at the wheel. # speaker: clinician
            ~ shift(safety, 14)
        }
        With a bus licence, the law says you tell the DVLA your diabetes is treated with tablets. Two lows you treated yourself don't cost you the licence. What they want to see is that you feel your lows coming, which you do, and that you check, on a meter that keeps the readings. # speaker: clinician
        Until we've seen two weeks of safe readings on the new plan, no driving buses. I'll give you a fit note for two weeks: you may be fit for work, with amended duties: no driving. Sharon doesn't need to know more than that unless you want to tell her. # speaker: clinician
        ~ shift(work, -3)
        ~ shift(autonomy, -2)
        { trust >= 50:
            ~ shift(trust, 2)
            So I don't lose the licence. I lose two weeks of road tests. Okay. Better I hear it from you than from a policeman. # speaker: carlos # mood: relieved
        - else:
            ~ shift(trust, -2)
            And if Sharon says, Carlos, what use is a mechanic who doesn't drive? # speaker: carlos # mood: guarded
            Then the fit note says two weeks, and the DVLA says you can. # speaker: clinician
        }
    - else:
        { event == 2:
            Before the road test at twelve: with a bus licence and gliclazide you're meant to check your sugar before you drive, on a meter that keeps the readings, and you haven't got one. Nurse Grace will give you one on your way out. # speaker: clinician
            Check before you take the 36 out. Five or more, you drive. Under five, eat something and check again. Under four, or if you feel shaky, no driving today. And the law says you tell the DVLA about the tablets; it's a form, not a ban. # speaker: clinician
            ~ shift(safety, 12)
            ~ shift(work, -1)
            ~ shift(autonomy, -2)
            { wants == 2:
                ~ shift(trust, 2)
            }
            Five to drive. Okay. I didn't know. Nobody said, in nine years. # speaker: carlos # mood: neutral
        - else:
            Before your next road test: with a bus licence and gliclazide, the law says you tell the DVLA about the tablets, and you check your sugar at least twice a day and before you drive, on a meter that keeps the readings. Nurse Grace will give you one on your way out today. Five or more to drive. # speaker: clinician
            ~ shift(safety, 8)
            ~ shift(work, -1)
            ~ shift(autonomy, -3)
            { wants == 2:
                ~ shift(trust, 2)
                Okay. Meter, five to drive, the form. Clear. Thank you. # speaker: carlos # mood: neutral
            - else:
                ~ shift(trust, -1)
                Twenty years I drive buses, doctor. No accident. But okay. Rules. # speaker: carlos # mood: guarded
            }
        }
    }
* [Explain the DVLA rules and ask him how he wants to handle the road tests # move: plain-language # move: offer-choice # why: Carlos hears the rules and is trusted to fit them into his work himself. Whether the next bus he drives is safe depends on what he decides with a shift manager waiting.]
    ~ drive = "his"
    { wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
    }
    With a bus licence and gliclazide, the law says you tell the DVLA about the tablets, and they expect you to check your sugar at least twice a day and before you drive, on a meter that keeps the readings. How do you want to handle the road tests? # speaker: clinician
    {
    - shaky && trust >= 70:
        ~ drive = "his-safe"
        ~ shift(safety, 10)
        ~ shift(work, -2)
        No road tests until the new pill is working. I tell Sharon myself. Two weeks. Sofía needs her grandfather more than the 36 needs me. # speaker: carlos # mood: neutral
    - shaky:
        I drink a Coca-Cola before. And I go slow. Sharon needs the 36 today. # speaker: carlos # mood: neutral
        {event == 2: At twelve he will be at the wheel, in the half hour his lows have come.|The next road test, he will decide on the day.}
        -> drive_today
    - event == 2:
        ~ shift(safety, 3)
        Today I eat a sandwich before. The form, I do it next week. # speaker: carlos # mood: neutral
    - else:
        ~ shift(safety, 5)
        So I need the machine for the sugar, and the form for the DVLA. Okay. When I have time, I get the machine. Ana does forms. # speaker: carlos # mood: neutral
    }
* [Tick "DVLA advice given" and print him the DVLA's leaflet # move: comply-policy # move: detach # why: Carlos gets a leaflet and a ticked box, and the question of whether he should drive a bus with these mornings is left to the leaflet.]
    ~ drive = "ticked"
    ~ shift(trust, -2)
    ~ shift(autonomy, -1)
    ~ shift(work, 1)
    { shaky || event == 2:
        ~ shift(safety, -6)
    - else:
        ~ shift(safety, -3)
    }
    You tick the box and print the leaflet. It goes into the top pocket, with the sweet wrappers.
* [Tell him you will inform the DVLA yourself today, to be on the safe side # move: breach-confidence # move: decide-for # why: Carlos hears that his doctor will report him before he has had the chance to tell the DVLA himself, and fears for his licence and his job. What he tells you next time will be less.]
    ~ drive = "reported"
    ~ shift(trust, -10)
    ~ shift(autonomy, -6)
    ~ shift(work, -8)
    ~ shift(safety, 5)
    To be on the safe side, I'll let the DVLA know myself today. # speaker: clinician
    The DVLA? From you? Then I lose the licence, and the job. # speaker: carlos # mood: angry
    He sits very straight, and stops volunteering anything.
- -> goals

= drive_today
* [Advise him plainly not to drive a bus until his readings are safe, and why # move: act-on-risk # move: recommend-clearly # why: Carlos hears that a Coca-Cola treats a low once it has come but does not stop the next one at the wheel, and what you advise. It costs him a road test and some pride with Sharon.]
    ~ drive = "advised"
    A Coca-Cola treats a low once it has started. It doesn't stop the next one, and the next one could come at the wheel{event == 2:, at twelve, in the half hour your lows have come}. So my advice is plain: no driving buses until two weeks of readings on the new plan are safe{event == 2:, and that means not today}. I'll give you a fit note: you may be fit for work, with amended duties: no driving. # speaker: clinician
    { trust >= 50 || wants == 2:
        ~ shift(safety, 12)
        ~ shift(work, -3)
        ~ shift(trust, 1)
        Okay. Two weeks. Somebody else tests the 36, and I tell Sharon it's the doctor. # speaker: carlos # mood: neutral
    - else:
        ~ shift(safety, 10)
        ~ shift(work, -3)
        ~ shift(trust, -2)
        And if I drive anyway? You call the DVLA on me? # speaker: carlos # mood: guarded
        Not behind your back, and not first. First I try to persuade you, like now, and you can bring Ana into it if you want. Telling the DVLA myself is the last resort, if you kept driving buses when it wasn't safe, and I would tell you before I did it. The form about the tablets is yours to send. # speaker: clinician
        He looks at the fit note for a long moment.
        Okay. No road test. Sharon finds somebody. I don't like it, but okay. # speaker: carlos # mood: guarded
    }
    -> goals
* [Accept his plan: a Coca-Cola before he drives, and going slow # move: false-reassurance # why: Your okay tells Carlos that a Coca-Cola before he drives makes it safe, which it does not, and the lows that came at half past eleven go with him into the driver's seat of a bus.]
    ~ drive = "his-risk"
    ~ shift(autonomy, 2)
    ~ shift(trust, 1)
    { event == 2:
        ~ shift(safety, -8)
    - else:
        ~ shift(safety, -5)
    }
    Okay. Keep the sweets in your pocket, and the Coca-Cola. # speaker: clinician
    Always. # speaker: carlos # mood: neutral
    -> goals

=== goals
{ plan_by == "together" || plan_by == "delegated":
    The plan is settled. Now the small steps.
- else:
    The plan is made. What is left is how he will live with it.
}
* [Book him on the diabetes education course and leave goal-setting to the nurse # move: narrow-agenda # why: Carlos is sent on to a course and to Nurse Grace's list, and leaves today without a single step that is his own.]
    ~ goal_by = "handed"
    I'll book you on the diabetes education course, and the nurse will go through goals with you. # speaker: clinician
    Nurse Grace. With the list. Okay. # speaker: carlos # mood: neutral
* [Agree one or two goals he chooses and can own # move: cooperative-goals # move: elicit-values # why: Carlos picks steps that fit his days and his reasons, and owns them. If he came wanting you to suggest, he has to be asked twice.]
    ~ goal_by = "his"
    What's one or two things you'd be up for trying before the next check? Your choice. # speaker: clinician
    { wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        You tell me, doctor. What is good? # speaker: carlos # mood: neutral
        You ask again. He thinks.
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
    }
    { quince:
        For the waltz in May. I walk to the garage, not the bus. Twenty minutes. And Coca-Cola only at lunch. # speaker: carlos # mood: warm
    - else:
        I walk to the garage, not the bus. Twenty minutes. And less Coca-Cola. # speaker: carlos # mood: neutral
    }
    { shaky:
        ~ shift(safety, 3)
        And the sugar machine, before lunch and before I drive, on work days. Two weeks, in a notebook. Like homework. # speaker: carlos # mood: warm
        You arrange a meter for him. He is already deciding which pocket of his overalls it will live in.
    }
* [Suggest the two goals you think would help him most, say why, and ask if they fit # move: recommend-clearly # move: plain-language # why: Carlos gets two concrete steps and the reasons for them, and can say yes or no. If he wanted to set his own, yours arrive first.]
    ~ goal_by = "his"
    Two things I think would help most: walk to the garage instead of the bus, twenty minutes, and Coca-Cola only with lunch. Walking lowers the sugar all day, and the Coke is most of the sugar you drink. {shaky: And the meter, before lunch and before you drive, for two weeks.} Do those fit? # speaker: clinician
    { shaky:
        ~ shift(safety, 3)
    }
    { wants == 2:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        Yes. Those I can do. {quince: For the waltz.} # speaker: carlos # mood: warm
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, -1)
        Okay. Yours are good. Mine would be the same, more or less. # speaker: carlos # mood: neutral
    }
* [Set the goals for him: HbA1c under 53, 150 minutes of exercise a week, no fizzy drinks # move: decide-for # why: Carlos is given targets from a guideline, nods, and is already counting something, but not minutes.]
    ~ goal_by = "set"
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Here are your goals: sugar test under 53, 150 minutes of exercise a week, and no more fizzy drinks. # speaker: clinician
    One hundred and fifty minutes. Okay. # speaker: carlos # mood: neutral
    He nods. He is counting something, but not minutes.
- -> check

=== check
You have said a lot, in a short time.
* {wants == 3} [Print the plan for him and Ana to read through at home, as he asked # move: support-decision # why: Carlos takes home the plan on paper for the evening with Ana he asked for. What he has understood today is not checked here, and any gap goes home with it.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 1)
    You print the plan and a leaflet, for him and Ana to read through tonight.
    Good. Ana reads everything, and then she asks me, and I explain. # speaker: carlos # mood: neutral
* {wants != 3} [Print the plan for Ana to go through with him at home # move: rescue # why: Carlos's understanding is handed to his daughter to check, and he is cast as someone who needs her to read his own plan.]
    ~ shift(autonomy, -4)
    You print the plan and a leaflet, and suggest Ana goes through them with him.
    Ana will read it. Ana reads everything. # speaker: carlos # mood: neutral
* [Ask, "Does that all make sense?" # move: narrow-agenda # why: Carlos gives the answer the question invites, yes, yes, and any gap in what he understood goes back to the garage with him.]
    ~ shift(trust, -1)
    Does that all make sense? # speaker: clinician
    Yes, yes. # speaker: carlos # mood: neutral
    He nods the way his apprentice nods at a wiring diagram.
* [Ask him to tell you in his own words what he'd do if he felt shaky at work # move: teach-back # why: Carlos explains the plan back, and any gap shows itself: a low treated and straight back under the bus, or a plan he has quietly decided not to keep.]
    ~ taught = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    So I know I've explained it properly: if you felt shaky at work, what would you do? # speaker: clinician
    { not shaky && (not dismissed || repaired) && trust >= 55:
        Carlos laughs, a little embarrassed.
        What I did last month. Coca-Cola from the machine, ten minutes, back under the bus. # speaker: carlos # mood: guarded
        Last month? # speaker: clinician
        -> late
    }
    { (plan_by == "rescue" || plan_by == "decided") && trust >= 48:
        Carlos hesitates, then answers a different question.
        Honestly, doctor? I say yes to you. But I know me. {plan_by == "rescue" && insulin: The insulin, I won't do it.|{gliclazide_up: A stronger pill, and the nurse every week. I won't keep it.|The new tablets, maybe. The rest, I don't know.}} # speaker: carlos # mood: guarded
        -> balk
    }
    ~ shift(safety, 4)
    { shaky:
        Coca-Cola from the machine, ten minutes, and back under the bus. # speaker: carlos # mood: neutral
        Nearly. A small can of ordinary Coke, or four or five glucose tablets. Then come out from under the bus, sit, and check your sugar after fifteen minutes. If it's still low, the same again. Then eat something proper. # speaker: clinician
        And no driving a bus until your sugar's been back above five for at least forty-five minutes. # speaker: clinician
        A rule for me. Ana is going to love this. # speaker: carlos # mood: warm
    - else:
        Eat something. A sweet. # speaker: carlos # mood: neutral
        Nearly. Something fast: a small can of ordinary Coke, or a few glucose tablets. Come out from under the bus and sit. If it doesn't pass in fifteen minutes, the same again, then eat something proper, no driving until you're right, and tell me about it. # speaker: clinician
        Okay. Out from under the bus first. # speaker: carlos # mood: neutral
    }
- -> follow_up

= balk
It is the most honest thing he has said about the plan, and it came only because you asked.
* [Hold the plan, and reassure him it's the right one # move: decide-for # why: Carlos is told his doubt is noted and the plan stands, and says he will try, in the voice of a man who won't.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    I understand, but this is the right plan for you. Give it a go, and the nurse will help. # speaker: clinician
    Okay. I try. # speaker: carlos # mood: withdrawn
* [Thank him for saying so, and rebuild the plan with him, step by step # move: offer-choice # move: elicit-values # why: Carlos's honesty is thanked instead of corrected, and the plan is rebuilt with him into one he says he can actually do.]
    ~ plan_by = "together"
    ~ shift(trust, 5)
    ~ shift(autonomy, 8)
    Thank you for telling me. A plan you won't keep is no use to either of us. Let's build one you will. # speaker: clinician
    { gliclazide_up:
        ~ gliclazide_up = false
        ~ shift(safety, 8)
    }
    { shaky:
        { tea_told:
            You go through it again, and this time he chooses: the gliclazide stopped, the tea and karela paused until the packet is checked, the nopal kept, a new tablet, no injection yet.
            ~ packet = true
        - else:
            You go through it again, and this time he chooses: the gliclazide stopped, breakfast before the bus, the nopal kept, a new tablet, no injection yet.
        }
        { insulin:
            ~ insulin = false
            ~ shift(work, 6)
        }
    - else:
        You go through it again, and this time he chooses: a newer tablet that doesn't cause lows, no stronger gliclazide, and walking to the garage.
    }
    This one I can do. # speaker: carlos # mood: warm
- -> follow_up

= late
~ shaky = true
~ shift(safety, 6)
Twice, at the garage, about half past eleven. Shaking, sweating, the heart going. The pill, and no breakfast. # speaker: carlos # mood: guarded # disclose: shaky-spells
{ not tea_told && herbs != 3:
    ~ tea_told = true
    And both times a tea for the diabetes, from the market. And karela capsules from my neighbour. I didn't say before. # speaker: carlos # mood: guarded # disclose: market-tea
}
I didn't say because a man who shakes, they don't let him work on the brakes. Or drive the bus after. # speaker: carlos # mood: guarded
The plan on your screen was built without this. {gliclazide_up: It makes the gliclazide stronger.}
* [Revise the plan with him, now you both know # move: offer-choice # move: cooperative-goals # why: Carlos's late disclosure is welcomed, not held against him, and the plan is rebuilt with him around the lows: gliclazide cut, a meter before lunch and before he drives.]
    ~ gliclazide_up = false
    ~ glic_stopped = true
    ~ plan_by = "together"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    ~ shift(safety, 10)
    I'm really glad you told me. That changes things. Can we look at the plan again, together? # speaker: clinician
    { tea_told:
        Carlos nods, and you go through it again: the gliclazide cut, the tea and the karela paused until you know what's in them, the nopal kept, a meter for before lunch and before he drives a bus, and no road tests until two weeks of readings say it's safe.
        ~ packet = true
    - else:
        Carlos nods, and you go through it again: the gliclazide cut, breakfast before the bus, the nopal kept, a meter for before lunch and before he drives a bus, and no road tests until two weeks of readings say it's safe.
    }
    Okay. {tea_told: The packet, I bring you.|Breakfast, even when I'm late.} # speaker: carlos # mood: warm
* [Change the plan yourself: stop the gliclazide and every remedy he takes # move: decide-for # move: correct-dismiss # why: Carlos's late honesty is met with an order, and the lows are dealt with while the lesson he learns is that telling you things changes them without him.]
    ~ gliclazide_up = false
    ~ glic_stopped = true
    ~ plan_by = "decided"
    ~ tea_ordered = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(safety, 10)
    Right. Then the gliclazide stops, and so does {tea_told: anything from the market|everything from home}. And no road tests for now. I'll change the prescription. # speaker: clinician
    Okay. # speaker: carlos # mood: withdrawn
- -> follow_up

=== follow_up
It is 11:27. He has to be back under a bus at half past.
* [Promise to ring him yourself every Friday to see how he's doing # move: rescue # move: authentic-connection # why: Carlos is touched that his doctor will ring every Friday, and a little smaller in his chair: how he is doing has become your job.]
    ~ followup = "rescue"
    ~ shift(trust, 3)
    ~ shift(autonomy, -4)
    I'll ring you myself every Friday, to see how you're getting on. # speaker: clinician
    Every Friday? Doctor, you need the holiday. # speaker: carlos # mood: warm
    He is touched. He also looks a little smaller in his chair.
* [Ask how he'd like to follow up: when, how, and whether Ana should be part of it # move: offer-choice # move: cooperative-goals # why: Carlos sets when and how you next speak, and who else is in it, so the follow-up fits his shifts and his family.]
    ~ followup = "his"
    { wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
    }
    How would you like to follow this up? When, how, and do you want Ana involved? # speaker: clinician
    { wants == 2:
        You tell me, doctor. When do you want me? # speaker: carlos # mood: neutral
    - else:
        A phone call. A month, maybe? The garage is busy, with the electric buses. After six. # speaker: carlos # mood: neutral
        { shaky || sglt2:
            ~ shift(safety, -2)
            A month is a long wait after a change of tablets{shaky:, with the lows to watch}, and he has chosen it to suit the garage.
        }
    }
    {
    - wants == 3:
        And Ana on the call, yes. She asks the questions I forget. # speaker: carlos # mood: warm
    - trust >= 45:
        And Ana, no. Ana I tell myself. Otherwise she moves into my house. # speaker: carlos # mood: warm
    - else:
        No Ana. # speaker: carlos # mood: guarded
    }
* [Recommend a call in two weeks to go through his readings and the new tablet, say why, and ask what time suits # move: recommend-clearly # move: offer-choice # why: Carlos hears when you think you should next speak and why, a tablet changed and his mornings to check, and picks the time himself, after his shift.]
    ~ followup = "his"
    { wants == 2:
        ~ shift(trust, 4)
    - else:
        ~ shift(trust, 3)
    }
    ~ shift(autonomy, 1)
    { shaky:
        ~ shift(safety, 5)
    - else:
        ~ shift(safety, 2)
    }
    I'd like to speak again in two weeks, to go through {shaky: your readings and} how the new tablet is going, before anything has time to go wrong. What time suits you? # speaker: clinician
    After six. In the day I am under a bus. {wants == 3: And Ana on the call.} # speaker: carlos # mood: neutral
* [Ask reception to book the nurse in three months, as usual # move: comply-policy # why: Carlos gets the usual three-month slot, and a change of tablets and any lows wait until then.]
    ~ followup = "usual"
    ~ shift(trust, -2)
    { shaky:
        ~ shift(safety, -3)
    }
    Reception will book you with the nurse in three months, as usual. # speaker: clinician
    Okay. Three months. # speaker: carlos # mood: neutral
- -> ending

=== ending
{
- trust < 34:
    -> lectured
- plan_by == "rescue":
    -> rescued
- plan_by == "decided":
    -> looked_after
- shaky:
    -> partners
- else:
    -> hidden
}

= partners
Carlos stands, puts on his cap, and shakes your hand again, longer this time.
{ plan_by == "delegated":
    He asked you to choose once he understood the roads, and you did, with the reasons and the door left open. That was his decision too.
}
{ packet:
    On Friday he brings the packet in. The pharmacist can't tell from the label what is in it, which is an answer of sorts. You report his two lows to the Yellow Card scheme, and the packet goes back in his kitchen cupboard, unopened, by his decision.
}
{ herbs == 3:
    Some things he still keeps to himself; a tea from the Saturday market is one of them. He may tell you next time, now that he knows you don't laugh.
}
{ goal_by == "his":
    His notebook comes back in two weeks: before-lunch readings between 6 and 8, no more shaking, and twenty-minute walks ticked off in biro.
- else:
    The lows stop once the gliclazide is stopped.
}
{ drive == "open":
    Two weeks later he is back on road tests, with the meter in his top pocket and a form sent to the DVLA. Sharon never needed to know more than the fit note said.
}
{ drive == "his-safe" || drive == "advised":
    He stayed off the road tests for two weeks{drive == "his-safe":, and told Sharon himself}. The readings were safe, and the form went to the DVLA.
}
{ (drive == "his" || drive == "his-risk") && event == 2:
    He took the 36 out at twelve that first day. At twenty to one, at the lights on the Old Kent Road, his hands began to shake. He pulled into a bus stop, ate the sweets from his top pocket and sat there for twenty minutes with the engine off. Nobody was hurt. He told you so, two weeks later, and did not road-test again until the readings were safe.
}
{ consented == "full" || consented == "brief":
    In October, with flu, he stops the new tablet for two days, as you said.
}
{ quince:
    In May he dances the waltz with Sofía. You hear about it at his next review, in detail, with the video.
}
{ brakes_free:
    On Saturday he fixes your brakes and will not take a penny, or the lunch. At his next review, when you suggest something he doesn't want, he agrees a little too quickly.
}
{ (drive == "his" || drive == "his-risk") && event == 2:
    He told you what mattered because he no longer expected to be laughed at, and the plan is his. The one risk you left with him was the one that nearly went wrong, at the wheel of a bus. # ending: partners
- else:
    He told you what mattered because he no longer expected to be laughed at, and the plan is safe because it is his. # ending: partners
}
-> END

= looked_after
Thank you, doctor. That was clear. # speaker: carlos # mood: warm
He takes the prescription, puts on his cap and goes back to the garage.
{
- shaky:
    He stops the gliclazide because you told him to, and the lows stop. He takes the new tablet most days.
    { packet:
        The packet comes in on Friday, because you asked.
    - else:
        { tea_told:
            The tea stays in the cupboard. Nobody asked him what it was for.
        }
    }
- gliclazide_up:
    He takes the stronger gliclazide, as you said. {tea_told: He also keeps the market tea and the karela, on the mornings he feels strong.|{herbs != 3: He also keeps the diabetes tea from the market stall and his neighbour's bitter melon capsules, which you never heard about.}} Nobody has written down the shakes.
- else:
    He takes the new tablet, as you said, and the number comes down a little.
}
{ drive == "open":
    He stays off the road tests, as you advised, and sends the DVLA form.
}
{ drive == "his-safe":
    He stays off the road tests for two weeks, as he said, and tells Sharon himself.
}
{ drive == "advised":
    He stays off the road tests, as you advised, and sends the DVLA form.
}
{ (drive == "his" || drive == "his-risk") && event == 2:
    At twelve he takes the 36 out on the road, in the half hour his lows have come.
}
{ brakes_free:
    On Saturday he fixes your brakes and will not take a penny, or the lunch. At his next review, when you suggest something he doesn't want, he agrees a little too quickly.
}
He trusts you, and he will ask you again next time what to do. What he would have chosen himself, nobody found out. # ending: looked-after
-> END

= rescued
Okay, doctor. Whatever you think. # speaker: carlos # mood: neutral
He takes the prescription and the printout, says thank you, and goes back to the garage.
{
- shaky && insulin:
    The insulin pen stays in its box in the fridge door. He stops {tea_told: the tea|the nopal} to please you, and the nurse's Wednesday calls go to voicemail, because at eleven he is under a bus.
- shaky:
    He stops the gliclazide, as you said. The new tablets he takes on the days he remembers. The packet stays in the cupboard, and nobody finds out what was in it.
- gliclazide_up:
    He takes the stronger gliclazide, as you said. {tea_told: He also keeps the market tea and the karela, on the mornings he feels strong.|{herbs != 3: He also keeps the diabetes tea from the market stall and his neighbour's bitter melon capsules, which you never heard about.}} Nobody has written down the shakes.
- else:
    He takes the new tablets, mostly. What he does with the rest, he keeps to himself.
}
{ followup == "rescue":
    You ring on Fridays. He always says everything is fine.
}
{ brakes_free:
    On Saturday he fixes your brakes and will not take a penny, or the lunch. At his next review, when you suggest something he doesn't want, he agrees a little too quickly.
}
You carried his problem out of the room for him. He let you, and went back to work without it being his. # ending: rescued
-> END

= hidden
Carlos puts on his cap and thanks you. He means it.
{
- packet:
    On Friday he brings the packet in, and pauses the tea while you try to find out what is in it. The karela capsules he keeps; nobody asked him twice.
- tea_told:
    The tea stays in the cupboard by the kettle, and he drinks it on the mornings he feels strong.
- else:
    On Saturday he buys another packet of the tea from the market stall. You never heard about it.
}
The plan you agreed is reasonable, and much of it is his. It was built without the two mornings he shook under a bus.
{ event == 2 && drive != "open":
    At twelve he takes the 36 out on the road, in the half hour his lows have come.
}
{ followup == "his":
    When he rings you, after six, whether he mentions the shaking will depend on what he expects you to say.
}
{ brakes_free:
    On Saturday he fixes your brakes and will not take a penny, or the lunch. At his next review, when you suggest something he doesn't want, he agrees a little too quickly.
}
The lows before lunch are still his secret, and the risk is still there. # ending: hidden-remedies
-> END

= lectured
Carlos stands before you have finished typing.
Thank you, doctor. I have to go back. The buses. # speaker: carlos # mood: withdrawn
{ dismissed:
    The leaflet goes through the wash in his overalls pocket.
}
{
- tea_told:
    He keeps the market tea and the karela, on the mornings he feels strong.
- herbs != 3:
    He keeps the diabetes tea from the market stall and his neighbour's bitter melon capsules, which you never heard about.
}
{ gliclazide_up:
    He collects the stronger gliclazide too, and takes them all together.
- else:
    Apart from the new prescription, which he collects and mostly forgets, he changes nothing.
}
{ shaky:
    He had told you about the mornings he shook. After what followed, he stopped telling you things.
- else:
    Nobody has written down the mornings he shook under a bus.
}
The review letter in November goes unanswered. In December, Ana rings to ask why her father won't come back to the surgery. # ending: lectured
-> END
