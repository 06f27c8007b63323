// Carlos: a twenty-minute diabetes review with a bus mechanic whose sugar has crept up,
// who uses remedies from home, and who has had two shaky spells before lunch that he
// will only mention if he trusts that his practices will be respected.
// Facilitator guide: docs/scenarios/carlos.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Carlos's trust in the player; warm but careful after a doctor laughed at his nopal
VAR autonomy = 40    // 0..100: how far Carlos's own informed values drive what is decided

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
VAR quince = false          // the player knows about Sofia's quinceanera and the garage
VAR feet_done = false
VAR shaky = false           // the two shaky spells are known
VAR asked = ""              // how the player asked about lows: plain, jargon, skip
VAR plan_by = ""               // together, rescue, decided
VAR gliclazide_up = false   // the plan makes the gliclazide stronger
VAR goal_by = ""              // his, set, handed
VAR taught = false          // teach-back used at the end
VAR followup = ""           // his, usual, rescue
VAR connected = false       // a real moment of shared humanity

-> opening

=== opening
Tuesday, 11:05. A twenty-minute diabetes review, the last slot before lunch. # bg: consult-room # ambience: consult-room
The screen: Rodriguez, Carlos, 56. Type 2 diabetes for nine years. Metformin 1 g twice a day, gliclazide 80 mg each morning.
His sugar test, the HbA1c, was 58 a year ago. Last week it was 71. Beside it, the review template waits, with a box for every part of him.
He comes straight from the bus garage on his break, in navy overalls with a grease mark on one knee, shakes your hand firmly and sits with his cap on his knee.
Doctor. I know. The number went up. My daughter Ana said, Papá, you go, or I drag you there myself. # speaker: carlos # mood: warm
So I come. This year, you know... Rosa, my wife, is in Morelia since March. Her mother fell and broke the hip. # speaker: carlos # mood: neutral
And at the garage they bring the new electric buses, so at fifty-six they send me back to school, for batteries. And the eating... # speaker: carlos # mood: neutral
He rubs the back of his neck and glances at the screen, weighing how much to say.
* [Steer to the result: "Let's look at the number together first." # move: interrupt # move: narrow-agenda]
    ~ shift(trust, -5)
    ~ shift(autonomy, -4)
    Let's look at the number together first, and then we can talk about the rest. # speaker: clinician
    Sure. The number. # speaker: carlos # mood: neutral
    He leans back. Whatever came after "the eating" stays where it was.
* [Wait, and let him finish # move: let-finish]
    ~ hinted = true
    ~ shift(trust, 7)
    ~ shift(autonomy, 4)
    You nod, and wait.
    And the eating is not like with Rosa. I eat at the garage. Bread, Coca-Cola. I know, I know. # speaker: carlos # mood: neutral
    And I try some things, from home, for the sugar. Maybe you will laugh. # speaker: carlos # mood: guarded
* [Cut in kindly: "That's a lot at once. Are you managing your tablets?" # move: interrupt # move: authentic-connection]
    ~ shift(trust, -1)
    ~ shift(autonomy, -3)
    That's a lot at once. Are you managing to take your tablets? # speaker: clinician
    Mostly. Mostly yes. # speaker: carlos # mood: guarded
    "Mostly" is doing some work in that sentence.
- -> the_number

=== the_number
You turn the screen so he can see the graph: flat for years, then a line that climbs.
* [Ask what he makes of it, before you say anything # move: open-question # move: elicit-values]
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    What do you make of it? # speaker: clinician
    Honestly? I am not surprised. Since Rosa went, my eating is a disaster. # speaker: carlos # mood: neutral
    But also I am surprised, because I try. I do things. Every morning. # speaker: carlos # mood: guarded
    ~ hinted = true
* [Explain it in the usual shorthand: up from 58 to 71 millimoles per mole, above target, time to intensify # move: jargon]
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Your HbA1c has gone from 58 to 71 millimoles per mole. On a sulfonylurea we'd aim for about 53, so it's time to intensify therapy. # speaker: clinician
    Carlos nods in the right places.
    Seventy-one. Is bad, no? # speaker: carlos # mood: guarded
    It is the only word he will take home: bad.
* [Explain plainly what the test measures and what the rise means # move: plain-language]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    This test shows your average sugar over the last two or three months. In the old units it was seven and a half percent a year ago, and now it's eight point six. Your sugar has been running higher, most of the time. # speaker: clinician
    Higher, most of the time. Not one bad day. A bad year. # speaker: carlos # mood: neutral
    He says it with a short laugh. It is accurate.
- -> his_year

=== his_year
Carlos turns the cap round on his knee.
Rosa calls every night at nine. Did you eat, Carlos? Yes, yes. I don't tell her about the pan dulce. # speaker: carlos # mood: warm
* [Ask what he does himself to look after his sugar, including anything from home # move: ask-about-beliefs # move: open-question]
    ~ asked_home = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    What do you do yourself to look after your sugar? Anything at all, including things from home. # speaker: clinician
    Carlos looks at you for a moment, measuring.
    From home. Okay. # speaker: carlos # mood: guarded
* [Acknowledge how hard this year sounds, on his own # move: authentic-connection]
    ~ connected = true
    ~ shift(trust, 6)
    That sounds like a hard year. Your wife away, new work to learn, eating on your own. # speaker: clinician
    Carlos is quiet for a second.
    Yes. Hard. Thank you. Ana only says, Papá, the Coca-Cola. # speaker: carlos # mood: warm
* [Take it in hand: a dietitian, a cooking course and the social prescriber, all booked by you # move: rescue # move: decide-for]
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
{ asked_home || hinted || trust >= 45:
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
* [Reassure him plainly that nopal is a good food and canela tea is fine, and move on to the tablets # move: plain-language # move: narrow-agenda]
    ~ shift(trust, 3)
    Nopal is a good food. Lots of fibre, and it may even help your sugar a little after meals. Cinnamon tea is fine too. Keep both. Now, the tablets. # speaker: clinician
    Good. Something is good. # speaker: carlos # mood: relieved
    He smiles. Whatever else he might have said about remedies, he leaves for another day.
* [Ask how he makes it, where it comes from, and what it means to him # move: ask-about-beliefs # move: open-question]
    ~ shift(trust, 7)
    ~ shift(autonomy, 3)
    Tell me about it. How do you make it, and what does it do for you? # speaker: clinician
    Carlos sits back, and the cap stops turning.
    In my village, near Pátzcuaro, every grandmother has nopal by the door. You take off the spines, you cook it. For the sugar, for the stomach, for everything. # speaker: carlos # mood: warm
    In London, a jar from the Latin shop. Eight pounds. Robbery. But in the morning, it's like my mother is in the kitchen. # speaker: carlos # mood: warm
    { trust >= 50:
        ~ tea_hinted = true
        He hesitates.
        And there are other things. Newer. Maybe you don't want to know. # speaker: carlos # mood: guarded
    }
* [Print the practice leaflet on Latino diets and diabetes, and steer him off the cactus # move: correct-dismiss # move: narrow-agenda]
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
* [Tick "none" and move on to the tablets # move: detach # move: narrow-agenda]
    ~ shift(trust, -3)
    You tick the box. None.
* [Explain why you ask everyone, and ask again, with curiosity # move: ask-about-beliefs # move: plain-language]
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
* [Use the cultural guide from your training: "A lot of Mexican patients use nopal. Do you?" # move: correct-dismiss]
    ~ stereotyped = true
    ~ remedies_told = true
    ~ shift(trust, -6)
    A lot of my Mexican patients use nopal for their sugar. Do you? # speaker: clinician
    Carlos laughs once, without much in it.
    Every Mexican uncle, eh? Yes, doctor. Nopal, in the morning. # speaker: carlos # mood: guarded # disclose: remedies
    He doesn't mention anything else, and you can see he isn't going to.
- -> newer

=== newer
{ remedies_told && not dismissed && not stereotyped && (tea_hinted || trust >= 52):
    -> shows_tea
- else:
    -> no_tea
}

= shows_tea
~ tea_told = true
Carlos takes out his phone, finds a photo and turns it towards you: a green and yellow packet with a hand-written label in Spanish.
Ana took this picture. She said, show the doctor. I said no. But, okay. # speaker: carlos # mood: guarded
Té para la diabetes. From a stall at the Saturday market. The man says, very strong, all natural, one cup in the morning. # speaker: carlos # mood: neutral # disclose: market-tea
And karela capsules, the bitter melon. Mrs Pillai next door gave me. Her husband takes them for his sugar. # speaker: carlos # mood: neutral
On the tea days, sometimes I don't take the little white pill. The man said the tea is strong, so maybe the pill is too much. # speaker: carlos # mood: guarded
The label says "plantas medicinales" and not much else.
* [Explain plainly what worries you about the tea and capsules, and ask whether he'd bring the packet in # move: plain-language # move: transparent-disclosure # move: offer-choice]
    ~ packet = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    Two things worry me. Bitter melon can lower sugar, and so can gliclazide, so together they can push it too low. And some diabetes teas sold at markets or online have been tested and found to contain hidden prescription medicines. # speaker: clinician
    I'm not saying yours does. Would you bring the packet in, so we can try to find out what's in it? It's up to you. # speaker: clinician
    Carlos thinks about it.
    I bring it. But you don't throw it in the bin in front of me. # speaker: carlos # mood: warm
    Deal. # speaker: clinician
* [Tell him to stop the tea and the capsules today: some market diabetes products contain hidden drugs # move: correct-dismiss # move: decide-for]
    ~ tea_ordered = true
    ~ shift(trust, -7)
    ~ shift(autonomy, -6)
    You need to stop that tea and the capsules today. Some of these market products have been found to contain hidden diabetes drugs. # speaker: clinician
    The man is from Jalisco. He has a family. He is not a criminal. # speaker: carlos # mood: angry
    He puts the phone away, and the photo goes with it.
* [Ask what he hoped the tea would do, and how he fits it round his tablets # move: ask-about-beliefs # move: elicit-values]
    ~ father_told = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    What were you hoping the tea would do for you? # speaker: clinician
    Fewer pills. That is all. # speaker: carlos # mood: guarded
    My father, in Uruapan. First the pills, then more pills, then the injections, then they took his foot. I don't want to walk the road of my father. # speaker: carlos # mood: distressed
    So when the man says natural, strong, I think: maybe this is the other road. # speaker: carlos # mood: neutral
- -> sweet

= no_tea
{ dismissed:
    Carlos has gone quiet. He answers what he is asked, and nothing more.
- else:
    Carlos waits for the next question.
}
* [Check the tablets: "Are you taking the gliclazide every morning?" # move: narrow-agenda]
    Are you taking the gliclazide every morning? # speaker: clinician
    Mostly. Some mornings I forget. # speaker: carlos # mood: guarded
    It is true, as far as it goes.
* [Warn him off anything for diabetes sold at markets or online: some of it is dangerous # move: correct-dismiss]
    ~ shift(trust, -4)
    Please don't take anything for diabetes from markets or the internet. Some of it is dangerous. # speaker: clinician
    Carlos nods. His phone stays in his pocket.
* [Ask directly about any other teas, capsules or products from a shop or market # move: ask-about-beliefs]
    Any other teas, capsules, anything from a shop or a market? # speaker: clinician
    { trust >= 48 && not dismissed:
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
* [Tease him: "Don't let the diabetes nurse see that." # move: authentic-connection]
    ~ shift(trust, 3)
    Don't let the diabetes nurse see that. # speaker: clinician
    { trust >= 40:
        Ha. Nurse Grace has a whole list about me. # speaker: carlos # mood: warm
        You both laugh, and the moment passes.
    - else:
        Sorry. # speaker: carlos # mood: guarded
        He puts the wrapper away, as if he has been caught at something.
    }
* [Carry on through the template: smoking, alcohol, exercise # move: narrow-agenda # move: detach]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Never smoked. A beer on Sunday. Exercise... I lie under buses all day, doctor. # speaker: carlos # mood: neutral
    You tick three boxes.
* [Ask about the "now, now" feeling # move: open-question]
    ~ shift(trust, 3)
    Tell me about that feeling. The now-now hunger. # speaker: clinician
    { trust >= 50:
        ~ sweet_hint = true
        Hungry. And sometimes a bit... funny. It passes. Is nothing. # speaker: carlos # mood: guarded
        He looks at the sweet wrapper, not at you.
    - else:
        Just hungry. I'm a big man, doctor. # speaker: carlos # mood: neutral
    }
- -> values

=== values
{ dismissed && not repaired:
    Carlos glances at the clock on the wall.
}
Before there is a plan, it would help to know what the plan is for.
* [Set the targets: HbA1c under 53, blood pressure under 140 over 90, five kilos off # move: decide-for # move: narrow-agenda]
    ~ shift(trust, -2)
    ~ shift(autonomy, -6)
    Here's what we're aiming for: the sugar test under 53, blood pressure under 140 over 90, and five kilos off by next year. # speaker: clinician
    Okay. Under fifty-three. # speaker: carlos # mood: neutral
    He repeats the number the way you repeat an address you don't plan to visit.
* [Ask what matters most to him, and what he wants his health to let him do # move: elicit-values # move: open-question]
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
* [Go through the complications on the template, so he knows what is at stake # move: jargon]
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
* [Smile and bring it back: "Today's about you." # move: detach]
    ~ shift(trust, -4)
    Ha. I'm fine. Today's about you. # speaker: clinician
    Sure. Sorry, doctor. # speaker: carlos # mood: neutral
    He straightens in his chair, a patient again.
* [Answer honestly and briefly, then turn it back to him # move: authentic-connection]
    ~ connected = true
    ~ shift(trust, 7)
    Not enough. Tuesdays are long. I swim before work; it's the one thing that keeps my head straight. What keeps yours straight? # speaker: clinician
    Swimming. Good. Me, I dance. In the kitchen, when Rosa calls on the video. She makes me practise the waltz for Sofía. # speaker: carlos # mood: warm
    For a moment you are two tired people in a small room, both trying.
* [Tell him about your week: the rota, the staff shortages, your own blood pressure # move: blur-boundary]
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
    You hear yourself telling him about the rota, two colleagues off sick, and the blood pressure your own GP keeps nagging you about.
    Carlos listens kindly, the way he would listen to his apprentice.
    Doctor, you need a tea. Not my tea. A holiday. # speaker: carlos # mood: warm
    It is a warm moment. It is also three minutes of his appointment spent on you.
* {dismissed && not repaired} [Go back to the nopal first, and say sorry for brushing it off # move: apologise # move: ask-about-beliefs]
    ~ repaired = true
    ~ shift(trust, 9)
    ~ shift(autonomy, 3)
    Before that: I was too quick about the nopal earlier. I'm sorry. Would you tell me about it properly? # speaker: clinician
    Carlos studies you for a long moment.
    Okay. Dr Hughes never said sorry in six years. # speaker: carlos # mood: guarded
    He tells you: his mother's nopal by the door in Pátzcuaro, the jar from the Latin shop, the canela tea at night.
    { trust >= 40 && not tea_told:
        ~ tea_told = true
        And a tea from the market, for the diabetes. And bitter melon capsules, from my neighbour. Some tea days, I skip the little white pill. # speaker: carlos # mood: guarded # disclose: market-tea
    }
- -> the_question

=== the_question
Whatever the plan is, it will probably mean changing his tablets. Before that, you need to know whether his sugar ever goes too low.
* [Ask the template question: "Any hypos since your last review?" # move: jargon # move: narrow-agenda]
    ~ asked = "jargon"
    Any hypos since your last review? # speaker: clinician
    Hypos? # speaker: carlos # mood: guarded
    Low sugars. # speaker: clinician
* [Skip it: he'd have mentioned anything like that. Move on to the plan # move: narrow-agenda]
    ~ asked = "skip"
* [Ask plainly about lows: shaky, sweaty, heart racing, suddenly starving, muddled # move: plain-language # move: open-question]
    ~ asked = "plain"
    Has your sugar ever dropped too low, do you think? Times you've gone shaky or sweaty, heart racing, suddenly starving, a bit muddled? # speaker: clinician
- -> answer

=== answer
// The gate: his practices respected (never dismissed, or dismissed and then apologised for)
// and enough trust. Jargon raises the bar; clues he has already given lower it.
~ temp gate = 62
{ asked == "jargon":
    ~ gate = 70
}
{ sweet_hint:
    ~ gate = gate - 5
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
- trust >= 50:
    Carlos glances at the sweet wrapper on his knee.
    No. Not really. I'm fine. # speaker: carlos # mood: guarded
- else:
    No. # speaker: carlos # mood: withdrawn
}
-> feet

=== shaky_tell
~ shaky = true
Carlos turns the cap over in his hands, twice.
Twice. At the garage. About half past eleven, both times, under a bus. # speaker: carlos # mood: guarded # disclose: shaky-spells
My hands went like this. Sweating, the heart going. I thought, Carlos, this is the heart attack. I drank a Coca-Cola from the machine, and in ten minutes it passed. # speaker: carlos # mood: distressed
{ tea_told:
    Both times, a tea day. And I took the pill also, and the karela. And no breakfast, because I was late. # speaker: carlos # mood: guarded
- else:
    ~ tea_told = true
    Both times, I had a tea in the morning. A tea for the diabetes, from the market. I didn't tell you before. # speaker: carlos # mood: guarded # disclose: market-tea
    And karela capsules from my neighbour, and the pill. And no breakfast. # speaker: carlos # mood: guarded
}
I didn't say, because a man who shakes, they don't let him work on the brakes. And because I thought you would say: Carlos, stop with the tea. # speaker: carlos # mood: guarded
Sweating, shaking and a racing heart before lunch, gone after a sugary drink: low blood sugar, until proved otherwise. On gliclazide, with bitter melon, a tea nobody has tested, and no breakfast. Under a bus.
* [Act on it at once: no more tea, no more capsules, from today # move: correct-dismiss # move: decide-for]
    ~ tea_ordered = true
    ~ shift(trust, -8)
    ~ shift(autonomy, -6)
    Right. No more tea and no more capsules, from today. That's not negotiable. # speaker: clinician
    Carlos looks at the floor.
    I knew you would say it. # speaker: carlos # mood: withdrawn
* [Thank him, plainly, for telling you # move: authentic-connection # move: plain-language]
    ~ shift(trust, 6)
    Thank you for telling me. That's exactly what I needed to know, and I'm glad you did. # speaker: clinician
    I was scared you would laugh. # speaker: carlos # mood: relieved
    Nobody's laughing. Let's make your mornings safer. # speaker: clinician
* [Ask what he thinks was going on # move: ask-about-beliefs # move: open-question]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    What do you think was happening? # speaker: clinician
    I think the tea is strong. Too strong, with the pill. Like two men pushing the same bus. # speaker: carlos # mood: neutral
    That's a very good way of putting it. I think you may be right. # speaker: clinician
-
{ not feet_done:
    ~ feet_done = true
    You check his feet and his blood pressure, asking first. Good pulses, normal feeling, 136 over 82.
}
-> plan

=== feet
The template still wants his feet.
* [Get him to take his boots off while you type # move: detach]
    ~ feet_done = true
    ~ shift(trust, -3)
    Boots and socks off for me, while I type this up. # speaker: clinician
    He unlaces his work boots in silence. Good pulses, normal feeling. Blood pressure 136 over 82.
* [Leave the feet for the nurse, to keep time for the plan # move: narrow-agenda]
    The nurse can check your feet next time, so we have time for the plan. # speaker: clinician
    Fine by me. # speaker: carlos # mood: neutral
* [Explain what you'll check and why, and ask if that's all right # move: ask-before-touch # move: plain-language]
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
{ shaky:
    -> plan_safe
- else:
    -> plan_usual
}

= plan_usual
On paper, this is a man whose sugar has climbed on metformin and gliclazide. The usual next step is more medicine.
* [Take it all on for him: more gliclazide, a second tablet, weekly calls from the nurse, and Ana on the pill box # move: rescue # move: decide-for]
    ~ plan_by = "rescue"
    ~ gliclazide_up = true
    ~ shift(autonomy, -10)
    Leave it all with me. I'll double the gliclazide and add a second tablet. The nurse will ring you every week, and I'll ask Ana to set up a pill box for you. # speaker: clinician
    Carlos looks at the screen, where his life is being arranged.
    Okay, doctor. You know best. # speaker: carlos # mood: withdrawn
    -> goals
* [Lay out the options plainly, including what each can do to his sugar, and ask which fits his life # move: offer-choice # move: plain-language]
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    There are a few ways to go. More gliclazide works, but it can push sugar too low, and a low feels like shaking, sweating, your heart racing, sudden hunger. # speaker: clinician
    Or a different tablet that doesn't cause lows. Or insulin, though I don't think you need it yet. Or three months of changes first, and we check again. What fits your life? # speaker: clinician
    { (not dismissed || repaired) && trust >= 56:
        Carlos has gone still.
        Shaking. Sweating. The heart. # speaker: carlos # mood: guarded
        Doctor. That happens. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    { autonomy >= 42:
        ~ plan_by = "together"
        Not the stronger pill. And not the injection, not yet. # speaker: carlos # mood: neutral
        The new tablet, and three months of walking and less Coca-Cola. If the number doesn't come down, we talk again. # speaker: carlos # mood: neutral
        You agree. It is a reasonable plan, and it is his.
        -> goals
    - else:
        -> defer
    }
* [Ask what the plan has to protect for him first, then suggest one step and check it fits # move: elicit-values # move: cooperative-goals]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    Before I suggest anything: what does this plan have to protect, for you? Then I'll tell you what I'd suggest, and you tell me if it fits. # speaker: clinician
    My job. My mornings under the bus. I cannot be slow, or sick, at the garage. # speaker: carlos # mood: neutral
    { (not dismissed || repaired) && trust >= 58:
        He stops, as if he has heard himself.
        And the mornings, doctor. There is something about the mornings. # speaker: carlos # mood: guarded
        -> shaky_tell
    }
    { autonomy >= 42:
        ~ plan_by = "together"
        You suggest a newer tablet that doesn't cause lows, instead of more gliclazide. He thinks about it, and adds his own part.
        The tablet, yes. And I walk to the garage. Three months, and we see. # speaker: carlos # mood: neutral
        -> goals
    - else:
        -> defer
    }
* [Decide the straightforward step: gliclazide up to 80 mg twice a day, recheck in three months # move: decide-for # move: withhold-options]
    ~ plan_by = "decided"
    ~ gliclazide_up = true
    ~ shift(autonomy, -6)
    I'm going to increase your gliclazide to 80 mg twice a day, and we'll recheck in three months. # speaker: clinician
    { (not dismissed || repaired) && trust >= 57:
        Carlos stops turning the cap.
        Wait. The pill, stronger? # speaker: carlos # mood: guarded
        There is something. Before you do this. # speaker: carlos # mood: guarded
        ~ plan_by = ""
        ~ gliclazide_up = false
        -> shaky_tell
    }
    Okay. Stronger. # speaker: carlos # mood: neutral
    -> goals

= plan_safe
His sugar runs too high most of the time, and sometimes, before lunch, too low. The plan has to deal with both.
* [Decide the safe plan yourself and explain it: stop the gliclazide, a new tablet, no tea or capsules # move: decide-for # move: plain-language]
    ~ plan_by = "decided"
    ~ shift(autonomy, -6)
    Here's what we'll do. Stop the gliclazide today; that's the one most likely to cause the lows. Start a tablet that helps you pass extra sugar in your urine. No more tea or capsules. Recheck in three months. # speaker: clinician
    It is a safe, sensible plan. Carlos listens to it being made.
    Okay. If you say. # speaker: carlos # mood: neutral
* [Lay out the options for the lows and the highs, and let him choose # move: offer-choice # move: plain-language]
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    { tea_ordered:
        Two jobs. For the lows: we stop or cut the gliclazide now. The tea and the karela, I'd still pause until we know what's in them, but the nopal and the canela can stay. # speaker: clinician
    - else:
        Two jobs. For the lows: we stop or cut the gliclazide now, and pause the tea and the karela until we know what's in them. The nopal and the canela can stay. # speaker: clinician
    }
    For the highs: a different tablet that doesn't cause lows, or insulin, though I don't think you need it yet, or three months of changes and we check again. You know your days better than I do. What would fit? # speaker: clinician
    { autonomy >= 42:
        ~ plan_by = "together"
        -> chooses
    - else:
        -> defer
    }
* [Ask what matters most in his mornings, and build the plan from his answer # move: elicit-values # move: cooperative-goals]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    The plan has to make your mornings safe. What matters most to you about them? Let's build it from there. # speaker: clinician
    That I don't shake under a bus. And that I don't become my father, with a bag of pills and a needle. # speaker: carlos # mood: guarded
    { autonomy >= 42:
        ~ plan_by = "together"
        -> chooses
    - else:
        -> defer
    }
* [Take it all on for him: stop everything he takes himself, start insulin, the nurse to ring weekly, Ana on the pill box # move: rescue # move: decide-for # move: correct-dismiss]
    ~ plan_by = "rescue"
    ~ shift(autonomy, -10)
    Leave it all with me. We stop the gliclazide, the tea, the capsules and the nopal, and start insulin at night. The nurse will teach you and ring you every week, and I'll ask Ana to set up a pill box. # speaker: clinician
    { father_told:
        Insulin. The road of my father. # speaker: carlos # mood: distressed
    - else:
        Insulin. # speaker: carlos # mood: distressed
    }
    Okay, doctor. You know best. # speaker: carlos # mood: withdrawn
- -> goals

= chooses
Carlos counts it out on his fingers, like a job sheet.
The pill, I stop, if it is the one making me shake. The tea, I bring you the packet, and I don't drink it until you read it. # speaker: carlos # mood: neutral
The karela I give back to Mrs Pillai. She will be offended. The nopal stays. # speaker: carlos # mood: warm
For the high sugar, the new tablet. Not the injection, not yet. Three months, and we see. # speaker: carlos # mood: neutral
~ packet = true
You agree. It is safe, and it is his.
-> goals

= defer
You're the doctor. You choose. I fix buses, you fix me. # speaker: carlos # mood: neutral
* [Accept it: "Then here's what I'd do." # move: decide-for]
    ~ plan_by = "decided"
    ~ shift(autonomy, -3)
    Then here's what I'd do. # speaker: clinician
    { shaky:
        You stop the gliclazide, start a tablet that doesn't cause lows, and pause the tea and the capsules.
    - else:
        You choose the new tablet and a recheck in three months.
    }
    Thank you, doctor. # speaker: carlos # mood: relieved
* [Name it: it can be hard to disagree with a doctor, but these are his mornings; say what you'd weigh, and let him choose # move: name-asymmetry # move: offer-choice]
    ~ plan_by = "together"
    ~ shift(trust, 3)
    ~ shift(autonomy, 12)
    I know it can feel hard to say no to a doctor. But these are your mornings, under your buses. I'll tell you what I'd weigh, and you choose. # speaker: clinician
    Carlos considers you for a moment.
    In the garage, the young ones ask me: Carlos, you decide. I tell them: you are the mechanic, you look. Okay. I look. # speaker: carlos # mood: warm
    { shaky:
        -> chooses
    }
    The new tablet, and three months of walking. Not the stronger pill. # speaker: carlos # mood: neutral
- -> goals

=== goals
{ plan_by == "together":
    The plan is his. Now the small steps.
- else:
    The plan is made. What is left is how he will live with it.
}
* [Book him on the diabetes education course and leave goal-setting to the nurse # move: narrow-agenda]
    ~ goal_by = "handed"
    I'll book you on the diabetes education course, and the nurse will go through goals with you. # speaker: clinician
    Nurse Grace. With the list. Okay. # speaker: carlos # mood: neutral
* [Agree one or two goals he chooses and can own # move: cooperative-goals # move: elicit-values]
    ~ goal_by = "his"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    What's one or two things you'd be up for trying before the next check? Your choice. # speaker: clinician
    { quince:
        For the waltz in May. I walk to the garage, not the bus. Twenty minutes. And Coca-Cola only at lunch. # speaker: carlos # mood: warm
    - else:
        I walk to the garage, not the bus. Twenty minutes. And less Coca-Cola. # speaker: carlos # mood: neutral
    }
    { shaky:
        And the sugar machine, before lunch, on work days. Two weeks, in a notebook. Like homework. # speaker: carlos # mood: warm
        You arrange a meter for him. He is already deciding which pocket of his overalls it will live in.
    }
* [Set the goals for him: HbA1c under 53, 150 minutes of exercise a week, no fizzy drinks # move: decide-for]
    ~ goal_by = "set"
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    Here are your goals: sugar test under 53, 150 minutes of exercise a week, and no more fizzy drinks. # speaker: clinician
    One hundred and fifty minutes. Okay. # speaker: carlos # mood: neutral
    He nods. He is counting something, but not minutes.
- -> check

=== check
You have said a lot, in a short time.
* [Print the plan for Ana to go through with him at home # move: rescue]
    ~ shift(autonomy, -4)
    You print the plan and a leaflet, and suggest Ana goes through them with him.
    Ana will read it. Ana reads everything. # speaker: carlos # mood: neutral
* [Ask, "Does that all make sense?" # move: narrow-agenda]
    ~ shift(trust, -1)
    Does that all make sense? # speaker: clinician
    Yes, yes. # speaker: carlos # mood: neutral
    He nods the way his apprentice nods at a wiring diagram.
* [Ask him to tell you in his own words what he'd do if he felt shaky at work # move: teach-back]
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
        Honestly, doctor? I say yes to you. But I know me. {plan_by == "rescue" && shaky: The insulin, I won't do it.|{gliclazide_up: A stronger pill, and the nurse every week. I won't keep it.|The new tablets, maybe. The rest, I don't know.}} # speaker: carlos # mood: guarded
        -> balk
    }
    { shaky:
        Coca-Cola from the machine, ten minutes, and back under the bus. # speaker: carlos # mood: neutral
    - else:
        Eat something. A sweet. # speaker: carlos # mood: neutral
    }
    { shaky:
        Nearly. A small can of ordinary Coke, or four or five glucose tablets. Then come out from under the bus, sit, and check your sugar after fifteen minutes. If it's still low, the same again. Then eat something proper. # speaker: clinician
        And you don't drive home until you've checked and you feel right. # speaker: clinician
        A rule for me. Ana is going to love this. # speaker: carlos # mood: warm
    - else:
        Nearly. Something fast: a small can of ordinary Coke, or a few glucose tablets. Come out from under the bus and sit. If it doesn't pass in fifteen minutes, the same again, then eat something proper, and tell me about it. # speaker: clinician
        Okay. Out from under the bus first. # speaker: carlos # mood: neutral
    }
- -> follow_up

= balk
It is the most honest thing he has said about the plan, and it came only because you asked.
* [Hold the plan, and reassure him it's the right one # move: decide-for]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    I understand, but this is the right plan for you. Give it a go, and the nurse will help. # speaker: clinician
    Okay. I try. # speaker: carlos # mood: withdrawn
* [Thank him for saying so, and rebuild the plan with him, step by step # move: offer-choice # move: elicit-values]
    ~ plan_by = "together"
    ~ gliclazide_up = false
    ~ shift(trust, 5)
    ~ shift(autonomy, 8)
    Thank you for telling me. A plan you won't keep is no use to either of us. Let's build one you will. # speaker: clinician
    { shaky:
        You go through it again, and this time he chooses: the gliclazide stopped, the tea and karela paused until the packet is checked, the nopal kept, a new tablet, no injection yet.
        ~ packet = true
    - else:
        You go through it again, and this time he chooses: a newer tablet that doesn't cause lows, no stronger gliclazide, and walking to the garage.
    }
    This one I can do. # speaker: carlos # mood: warm
- -> follow_up

= late
~ shaky = true
Twice, at the garage, about half past eleven. Shaking, sweating, the heart going. Both times, a tea day, and the pill, and no breakfast. # speaker: carlos # mood: guarded # disclose: shaky-spells
{ not tea_told:
    ~ tea_told = true
    A tea for the diabetes, from the market. And karela capsules from my neighbour. I didn't say before. # speaker: carlos # mood: guarded # disclose: market-tea
}
I didn't say because a man who shakes, they don't let him work on the brakes. # speaker: carlos # mood: guarded
The plan on your screen was built without this. {gliclazide_up: It makes the gliclazide stronger.}
* [Revise the plan with him, now you both know # move: offer-choice # move: cooperative-goals]
    ~ gliclazide_up = false
    ~ plan_by = "together"
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    I'm really glad you told me. That changes things. Can we look at the plan again, together? # speaker: clinician
    Carlos nods, and you go through it again: the gliclazide cut, the tea and the karela paused until you know what's in them, the nopal kept, a meter for before lunch.
    The packet, I bring you. # speaker: carlos # mood: warm
    ~ packet = true
* [Change the plan yourself: stop the gliclazide, stop the tea and capsules # move: decide-for # move: correct-dismiss]
    ~ gliclazide_up = false
    ~ plan_by = "decided"
    ~ tea_ordered = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    Right. Then the gliclazide stops, and so do the tea and the capsules. I'll change the prescription now. # speaker: clinician
    Okay. # speaker: carlos # mood: withdrawn
- -> follow_up

=== follow_up
It is 11:27. He has to be back under a bus at half past.
* [Promise to ring him yourself every Friday to see how he's doing # move: rescue # move: authentic-connection]
    ~ followup = "rescue"
    ~ shift(trust, 3)
    ~ shift(autonomy, -4)
    I'll ring you myself every Friday, to see how you're getting on. # speaker: clinician
    Every Friday? Doctor, you need the holiday. # speaker: carlos # mood: warm
    He is touched. He also looks a little smaller in his chair.
* [Ask how he'd like to follow up: when, how, and whether Ana should be part of it # move: offer-choice # move: cooperative-goals]
    ~ followup = "his"
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    How would you like to follow this up? When, how, and do you want Ana involved? # speaker: clinician
    A phone call, two weeks, after six. In the day I am under a bus. # speaker: carlos # mood: neutral
    { trust >= 45:
        And Ana, no. Ana I tell myself. Otherwise she moves into my house. # speaker: carlos # mood: warm
    - else:
        No Ana. # speaker: carlos # mood: guarded
    }
* [Ask reception to book the nurse in three months, as usual # move: comply-policy]
    ~ followup = "usual"
    ~ shift(trust, -2)
    Reception will book you with the nurse in three months, as usual. # speaker: clinician
    Okay. Three months. # speaker: carlos # mood: neutral
- -> ending

=== ending
{
- trust < 34:
    -> lectured
- plan_by == "rescue" || plan_by == "decided":
    -> rescued
- shaky:
    -> partners
- else:
    -> hidden
}

= partners
Carlos stands, puts on his cap, and shakes your hand again, longer this time.
{ packet:
    On Friday he brings the packet in. The pharmacist can't tell from the label what is in it, which is an answer of sorts. You report his two lows to the Yellow Card scheme, and the packet goes back in his kitchen cupboard, unopened, by his decision.
}
{ goal_by == "his":
    His notebook comes back in two weeks: before-lunch readings between 6 and 8, no more shaking, and twenty-minute walks ticked off in biro.
- else:
    The lows stop once the gliclazide is cut and the tea is paused.
}
{ followup == "rescue":
    You ring every Friday for a month, until he asks, kindly, whether you have taken that holiday yet.
}
{ quince:
    In May he dances the waltz with Sofía. You hear about it at his next review, in detail, with the video.
}
He told you what mattered because he no longer expected to be laughed at, and the plan is safe because it is his. # ending: partners
-> END

= rescued
Okay, doctor. Whatever you think. # speaker: carlos # mood: neutral
He takes the prescription and the printout, says thank you, and goes back to the garage.
{
- shaky && plan_by == "rescue":
    The insulin pen stays in its box in the fridge door. He stops the tea to please you, and the nurse's Wednesday calls go to voicemail, because at eleven he is under a bus.
- shaky:
    He stops the gliclazide, as you said. The new tablets he takes on the days he remembers. The packet stays in the cupboard, and nobody finds out what was in it.
- gliclazide_up:
    He takes the stronger gliclazide, as you said. {tea_told: He also keeps the market tea and the karela, on the mornings he feels strong.|He also keeps the diabetes tea from the market stall and his neighbour's bitter melon capsules, which you never heard about.} Nobody has written down the shakes.
- else:
    He takes the new tablets, mostly. What he does with the rest, he keeps to himself.
}
{ followup == "rescue":
    You ring on Fridays. He always says everything is fine.
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
{ followup == "his":
    In two weeks he will ring you after six. Whether he mentions the shaking depends on what he expects you to say.
}
The lows before lunch are still his secret, and the risk is still there. # ending: hidden-remedies
-> END

= lectured
Carlos stands before you have finished typing.
Thank you, doctor. I have to go back. The buses. # speaker: carlos # mood: withdrawn
{ dismissed:
    The leaflet goes through the wash in his overalls pocket.
}
{ tea_told:
    He keeps the market tea and the karela, on the mornings he feels strong.
- else:
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
