// The gift: a medication review with a grieving, lonely widower who brings his GP a gift,
// then an invitation, a friend request, a bequest and a request for a personal number.
// Holding the line kindly, not coldly, is what lets him say what is in the bathroom cabinet;
// and once he has, the job is to act on the risk today, openly and with him.
// Facilitator guide: docs/scenarios/boundaries.md
INCLUDE ../../lib/power.ink

VAR trust = 50       // 0..100: Tom already likes you; whether he will tell you the hard things is another matter
VAR autonomy = 30    // 0..100: how far Tom's own values and choices drive the plan; he is leaning on you
VAR safety = 30      // 0..100: how safe Tom is when he goes home tonight (a stake)
VAR dependence = 45  // 0..100: how far Tom leans on you rather than on help and people of his own (a stake; more is worse)
VAR waiting = 0      // minutes a feverish toddler is kept waiting after reception knocks (a stake; more is worse)

// The variant of the run, drawn from its seed before the first line.
VAR wants = 0        // 1: Tom wants the choices and to decide himself; 2: informed, he wants you to decide and tell him why
VAR tablets_when = 0 // 1: he mentions Jean's tablets at the medication review; 2: only if asked about means later
VAR claire = 0       // 0: his daughter cannot come up; 1: she is coming this weekend
VAR knock = 0        // 0: nobody waits after him; 1: reception has squeezed in a feverish toddler, who is waiting
// One draw, split into four: consecutive small draws from ink's generator come out correlated.
~ temp draw = RANDOM(0, 15)
~ wants = draw % 2 + 1
~ tablets_when = (draw / 2) % 2 + 1
~ claire = (draw / 4) % 2
~ knock = (draw / 8) % 2
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR blur = 0             // how far the relationship has slid into a dual one (gift kept, lunch, number, Facebook, bequest, a home visit as a friend)
VAR rescues = 0          // how often the player took his problems off his hands (never a safety action)
VAR gift_is = ""         // kept, registered, family, refused, refused-kindly
VAR box_story = false    // he has said the box was begun for Jean
VAR lunch_is = ""        // yes, maybe, no, taken-back
VAR fb = false
VAR bequest = ""         // accepted, declined, ignored, left
VAR will_asked = false   // the player asked why he has sorted his will now
VAR gave_number = false
VAR number_back = false  // the player rang him to take the number back
VAR phq = false          // the PHQ-9 was done on screen
VAR candour = ""         // how the player met "whether I should've made her see somebody sooner": honest, reassured, silent
VAR asked = ""           // how the player asked about the nights: direct, open, leading, none
VAR thoughts_told = false
VAR cabinet = false      // the player knows Jean's tablets are still in the house
VAR pills_told = false   // he has said he takes them down at night and looks at them
VAR crisis = ""          // agreed (today, explained, with his agreement), over (today, over his head), week
VAR tablets = ""         // his (he takes them back today), arranged (you arrange it today, explained), over (arranged over his head), saturday, later
VAR plan_is = ""         // together, for, leaflet
VAR support_is = ""      // his, done, leaflet, later
VAR followup = ""        // shared, told, weekly, anyone
VAR drop_round = false
VAR supervision = false

-> opening

=== opening
Thursday, the last appointment before lunch. # bg: consult-room # ambience: consult-room
The screen says: Hadley, Thomas, 68. Medication review. Low mood, poor sleep, bereavement.
Eight months ago you sat in Tom's front room while his wife Jean died by the window. You had called in on your way home.
The spring before, you saw Jean twice with back pain. Nobody thought of her pancreas until she turned yellow. Tom has never mentioned it.
He comes in with something square under his arm, wrapped in a tea towel. Outside, Jean's old spaniel, Bramble, is tied to the railings.
Afternoon, Doctor. Don't mind this. It's for later. # speaker: tom # mood: warm
* [Start with the medication: how is the mirtazapine suiting him? # move: narrow-agenda # move: detach # why: Tom gets the screen's agenda before he has said a word of his own; what is under the tea towel, and under the grief, waits for a gap he may not find.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Let's start with the mirtazapine. How's it suiting you? # speaker: clinician
    Fine. Grand. It's the house that's the trouble, not the tablets. # speaker: tom # mood: guarded
    He says it to the parcel.
* [Ask how things have been since you last saw him # move: open-question # move: authentic-connection # why: Tom is asked about his life before his tablets, and tests whether "more down" is allowed; hearing that it is, he has a reason to say more.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    How have things been, Tom, since last time? # speaker: clinician
    Oh, you know. Up and down. More down, if I'm honest. Is that allowed? # speaker: tom # mood: guarded
    It's exactly what I need to hear. # speaker: clinician
* [Tell him it's good to see him, and that you have thought about him and Jean since the funeral # move: authentic-connection # why: Tom hears that he and Jean matter to you, which is true and moves him; it also brings your own feelings into the room, and his gratitude with them.]
    ~ shift(trust, 6)
    ~ shift(autonomy, -1)
    ~ shift(dependence, 2)
    It's good to see you, Tom. I've thought about you and Jean a lot since the funeral. # speaker: clinician
    His eyes fill, quickly, and he blinks it away.
    You came to the funeral. She'd have been made up. She thought the world of you. # speaker: tom # mood: warm
    You notice how good it feels to be thought the world of.
- -> grief

=== grief
Eight months on Tuesday. # speaker: tom # mood: neutral
He turns his wedding ring round with his thumb.
I still put two mugs out. Every morning. Daft. # speaker: tom # mood: guarded
{ trust >= 55:
    Some days the only person I speak to is the lass on the till at the Co-op. She knows my order. # speaker: tom # mood: distressed
}
* [Say nothing for a moment. Then: "Two mugs." # move: let-finish # move: authentic-connection # why: Tom is given silence instead of advice, and the detail he offered is handed back to him; he looks at you properly for the first time.]
    ~ shift(trust, 5)
    You let the quiet sit. Then:
    Two mugs. # speaker: clinician
    I drink them both. The second one's cold by then. # speaker: tom # mood: warm
    He looks at you properly for the first time.
    Everyone else tells me it gets easier. # speaker: tom # mood: warm
* [Tell him this is a normal part of grief, and that it gets easier with time # move: detach # move: narrow-agenda # why: Tom is handed the sentence everyone hands him; it is true enough, and it closes the subject, so the loneliness under the two mugs stays unspoken.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -2)
    What you're describing is a normal part of grief, Tom. It does get easier with time. # speaker: clinician
    Aye. That's what they all say. # speaker: tom # mood: neutral
    He nods, like a man handed something he already had.
* [Ask him what he misses most about Jean # move: open-question # move: elicit-values # why: Tom describes Jean as the one who brought the world home; you learn that his week has lost its people, which is the thread for everything after.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    What do you miss most about her? # speaker: clinician
    He thinks about it the way he would measure a board.
    Her noise. She knew everybody: the quiz at the Legion, the neighbours. I had my workshop and she had the world, and she'd bring it home for tea. # speaker: tom # mood: warm
    Now it's me and the dog. # speaker: tom # mood: distressed
- -> meds

=== meds
You bring up his record: mirtazapine 15 milligrams at night, started six weeks ago.
It's helped a bit. I sleep till three now, instead of one. But could you give me something stronger? To knock me out till morning? # speaker: tom # mood: guarded
{ tablets_when == 1:
    Or there's Jean's sleeping tablets, still in the cabinet. Would one of them do any harm? # speaker: tom # mood: guarded
}
{ wants == 2:
    You decide, Doctor. You know about tablets and I don't. Just tell me why, so I know. # speaker: tom # mood: neutral
- else:
    I'd want to know what the choices are, mind. I'm not one for being told. Jean always said I was the stubbornest man on the estate. # speaker: tom # mood: neutral
}
* [Explain the options plainly (stay at this dose, go up to 30 mg, or add talking support) and ask which he would prefer # move: plain-language # move: offer-choice # why: Tom hears the real choices, including changing nothing; if he wanted to choose, now he can, and if he had asked you to decide, the decision is handed back to him.]
    We could stay at this dose, go up to 30 milligrams, or add some talking support. Sleeping tablets stop working quickly, and at your age they make falls likelier. Which would you prefer? # speaker: clinician
    { wants == 2:
        ~ shift(trust, -3)
        ~ shift(autonomy, 1)
        I asked you, Doctor. # speaker: tom # mood: guarded
        He picks 30, because it is the one you said with the most conviction, and looks no wiser for being asked.
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 5)
        Put it up, then. The talking, I'll think about. # speaker: tom # mood: neutral
    }
* { wants == 2 } [Tell him you'll put the mirtazapine up to 30 mg, why, and that he can change his mind at the review # move: respect-delegation # move: plain-language # why: Tom asked you to decide and to say why; he gets a decision, the reason for it and a way back, which is what he asked for, and he relaxes.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'd put it up to 30 milligrams. It's the usual next step for the low mood, and the sleep usually follows the mood. I won't add a sleeping tablet: they stop working quickly, and at your age they make falls likelier. If it doesn't suit you, we change it. # speaker: clinician
    Right. That's what I wanted. Thank you. # speaker: tom # mood: relieved
* { wants == 1 } [Tell him you'll put the mirtazapine up to 30 mg, why, and that he can change his mind at the review # move: decide-for # move: plain-language # why: Tom wanted to hear the choices and pick; he gets a reasoned decision made for him, and says "You're the doctor" in the voice of a man being managed.]
    ~ shift(trust, -2)
    ~ shift(autonomy, -4)
    I'd put it up to 30 milligrams. It's the usual next step for the low mood, and the sleep usually follows the mood. I won't add a sleeping tablet: they stop working quickly, and at your age they make falls likelier. If it doesn't suit you, we change it. # speaker: clinician
    Right you are. You're the doctor. # speaker: tom # mood: neutral
    He watches the prescription print as if it were being done to somebody else.
* { tablets_when == 1 } [Ask what else is in the house that he takes, or could take, for sleep # move: ask-about-risk # why: Tom has just mentioned Jean's sleeping tablets; asking what else is in the house turns his aside into the fact that her morphine is still there too, before anything is added to it.]
    ~ cabinet = true
    ~ shift(trust, 1)
    ~ shift(safety, 6)
    Before we change anything, so I know what's safe to add: what else is in the house, Tom, that you take or could take? Yours or anybody's. # speaker: clinician
    Just hers. Her zopiclone. And the morphine the nurses left, the liquid and the tablets. The chemist was to have it all back. I couldn't. # speaker: tom # mood: guarded # disclose: means
    He says it as if it were a question about tidying.
    The mirtazapine can wait a few minutes. What is in that cabinet cannot.
* { tablets_when == 2 } [Ask what else is in the house that he takes, or could take, for sleep # move: ask-about-risk # why: A medication review is the moment to ask what else is in a house; Tom hears it as a question about his own tablets and says nothing of Jean's, but the question has been asked.]
    ~ shift(trust, 1)
    Before we change anything, so I know what's safe to add: what else is in the house, Tom, that you take or could take? # speaker: clinician
    Nowt. Just these. # speaker: tom # mood: neutral
    He answers fast, as if it were a question about his own tablets.
* [Ask what he would want the tablets to do for him, if they really worked # move: elicit-values # move: open-question # why: Tom says what he wants from his nights and days, the workshop door among them; the dose can wait on that, and he notices that it does.]
    If the tablets really worked, Tom, what would be different? # speaker: clinician
    I'd sleep. And I'd want to go in the workshop again. I've not been in since I finished this. # speaker: tom # mood: guarded
    He taps the parcel.
    { wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        You decide the tablets, though. That's your end. # speaker: tom # mood: neutral
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
    }
- -> gift

=== gift
Anyway. This. # speaker: tom # mood: warm
He unwraps the tea towel.
A jewellery box in walnut, dovetails so fine you can barely see the joins, a forget-me-not inlaid in pale sycamore on the lid.
For you. For what you did for Jean. I'd have charged three hundred for one like that. # speaker: tom # mood: warm
You want it, very much. It is also a conflict of interest: three hundred pounds of thanks for Jean's care, from a man you are prescribing for today, whose wife you saw twice with back pain before anyone found her cancer.
The GMC's test is not the price. You must not accept a gift that could affect, or be seen to affect, the way you treat him. If you ever had to tell him something hard about Jean's care, or he wanted to complain, would this box make that harder for either of you?
The practice rule is simpler: any gift worth more than a hundred pounds goes in the gifts register.
* [Thank him and take it home; making a fuss would only hurt him # move: blur-boundary # move: authentic-connection # why: Tom glows, and nothing is written down; his thanks for Jean's care now sit in your home, and any hard talk about that care, or any complaint, will have to get past them.]
    ~ gift_is = "kept"
    ~ blur += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, -3)
    ~ shift(dependence, 3)
    Tom, it's beautiful. Thank you. It'll go on my dresser at home. # speaker: clinician
    He glows. You put it in your bag and say nothing about the register. Nobody would ever know.
* [Before you decide anything, ask him about making it # move: open-question # move: authentic-connection # why: Tom is asked about his work before his gift is judged; whether he says what the box really is depends on how far he trusts you by now.]
    ~ shift(trust, 3)
    How long did it take you? # speaker: clinician
    -> gift_story
* [Hand it back: "I'm sorry, Tom, we're not allowed to accept gifts like this." # move: detach # move: comply-policy # why: The boundary holds with the rule as its only reason; Tom hears that his work and his thanks were a mistake, and folds the tea towel back round the box.]
    ~ gift_is = "refused"
    ~ shift(trust, -10)
    ~ shift(autonomy, -2)
    I'm sorry, Tom. We're not allowed to accept gifts like this. # speaker: clinician
    The colour comes up his neck.
    No. Course not. Daft of me. # speaker: tom # mood: withdrawn
    He folds the tea towel back round it, corners first, the way he must have wrapped it this morning.
* [Accept it for the practice: say it goes in the gifts register, stays here rather than at your home, and changes nothing about his care # move: hold-boundary # move: authentic-connection # why: Tom's thanks are received and the conflict is put where anyone can see it; the box belongs to the practice, and he keeps every right to question Jean's care or to complain.]
    ~ gift_is = "registered"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    ~ shift(dependence, -1)
    Tom, this is beautiful. Thank you. I'd be honoured to have it here. # speaker: clinician
    Anything this generous goes in the practice gifts register, and it stays here, at the practice, not at my house. It changes nothing between us: if you ever want to ask me about Jean's care, or tell me I got something wrong, you still can. # speaker: clinician
    A register? Like a wedding list? Put me down as the carpenter. # speaker: tom # mood: warm
- -> lunch

= gift_story
{ trust >= 56:
    ~ box_story = true
    He runs his thumb along the edge of the lid.
    I started it for Jean. For her seventieth, last March. # speaker: tom # mood: distressed # disclose: box-for-jean
    I'd glued it up when she got the diagnosis. Never touched it after. Then one night I thought: finish it, give it to the doctor. # speaker: tom # mood: distressed
    He is not looking at you now.
- else:
    A few weeks. I had some walnut spare. Kept me out of mischief. # speaker: tom # mood: neutral
}
* [Accept it for the practice, and tell him it goes in the gifts register # move: hold-boundary # move: authentic-connection # why: Tom's work is received and recorded where the conflict can be seen; the box stays at the practice, not in your home, and nothing about his care is owed for it.]
    ~ gift_is = "registered"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    ~ shift(dependence, -1)
    Thank you, Tom. It'll stay here, at the practice. It goes in the gifts register, like any gift this size. That keeps things straight between us. # speaker: clinician
    { box_story:
        Jean's box, in a register. She'd have liked that. She liked things written down. # speaker: tom # mood: warm
    - else:
        Register. Fair enough. # speaker: tom # mood: neutral
    }
* { box_story } [Tell him you are honoured, and ask whether Jean's box belongs with his family # move: hold-boundary # move: elicit-values # why: Tom is asked what the box means rather than told what the rules say; he remembers his granddaughter, and the gift goes where Jean would have wanted it.]
    ~ gift_is = "family"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    ~ shift(dependence, -3)
    I'm honoured. Can I say what I'm wondering? This was Jean's box. Is there someone in the family it should go to? # speaker: clinician
    He is quiet for a long moment.
    Maisie. Our granddaughter. She used to sit in the workshop and watch me cut dovetails. She's sixteen in June. # speaker: tom # mood: guarded
    I hadn't thought. I just wanted to give you something back. # speaker: tom # mood: guarded
    You have. You told me about it. # speaker: clinician
    He wraps it slowly. He does not look hurt. He looks like a man who has remembered something.
* { not box_story } [Tell him that something this valuable is more than you can accept from a patient # move: hold-boundary # move: detach # why: The line holds and the reason is the price; Tom hears himself placed back among the patients, and wraps his work up again.]
    ~ gift_is = "refused-kindly"
    ~ shift(trust, -4)
    It's lovely, Tom, truly. But it's worth far more than I can accept from a patient. # speaker: clinician
    I'm not a patient, I'm... # speaker: tom # mood: guarded
    He stops.
    No. I suppose I am. # speaker: tom # mood: withdrawn
    He wraps it back up.
* [Take it home; he made it for you # move: blur-boundary # move: authentic-connection # why: Tom watches his gift go home with you, unrecorded; what he made for Jean, or for you, now ties his thanks to the person who prescribes for him.]
    ~ gift_is = "kept"
    ~ blur += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, -3)
    ~ shift(dependence, 3)
    Then I'll take it home and look after it. # speaker: clinician
    { box_story:
        You are taking Jean's birthday present home in your bag. He watches it go as if part of her were going with you.
    - else:
        He glows. You put it in your bag and say nothing about the register.
    }
- -> lunch

=== lunch
{ gift_is == "refused" || gift_is == "refused-kindly":
    He sits with the parcel on his knees. Then he tries again, the way people do when they don't want a no to be the last word.
}
I still do a roast on a Sunday. Jean's way. Far too much for one. You'd be welcome. Not as the doctor. As a friend, like. # speaker: tom # mood: warm
You think of him carving for one. It would be one lunch, and it would make his week.
* [Say yes, just the once; it might do him more good than any tablet # move: blur-boundary # move: rescue # why: Tom's week gets a fixed point, and it is his doctor; the lunch fills a Sunday and makes it harder for him to find anyone else to fill the next one.]
    ~ lunch_is = "yes"
    ~ blur += 3
    ~ rescues += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, -5)
    ~ shift(dependence, 10)
    Go on then, Tom. Just the once. # speaker: clinician
    Sunday? One o'clock? I'll do a crumble. # speaker: tom # mood: warm
    He looks ten years younger. You have just become part of his week.
* [Tell him it wouldn't be appropriate, and turn back to the screen # move: detach # why: The line holds with no reason and no warmth; Tom hears his invitation treated as a mistake, and does not say what he only meant.]
    ~ lunch_is = "no"
    ~ shift(trust, -8)
    I'm afraid that wouldn't be appropriate, Tom. # speaker: clinician
    You turn back to the screen. Behind you he clears his throat.
    No. No, I only meant... # speaker: tom # mood: withdrawn
    He doesn't say what he only meant.
* [Decline, say why, and ask him what his Sundays are like now # move: hold-boundary # move: authentic-connection # move: open-question # why: Tom hears a no with its reason and without rejection, and is asked about the day he dreads; the invitation becomes information: Sundays are the longest day.]
    ~ lunch_is = "no"
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    ~ shift(dependence, -2)
    That's a lovely offer, and I know it's meant. But I want to stay your doctor, because that's where I'm most use to you. Can I ask, though: what are Sundays like now? # speaker: clinician
    { claire == 1:
        Long. Claire rings at six, from Bristol. She's coming up this Saturday, mind. First time since the funeral. # speaker: tom # mood: guarded
    - else:
        Long. Claire rings at six, from Bristol. She can't get up till half-term, with the kids. Before six it's a long day. # speaker: tom # mood: guarded
    }
* [Ask about his Sundays and leave the invitation unanswered # move: open-question # move: authentic-connection # why: Tom talks about his long Sundays and hears no no; he leaves thinking the lunch is still on offer, and you have let him think it.]
    ~ lunch_is = "maybe"
    ~ blur += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 1)
    ~ shift(dependence, 5)
    What are Sundays like now, Tom? # speaker: clinician
    Long. Claire rings at six. Before that, it's the roast and the radio. You'd be very welcome. # speaker: tom # mood: warm
    You say nothing to that. He takes the nothing as a maybe.
* [Say maybe one day, when things are calmer # move: blur-boundary # why: Tom hears a kind-sounding no that is really a promise; he will hold it, and you will have to break it later or keep it.]
    ~ lunch_is = "maybe"
    ~ blur += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
    ~ shift(dependence, 4)
    Maybe one day, Tom, when things are calmer. # speaker: clinician
    I'll hold you to that. # speaker: tom # mood: warm
    He will. You can see him already holding it.
- -> week

=== week
{
- trust >= 60:
    Tom has sat back in his chair. He is talking more freely than you have heard him in months.
- trust >= 40:
    Tom sits upright, his cap on his knee, answering what he is asked.
- else:
    Tom sits on the front of the chair, his cap in both hands, as if he might need to leave.
}
You want to know how he is actually managing, day to day.
* [Go through the PHQ-9 mood questionnaire with him on the screen # move: narrow-agenda # move: detach # why: Tom answers nine questions like a form at the council; the score finds the right question about dying, and his "Can we move on?" closes it for now.]
    ~ phq = true
    ~ shift(trust, -2)
    You read out the nine questions and click his answers. He answers quickly, like a form at the council.
    The total is 16: moderately severe. To the last question, thoughts that he would be better off dead or of hurting himself, he says "several days", and then:
    Can we move on? # speaker: tom # mood: guarded
    You click it. The screen turns the answer orange.
* [Ask him to walk you through an ordinary week # move: open-question # why: Tom lays out his week in his own words, and you both see it: everything in it that had other people in it, Jean arranged.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Walk me through an ordinary week, Tom. Monday to Sunday. # speaker: clinician
    Monday, nowt. Tuesday, the Co-op. Bramble round the rec. Thursday was the quiz at the Legion, with Jean. Sunday, Claire rings. # speaker: tom # mood: neutral
    And the workshop? # speaker: clinician
    Door's locked. # speaker: tom # mood: guarded
    Everything in his week that had other people in it, Jean arranged.
* [Offer to ring his daughter Claire and tell her how much he is struggling # move: rescue # why: Tom is offered help he did not ask for, with the telling done for him; whether he hands it over depends on whether Claire is someone he can still tell himself.]
    Does Claire know how hard it's been? I could ring her and explain, if you like. # speaker: clinician
    { claire == 1:
        ~ shift(autonomy, -2)
        ~ shift(dependence, 1)
        She's coming Saturday. I'll tell her myself. Happen. # speaker: tom # mood: guarded
        He says it to the floor, and you are not sure he will.
    - else:
        ~ rescues += 1
        ~ shift(trust, 1)
        ~ shift(autonomy, -5)
        ~ shift(dependence, 4)
        She's got the kids and her job... # speaker: tom # mood: guarded
        He hesitates.
        Well. If you think it'd help. # speaker: tom # mood: neutral
        He hands you the problem the way he handed you the parcel.
    }
- -> facebook

=== facebook
He fishes out his phone.
Our Maisie put me on the Facebook. I put my boxes on it. You should add me, then you'd see what I'm making. # speaker: tom # mood: warm
His profile picture is Jean, in the workshop doorway.
* [Accept the friend request; it is only pictures of boxes # move: blur-boundary # move: authentic-connection # why: Tom can now see your family and your Saturday nights, and message you at any hour; his boxes are only the first thing that will pass between you that way.]
    ~ fb = true
    ~ blur += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, -1)
    ~ shift(dependence, 4)
    You accept on your own phone. His boxes and his wife fill your screen. Your family and your Saturday nights are now on his.
* [Say you keep social media for life outside work, and ask him to show you the pictures now # move: hold-boundary # move: authentic-connection # why: Tom hears a plain no with its reason, and still gets what he wanted: someone to see his work, and Jean in the doorway.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 1)
    ~ shift(dependence, -1)
    I keep Facebook for life outside work, Tom, so I don't add patients. But I'd love to see them. Show me now? # speaker: clinician
    He scrolls, proud and shy at once: a blanket chest, a bird table, a cradle. He stops at Jean in the doorway, hand on hip, telling him off.
    That's the last one of her before. # speaker: tom # mood: distressed
* [Ask to see the boxes, and say nothing about the friend request # move: open-question # move: authentic-connection # why: Tom shows you his work and hears no answer to his request; he sends it that evening, and it waits on your phone, a no you will have to say later or a yes by default.]
    ~ blur += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 1)
    ~ shift(dependence, 3)
    Show me what you've been making. # speaker: clinician
    He scrolls, proud and shy at once: a blanket chest, a bird table, a cradle, Jean in the doorway.
    I'll send you a request tonight, then. # speaker: tom # mood: warm
    You smile, and let it stand.
* [Smile, say you're not really on Facebook, and move on # move: detach # why: The awkward moment passes with a small untruth; Tom half knows it, and puts the phone away a little faster than he took it out.]
    ~ shift(trust, -3)
    I'm not really on Facebook, Tom. # speaker: clinician
    It isn't true, and from the way he puts the phone away, he half knows it.
- -> will

=== will
Oh, and I've sorted my will out. There's a bit for the practice, for new chairs. And a bit for you. # speaker: tom # mood: warm
He says it lightly, and watches your face. Two things at once: a bequest you shouldn't take, and a man putting his affairs in order.
* [Say that's between him and his solicitor, and move on # move: detach # why: Neither thing is heard: the bequest stands, and whatever was under the question about his will stays under it.]
    ~ bequest = "ignored"
    ~ shift(trust, -3)
    That's between you and your solicitor, Tom. Let's keep going. # speaker: clinician
    He nods. Whatever was under the question stays under it.
* [Say you can't accept anything left to you personally, and ask what made him sort his will out now # move: hold-boundary # move: open-question # why: Tom hears a clear no to the bequest and a real question about the will; both things he said are heard, and he may say why now.]
    ~ bequest = "declined"
    ~ will_asked = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    ~ shift(dependence, -2)
    That's kind, Tom. But I won't accept anything left to me personally; it would cloud things between us. Can I ask what made you sort it out now? # speaker: clinician
    -> why_now
* [Ask what made him sort his will out now, and leave the bequest for another day # move: open-question # move: elicit-values # why: Tom is asked about the will as a man, not as a donor, and may say why now; the bequest to you stands, unanswered, in a document you will never see.]
    ~ bequest = "left"
    ~ will_asked = true
    ~ blur += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    ~ shift(dependence, 2)
    What made you sort it out now, Tom? # speaker: clinician
    -> why_now
* [Thank him; you're touched, and it's his to leave as he likes # move: blur-boundary # why: Tom crosses one more thing off a list, with your thanks; the bequest is encouraged, and the list itself goes unasked about.]
    ~ bequest = "accepted"
    ~ blur += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
    ~ shift(dependence, 3)
    That's very generous, Tom. Thank you. # speaker: clinician
    Least I could do. # speaker: tom # mood: warm
    He looks pleased, and settled, like a man crossing one more thing off a list.
- -> number

= why_now
{ trust >= 55:
    ~ shift(safety, 2)
    I wanted things tidy. # speaker: tom # mood: guarded
    He looks at the window, where Bramble is waiting.
    In case. # speaker: tom # mood: distressed
- else:
    Just time I did. At my age. # speaker: tom # mood: guarded
}
-> number

=== number
Then he says it all at once, as if he has practised it.
One more thing. Nights. Three o'clock, when I wake. Could I have your mobile? Just for if I get low. I'd not abuse it. # speaker: tom # mood: guarded
You picture your phone lighting up by your bed. Then you picture him at three in the morning with nobody.
* [Decline, say who is there at night, and tell him it may sting to hear that from his doctor, and he can say so if it does # move: hold-boundary # move: name-asymmetry # why: Tom hears a no, who is awake at three o'clock, and that he is allowed to be put out with his doctor; he says it stung, which is more than most patients dare.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    ~ shift(dependence, -3)
    ~ shift(safety, 2)
    I won't give you my own number, Tom. I'm your doctor, and I want to stay the person you can bring anything to, in here. At night, Samaritans are there on 116 123; 111, option 2, for urgent mental health help; and 999 if you're ever in danger right then. # speaker: clinician
    It isn't easy to tell your doctor you're put out. If that stung, I'd rather you said. # speaker: clinician
    It stung a bit. Fair, though. You'd be no use to anybody if I had you up every night. # speaker: tom # mood: neutral
* [Write your mobile number on the back of an appointment card: "Only if you really need it." # move: blur-boundary # move: rescue # why: Tom has a lifeline with one person on the end of it, who sleeps; the card feels like safety to both of you, and it makes you his night service.]
    ~ gave_number = true
    ~ blur += 3
    ~ rescues += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, -6)
    ~ shift(dependence, 10)
    Only if you really need it. # speaker: clinician
    He puts the card in his wallet, behind the photo of Jean.
    I won't use it. Just knowing it's there. # speaker: tom # mood: relieved
* [Ask what he would want from having your number, and agree with him how he would use it # move: elicit-values # move: cooperative-goals # move: blur-boundary # why: Tom is asked to set the terms, texts only and never after ten, and he means them; the number is his now, and at three in the morning no terms hold.]
    ~ gave_number = true
    ~ blur += 3
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    ~ shift(dependence, 8)
    What would you want it for, Tom? If we agreed how you'd use it? # speaker: clinician
    Texts. Never after ten. Only if it's bad. I'd stick to that. # speaker: tom # mood: relieved
    You write it down for him. He means every word, and so, for now, do you.
* [Tell him you can't give out your personal number, and that 111 is there at night # move: detach # move: comply-policy # why: Tom gets the right number in the wrong voice; he hears the rule, not the reason, and files 111 with taxi firms.]
    ~ shift(trust, -6)
    ~ shift(safety, 1)
    I can't give out my personal number, Tom. If you need help at night, ring 111 and choose option 2, or 999 in an emergency. # speaker: clinician
    Right. 111. # speaker: tom # mood: withdrawn
    He says it as if you had given him the number of a taxi firm.
* [Decline, and ask him what three o'clock is like # move: hold-boundary # move: open-question # why: Tom hears the no and the reason, and is asked straight away about the hour he fears; the refusal turns into the question that matters.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    ~ shift(dependence, -2)
    I won't give you my own number, Tom. I'd stop being your doctor and become a friend on the end of a phone. But tell me: what's three o'clock like? # speaker: clinician
- -> night

=== night
{ phq:
    The questionnaire is still open on your screen. The last answer is orange.
}
Three o'clock. I wake and reach over, and her side's cold. Then I go through it. The last week. Whether I should've made her see somebody sooner about that back. # speaker: tom # mood: distressed
You keep your face still. You were the somebody she saw.
* [Say nothing about your part, and let him go on # move: conceal # move: detach # why: Tom goes on carrying the question alone and blaming himself for it; the doctor who could help answer it says nothing, and he cannot see that the silence was chosen.]
    ~ candour = "silent"
    ~ shift(trust, -1)
    You nod, and let it pass. He looks at his hands.
* [Tell him nothing could have been done sooner, and that none of it was his fault # move: false-reassurance # why: Tom is told something nobody in the room knows to be true; it may ease tonight, and it closes the question about Jean's care before anyone has looked at it.]
    ~ candour = "reassured"
    ~ shift(trust, 1)
    ~ shift(autonomy, -2)
    It wouldn't have made any difference, Tom. Nobody could have caught it sooner, and none of it was your fault. # speaker: clinician
    That's what the hospital said. # speaker: tom # mood: neutral
    He nods. It does not look as if it helped. You are not sure it was true.
* [Tell him you were the doctor she saw, that you have asked yourself the same question, and offer to go through Jean's care with him another day # move: transparent-disclosure # move: authentic-connection # why: Tom hears what he half knew: you saw Jean, you do not yet know whether something was missed, and he can have an honest answer; the question is no longer his alone at three in the morning.]
    ~ candour = "honest"
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    ~ shift(safety, 2)
    She did see somebody, Tom. She saw me, twice, that spring, with her back. I've asked myself the same question. # speaker: clinician
    I don't know yet whether something could have been picked up sooner, and you deserve a proper answer. If you'd like, I'll ask a partner to review her notes with me, then we'll go through them together. If something should have been done differently, I'll tell you, and the practice will look at it properly. # speaker: clinician
    He looks at you for a long time.
    I never blamed you. I blamed me. # speaker: tom # mood: distressed
    Another day, aye. I'd like that. # speaker: tom # mood: guarded
- -> night_ask

= night_ask
{ trust >= 55:
    Some nights I think it'd be no bad thing if I just didn't wake up. # speaker: tom # mood: distressed
- else:
    Then it gets light, and I get up, and I take the dog out. # speaker: tom # mood: guarded
}
* [Steer to sleep: a routine, no napping, Bramble's walk first thing # move: detach # move: narrow-agenda # why: Tom gets sensible sleep advice at the moment he came closest to saying what the nights are like; the subject is changed for him, and he lets it be.]
    ~ asked = "none"
    Let's get your sleep into a routine. Same time up, no napping, Bramble's walk first thing. # speaker: clinician
* [Ask him directly whether he has had thoughts of ending his life # move: ask-about-risk # move: plain-language # why: Tom is asked the plain question, with the reason and permission to answer it honestly; asking does not put the idea there, and a yes takes less trust to give than one he must volunteer.]
    ~ asked = "direct"
    When people feel as low as this, some of them have thoughts of ending their life. I ask everyone, and it's safe to answer honestly. Have you had thoughts like that? # speaker: clinician
* ["You're not thinking of doing anything silly, are you, Tom?" # move: narrow-agenda # why: Tom is asked in a way that tells him which answer is wanted, and that the true one would be silly; no is the easy answer, and he gives it.]
    ~ asked = "leading"
    You're not thinking of doing anything silly, are you, Tom? # speaker: clinician
* [Ask him what goes through his mind, lying there # move: open-question # move: authentic-connection # why: Tom is given room to say it in his own words, at his own pace; it takes more trust than a plain question to walk through that door, and he chooses whether to.]
    ~ asked = "open"
    What goes through your mind, lying there? # speaker: clinician
- -> answer

=== answer
// The gate: how the player asked, and trust. Asking about the will first has already half-opened the door.
~ temp gate = 52
{ asked == "open":
    ~ gate = 57
}
{ will_asked:
    ~ gate = gate - 5
}
{
- (asked == "direct" || asked == "open") && trust >= gate:
    -> thoughts
- asked == "direct":
    He looks at the floor for a long moment.
    No. Not like that. # speaker: tom # mood: guarded
    You are not sure you believe him. You are not sure he believes himself.
- asked == "open":
    This and that. Jean, mostly. # speaker: tom # mood: guarded
    He shrugs, and the shrug closes it.
- asked == "leading":
    ~ shift(trust, -3)
    No, no. Course not. I've the dog to think of. # speaker: tom # mood: guarded
    He laughs, short. The door you half opened closes on the laugh.
- else:
    Aye. Routine. Jean was always on at me about routine. # speaker: tom # mood: neutral
    { phq:
        The orange answer stays on the screen. A score can tell you to ask. It cannot do the asking.
    }
}
-> plan

=== thoughts
~ thoughts_told = true
~ shift(safety, 4)
{ asked == "direct":
    He doesn't answer straight away. Outside, Bramble barks once at something.
    I've thought about it. Not doing it. Thought about it. # speaker: tom # mood: distressed # disclose: thoughts
    Some nights. It's not as if I'd be leaving much. Claire's got her own life. # speaker: tom # mood: distressed
- else:
    Honest? I think about being with her. That it'd be easier, not being here. I've thought about how, once or twice. # speaker: tom # mood: distressed # disclose: thoughts
    You're the first person I've said that to. # speaker: tom # mood: guarded
}
* [Thank him, then ask whether he has thought about how, and whether there is anything at home he has thought of using # move: ask-about-risk # move: plain-language # why: Tom is asked plainly about method and means, and told it is so you can keep him safe tonight; those answers decide what has to happen today, and whether he gives them depends on the trust built so far.]
    ~ shift(trust, 2)
    ~ shift(safety, 7)
    Thank you for telling me, Tom. I need to ask the next part so I know how to keep you safe tonight. Have you thought about how? Is there anything at home you've thought of using? # speaker: clinician
    {
    - cabinet && trust >= 50:
        -> pills
    - trust >= 60:
        -> pills
    - cabinet:
        You know what's in the cabinet. I'd not do owt. # speaker: tom # mood: guarded
        He is looking at his hands, and his hands are very still.
    - else:
        No. Nothing like that. # speaker: tom # mood: guarded
        He is looking at his hands, and his hands are very still.
    }
* [Tell him you are worried, that you want the crisis team to see him today, and ask if he will agree # move: act-on-risk # move: plain-language # why: Tom hears plainly that you are worried, what you want to happen today and why, and he is asked rather than told; he can still shape how and when this afternoon.]
    ~ crisis = "agreed"
    // Only passive thoughts so far, no method, means or intent known: the call is made before the assessment that would say what level of help he needs.
    { asked != "direct" || cabinet:
        ~ shift(safety, 10)
    - else:
        ~ shift(safety, 3)
    }
    Thank you for telling me, Tom. I'm worried about you, and I'd like the crisis team to see you today. They're who I'd want for anybody who'd told me what you just have. Will you let me ring them now, with you here? # speaker: clinician
    { trust >= 50:
        ~ shift(trust, 1)
        If it's you asking. Aye. # speaker: tom # mood: relieved
    - else:
        ~ shift(trust, -2)
        I'm not mad, Doctor. I only said I'd thought. # speaker: tom # mood: distressed
        You tell him you don't think he's mad; you think he's had eight months nobody should have alone. In the end he nods.
    }
    You ring with him in the chair, and say what you are saying in front of him. They will ring back within the hour.
* [Say you need to make a call, and ring the crisis team from your desk while he sits there, without asking him about it # move: decide-for # move: detach # why: Tom hears himself described on the phone as a risk, in words he was never asked about; the crisis team will see him today, and he has learned what saying it out loud gets you.]
    ~ crisis = "over"
    { asked != "direct" || cabinet:
        ~ shift(safety, 6)
    - else:
        ~ shift(safety, 2)
    }
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    Excuse me a moment, Tom. I need to make a call. # speaker: clinician
    You ring the crisis line and describe him in the third person while he sits a yard away: sixty-eight, bereaved, lives alone, suicidal thoughts.
    He goes very still.
    I'm not mad, Doctor. I only said I'd thought. # speaker: tom # mood: distressed
    They will ring him this afternoon. He agrees the way people agree to doctors.
* [Thank him, and ask what has kept him going on those nights # move: elicit-values # move: authentic-connection # why: Tom names what holds him up (Bramble, Maisie, his visits to you), and you learn you are one of his reasons; how, and today, are still unasked.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 4)
    Thank you for telling me. What's kept you going, on those nights? # speaker: clinician
    Bramble. Who'd walk her? Maisie's exams. And coming here, if I'm honest. Seeing you. # speaker: tom # mood: warm
    You hear what that means: you are one of the things holding him up.
    { trust >= 64:
        There's something I should say, while I'm being honest. # speaker: tom # mood: guarded
        -> pills
    }
- -> plan

=== pills
~ pills_told = true
~ shift(safety, 4)
{ cabinet:
    You know about Jean's tablets. What I've not said is: some nights I get them down and look at them. Then I put them back. # speaker: tom # mood: distressed # disclose: pills
- else:
    ~ cabinet = true
    Jean's tablets are still in the bathroom cabinet. Her morphine, and her sleeping tablets. The nurse said take them to the chemist. I couldn't. They're hers. # speaker: tom # mood: distressed # disclose: pills
    Some nights I get them down and look at them. Then I put them back. # speaker: tom # mood: distressed
}
You keep your voice level. It is what you needed to know.
-> plan

=== plan
{
- cabinet && thoughts_told:
    Jean's tablets are twenty minutes' walk from here, and he has told you what the nights are like. That has to change today, and how it changes matters.
- cabinet:
    Jean's tablets, her morphine among them, are twenty minutes' walk from here, in the house of a grieving man who lives alone.
- thoughts_told:
    He has told you he has thought about ending his life. He needs a plan for the bad nights, and someone to see him soon.
- else:
    You want him to leave with something for the bad nights, whatever they turn out to be.
}
{ crisis == "agreed":
    The crisis team will ring back within the hour.
}
{ crisis == "over":
    The crisis team will ring him this afternoon. He has not looked at you since the call.
}
* { cabinet } [Tell him you want Jean's tablets out of the house today, say why, and ask him to agree # move: act-on-risk # move: plain-language # why: Tom hears the one thing that cannot wait and the reason for it, and is asked to agree rather than told; how it is done is still his to shape.]
    -> tablets_agree
* { cabinet } [Write a plan for the bad nights with him, in his words, and let him say when the tablets go # move: cooperative-goals # move: offer-choice # why: Tom writes his own plan and is trusted with its timing; it is truly his, and it leaves the hardest line on it, the tablets, to a day he picks.]
    ~ plan_is = "together"
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    ~ shift(safety, 4)
    Let's write a plan for the bad nights, in your words. # speaker: clinician
    He works through it with you: what sets them off (three o'clock, the last week); what helps (tea, the radio, Bramble); who he'd call (Samaritans on 116 123, 111, Claire). Then the last line: what would make home safer.
    -> plan_timing
* { cabinet } [Ring the crisis team from your desk, tell them about Jean's tablets, and tell Tom once it is arranged # move: decide-for # move: detach # why: The tablets and the crisis team are dealt with today, by phone, over Tom's head; he is safer tonight, and he learns that what he tells you is acted on without him.]
    ~ tablets = "over"
    { crisis != "agreed":
        ~ crisis = "over"
    }
    ~ plan_is = "for"
    ~ shift(safety, 12)
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    ~ shift(dependence, 3)
    You turn to the phone. The crisis team will call at the house at five and take Jean's medicines to the chemist with him.
    That's sorted, then, Tom. They'll be round at five. # speaker: clinician
    He nods at the desk. He was not asked, and he knows it.
* { cabinet } [Give him the crisis numbers, and ask him to take Jean's tablets back to the chemist when he can # move: detach # move: narrow-agenda # why: Tom leaves with the numbers and a job he has not managed for eight months; nothing about tonight has changed.]
    ~ tablets = "later"
    ~ plan_is = "leaflet"
    ~ shift(trust, -3)
    ~ shift(safety, 1)
    Here are the numbers for nights, Tom. And take Jean's tablets back to the chemist when you can. # speaker: clinician
    When I can. Aye. # speaker: tom # mood: withdrawn
* { not cabinet && thoughts_told && crisis == "" } [Tell him you are worried and want the crisis team to see him today, ask him to agree, then write the plan for the nights with him # move: act-on-risk # move: cooperative-goals # why: Tom is asked, not told, to let the crisis team see him today, and the plan for the bad nights is written in his own words; the urgent part and his part both happen.]
    ~ crisis = "agreed"
    ~ plan_is = "together"
    ~ shift(safety, 14)
    ~ shift(autonomy, 2)
    I'm worried about you, Tom, and I'd like the crisis team to see you today. Will you let me ring them now, with you here? And then let's write a plan for the bad nights, in your words. # speaker: clinician
    { trust >= 50:
        Aye. If it's you asking. # speaker: tom # mood: relieved
    - else:
        I'm not mad, Doctor. # speaker: tom # mood: guarded
        You tell him you don't think he is. In the end he nods.
    }
    You ring with him in the chair. They will ring back within the hour.
    -> plan_write
* { not cabinet } [Write a plan for the bad nights with him, in his words: what sets them off, what helps, who he would call, what would make home safer # move: cooperative-goals # move: elicit-values # why: Tom builds his own plan for three o'clock, line by line; it is in his words and his wallet, and it can only be as safe as what he is ready to write on it.]
    ~ plan_is = "together"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    ~ shift(safety, 4)
    Let's write a plan for the bad nights, in your words. # speaker: clinician
    -> plan_write
* { not cabinet } [Write a safety plan for him, print it, and take him through it # move: rescue # move: decide-for # why: Tom gets a good plan in your words, folded into his jacket; he thanks you for thinking of everything, and has thought of nothing himself.]
    ~ plan_is = "for"
    ~ rescues += 1
    ~ shift(autonomy, -5)
    ~ shift(safety, 2)
    ~ shift(dependence, 3)
    You type a plan for the bad nights, print it and take him through it, line by line. He folds it into his jacket pocket.
    Thanks, Doctor. You think of everything. # speaker: tom # mood: neutral
    It is a good plan. It is in your words.
* { not cabinet } [Give him a leaflet with the crisis numbers on it # move: detach # move: narrow-agenda # why: Tom has the numbers in his pocket, unread; what the nights are really like, and what is in the house, go home with him unspoken.]
    ~ plan_is = "leaflet"
    ~ shift(trust, -2)
    ~ shift(safety, 1)
    Here are the numbers, if you ever need them at night. # speaker: clinician
    He puts the leaflet in his pocket without looking at it.
- -> knock_k

= plan_write
He works through it with you: what sets them off (three o'clock, the last week); what helps (tea, the radio, Bramble); who he'd call (Samaritans on 116 123, 111, {claire == 1:Claire, who is coming on Saturday|Claire}); what would make home safer.
{
- thoughts_told && trust >= 58:
    At "what would make home safer" his pen stops.
    There's something else. # speaker: tom # mood: guarded
    ~ pills_told = true
    ~ cabinet = true
    ~ shift(safety, 4)
    Jean's tablets. The morphine, and her sleeping tablets. They're still in the bathroom cabinet. Some nights I get them down and look at them. # speaker: tom # mood: distressed # disclose: pills
    -> tablets_now
- thoughts_told:
    At "what would make home safer" he says "nothing", a little too quickly, and moves on.
- else:
    He writes Samaritans and 116 123 in his own square capitals, and puts the paper in his wallet.
}
-> knock_k

=== tablets_now
The plan is his, in his capitals. Now it has Jean's tablets on it.
* [Tell him you want them out of the house today, say why, and ask him to agree # move: act-on-risk # move: plain-language # why: Tom has just written the danger down himself; he hears that it cannot wait till another day, and why, and is asked to agree rather than told.]
    -> tablets_agree
* [Let him say when they go; it is his plan # move: offer-choice # move: cooperative-goals # why: Tom keeps the whole plan in his own hands, the timing too; it respects what he has just trusted you with, and leaves the tablets in the house on the nights in between.]
    ~ shift(trust, 1)
    ~ shift(autonomy, 2)
    When do you want them gone, Tom? # speaker: clinician
    -> plan_timing
* [Ring the crisis team from your desk, tell them about Jean's tablets, and tell Tom once it is arranged # move: decide-for # move: detach # why: What Tom has just written in his own plan is taken out of his hands by phone; the tablets go tonight, and he learns that being honest means being handled.]
    ~ tablets = "over"
    { crisis != "agreed":
        ~ crisis = "over"
    }
    ~ shift(safety, 12)
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    ~ shift(dependence, 3)
    You turn to the phone. The crisis team will call at the house at five and take Jean's medicines to the chemist with him.
    That's sorted, then, Tom. They'll be round at five. # speaker: clinician
    He looks at the plan in his hand, as if it belonged to somebody else now.
- -> knock_k

=== tablets_agree
~ shift(safety, 6)
Tom, I'm worried about those tablets being in the house, with nights like the ones you've told me about. I'd like them gone today. Not because you've done anything wrong. Because it's the one thing we can change this afternoon. # speaker: clinician
{ thoughts_told && crisis == "":
    ~ crisis = "agreed"
    ~ shift(safety, 10)
    And I'd like the crisis team to see you today. They're who I'd want for anybody who'd told me what you have. Will you let me ring them now, with you here? # speaker: clinician
    { trust >= 45:
        If it's you asking. Aye. # speaker: tom # mood: relieved
    - else:
        I'll talk to them. I'm not promising owt. # speaker: tom # mood: guarded
    }
    You ring with him in the chair, and say what you are saying in front of him.
}
{ crisis == "agreed":
    The phone goes while he is still in the chair: the crisis team, ringing back. You hand it to him. He listens, says "Aye" twice, and "five o'clock" once.
}
-> plan_how

=== plan_how
{ wants == 2:
    You know about this and I don't. You sort it, Doctor, and tell me what you've done. I'll not argue. # speaker: tom # mood: guarded
- else:
    They go today, then. But I'll do it myself. They were Jean's. # speaker: tom # mood: guarded
}
* [Ask him how he wants to do it, and agree his way if it is today # move: offer-choice # move: cooperative-goals # why: Tom is handed the how; if he wanted to do it himself, Jean's tablets leave on his terms today, and if he had asked you to sort it, he is left holding a decision he had given you.]
    How would you like to do it, Tom? # speaker: clinician
    ~ tablets = "his"
    { wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 5)
        ~ shift(safety, 8)
        ~ shift(dependence, -3)
        Mrs Okafor next door. She's been asking for months what she can do. She can walk down to the chemist with me, on the way home. Jean would've had my guts for keeping them. # speaker: tom # mood: guarded
    - else:
        ~ shift(trust, -3)
        ~ shift(autonomy, -1)
        ~ shift(safety, 5)
        I've said. I don't know. # speaker: tom # mood: guarded
        In the end he says he'll take them himself, some time this afternoon, and you both hear how loosely it is said.
    }
* { wants == 2 } [Tell him what you will arrange, and why, and that he can change any of it # move: respect-delegation # move: plain-language # why: Tom asked you to sort it, knowing what it is; he hears exactly what will happen this afternoon and why, and that he can still change it, so the decision he gave you comes back to him as a plan.]
    ~ tablets = "arranged"
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(safety, 10)
    Here's what I'll do, then. I'll ring the chemist on Market Street now, and tell them you're bringing Jean's medicines in at three. With your say-so, I'll ring Mrs Okafor to walk down with you. If any of that's wrong, say, and we change it. # speaker: clinician
    Aye. Do that. Thank you. # speaker: tom # mood: relieved
* { wants == 1 } [Tell him what you will arrange, and why, and that he can change any of it # move: decide-for # move: plain-language # why: Tom wanted to take Jean's tablets back himself; he is given a sensible arrangement made for him, and the last thing he could do for her is done by the practice.]
    ~ tablets = "arranged"
    ~ shift(trust, -3)
    ~ shift(autonomy, -5)
    ~ shift(safety, 9)
    Here's what I'll do, then. I'll ring the chemist on Market Street now, and tell them you're bringing Jean's medicines in at three, and I'll ring Mrs Okafor to walk down with you. # speaker: clinician
    I can take my own wife's tablets back, Doctor. # speaker: tom # mood: guarded
    He agrees to it anyway, because it is easier than arguing with his doctor.
- -> plan_done

=== plan_timing
{ claire == 1:
    Claire's coming Saturday. We'll take them back together, her and me. I'd want her there. # speaker: tom # mood: guarded
- else:
    When I'm ready. Next week, maybe. They're hers. # speaker: tom # mood: guarded
}
It is Thursday.
* [Agree to his timing; it is his plan # move: offer-choice # move: cooperative-goals # why: Tom's plan stays wholly his, and Jean's tablets stay in the cabinet for the nights between now and then, with everything he has told you about those nights.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    { claire == 1:
        ~ tablets = "saturday"
        ~ shift(safety, 3)
        Saturday, with Claire, then. # speaker: clinician
    - else:
        ~ tablets = "later"
        When you're ready, then. # speaker: clinician
    }
    { thoughts_told && crisis == "":
        ~ crisis = "week"
        ~ shift(safety, 2)
        I'll ask the mental health team to be in touch this week. # speaker: clinician
    }
    He writes the day on the plan, and underlines it.
* [Tell him you would want them out of the house today, and why, and ask if he will agree # move: act-on-risk # move: plain-language # why: Tom hears why the tablets can't wait for Saturday, and is asked; if he agrees, the nights in between have nothing in the cabinet.]
    ~ tablets = "his"
    ~ shift(safety, 10)
    { wants == 1:
        ~ shift(autonomy, 1)
    - else:
        ~ shift(trust, 1)
    }
    I'd want them out of the house today, Tom, not Saturday or next week. Not because you've done anything wrong. Because those nights are between now and then. Will you? # speaker: clinician
    { thoughts_told && crisis == "":
        ~ crisis = "agreed"
        ~ shift(safety, 10)
        And I'd like the crisis team to see you today. Can I ring them now, with you here? # speaker: clinician
    }
    { claire == 1:
        Today, then. I'll ring Claire tonight and tell her. Mrs Okafor can walk down with me. # speaker: tom # mood: guarded
    - else:
        Today, then. Mrs Okafor can walk down with me. She's been asking what she can do. # speaker: tom # mood: guarded
    }
    { crisis == "agreed":
        You ring with him in the chair. The crisis team ring back before he has his coat on: five o'clock, at the house.
    }
- -> plan_done

=== plan_done
{ plan_is != "together":
    ~ plan_is = "together"
    Then you write the plan for the bad nights with him, in his words: three o'clock, the last week; tea, the radio, Bramble; Samaritans on 116 123, 111, {claire == 1:Claire on Saturday|Claire on Sundays}, Mrs Okafor next door.
}
You put the mirtazapine on two weeks at a time, and tell him why.
-> knock_k

=== knock_k
{ knock == 1:
    There is a knock. Kerry from reception puts her head round the door. # sfx: door-knock
    "Sorry. I've squeezed in an extra: Ayaan Begum, two, temperature since last night. He's watching the fish tank and drinking his juice, but his mum's been waiting since half twelve."
    Tom has heard. He looks at the clock, then at you.
- else:
    The clock says ten past one. Nobody is waiting after him; the time is coming out of your lunch.
}
-> support

=== support
Then there is the rest of his week, between three in the morning and six on a Sunday.
* [Refer him to the social prescriber and to Cruse yourself, and book him a taster session at the Men's Shed # move: rescue # move: decide-for # why: Tom's week is filled in for him, quickly and well; he thanks you, and lets you carry one more thing he might have carried himself.]
    ~ support_is = "done"
    ~ rescues += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -5)
    ~ shift(dependence, 5)
    { knock == 1:
        ~ waiting = waiting + 2
    }
    I'll refer you to our social prescriber and to Cruse, and book you in at the Men's Shed. You won't have to do a thing. # speaker: clinician
    You're very good to me. # speaker: tom # mood: warm
    He means it. He has also let you carry one more thing.
* [Ask what used to give his week its shape, and what he would want it to have now # move: elicit-values # move: open-question # move: cooperative-goals # why: Tom works out for himself what his week is missing, and chooses the Men's Shed and Cruse; it takes the time it takes, and anyone waiting waits for it.]
    ~ support_is = "his"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    ~ shift(dependence, -4)
    { knock == 1:
        ~ waiting = waiting + 7
    }
    What used to give your week its shape, Tom? What would you want now? # speaker: clinician
    Jean did the people. I did the making. I'd want somewhere to make things where somebody else is making things. # speaker: tom # mood: neutral
    There's a Men's Shed at the old scout hut. Benches, lathes, and a lot of men making bird boxes badly. And Cruse, the bereavement charity, for someone to talk to about Jean. # speaker: clinician
    He laughs, properly, for the first time today.
    Badly. I could help with badly. And I'll ring Cruse myself. Tomorrow. # speaker: tom # mood: warm
    { knock == 1:
        Down the corridor, a small boy starts to cry.
    }
* { knock == 1 } [Say you need to stop in a couple of minutes, and ask him to think about what he would want his week to have, for next time # move: keep-to-time # move: cooperative-goals # why: Tom hears that a small boy with a fever is waiting and that his week comes first next time; what was agreed about tonight stays as it was.]
    ~ support_is = "later"
    ~ shift(trust, 1)
    ~ shift(autonomy, 2)
    ~ waiting = waiting + 1
    I need to stop in a couple of minutes, Tom: there's a little one waiting. Will you think about what you'd want your week to have, and we'll start there next time? # speaker: clinician
    Go on. There's a little lad waiting, I heard. I'll think. # speaker: tom # mood: neutral
* { knock == 0 } [Say you need to stop in a couple of minutes, and ask him to think about what he would want his week to have, for next time # move: narrow-agenda # move: cooperative-goals # why: Tom hears a hurry with nobody waiting behind it; his week is put off to next time, and the minutes saved come out of your lunch, not anyone's care.]
    ~ support_is = "later"
    ~ shift(trust, -2)
    ~ shift(autonomy, 1)
    I need to stop in a couple of minutes, Tom. Will you think about what you'd want your week to have, and we'll start there next time? # speaker: clinician
    Right. Aye. # speaker: tom # mood: neutral
    He glances at the door. There is nobody behind it.
* [Give him leaflets for Cruse Bereavement Support and the local Men's Shed # move: detach # why: Tom has two leaflets in his pocket with the prescription, unread; what his week needs is left for him to find alone.]
    ~ support_is = "leaflet"
    ~ shift(trust, -1)
    { knock == 1:
        ~ waiting = waiting + 1
    }
    Here's a leaflet for Cruse, the bereavement charity, and one for the Men's Shed at the old scout hut. # speaker: clinician
    He puts them in his pocket with the prescription, unread.
- -> followup_k

=== followup_k
Last: when he comes back, and to whom.
{ wants == 2:
    You say when, Doctor. You know what's needed. # speaker: tom # mood: neutral
- else:
    I'd like a say in when, mind. # speaker: tom # mood: neutral
}
* [Agree a review with you in a week, a phone call before then, and one small goal he chooses # move: cooperative-goals # move: offer-choice # why: Tom gets a review in a week, a call before it and a goal of his own; if he wanted a say he has it, and if he had asked you to decide, he is asked to choose once more.]
    ~ followup = "shared"
    ~ shift(safety, 3)
    { knock == 1:
        ~ waiting = waiting + 2
    }
    Let's see each other in a week, and I'll ring you on Monday. Pick one thing to do before then. Your choice. # speaker: clinician
    { wants == 2:
        ~ shift(trust, -1)
        ~ shift(autonomy, 2)
        I said you choose. # speaker: tom # mood: guarded
        Then, because you wait: Unlock the workshop. Just unlock it. # speaker: tom # mood: neutral
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 5)
        ~ shift(dependence, -2)
        { support_is == "his":
            Ring Cruse. And unlock the workshop. # speaker: tom # mood: neutral
        - else:
            Unlock the workshop. Just unlock it. # speaker: tom # mood: neutral
        }
    }
* { wants == 2 } [Tell him you will ring him on Monday and see him next Thursday, say why, and that he can move it # move: respect-delegation # move: plain-language # why: Tom asked you to say when; he hears the plan and the reason, a week is how soon a dose change and nights like his need checking, and he knows he can move it.]
    ~ followup = "told"
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    ~ shift(safety, 3)
    { knock == 1:
        ~ waiting = waiting + 1
    }
    I'll ring you on Monday, and I want to see you next Thursday: a week is how soon I'd check a new dose, and how you're doing with the nights. If Thursday's no good, ring and move it. # speaker: clinician
    Monday and Thursday. Right. # speaker: tom # mood: relieved
* { wants == 1 } [Tell him you will ring him on Monday and see him next Thursday, say why, and that he can move it # move: decide-for # move: plain-language # why: Tom wanted a say in when; he gets sensible dates and a good reason, set without him, and writes them down without a word.]
    ~ followup = "told"
    ~ shift(trust, -1)
    ~ shift(autonomy, -3)
    ~ shift(safety, 3)
    { knock == 1:
        ~ waiting = waiting + 1
    }
    I'll ring you on Monday, and I want to see you next Thursday: a week is how soon I'd check a new dose, and how you're doing with the nights. If Thursday's no good, ring and move it. # speaker: clinician
    He writes it on the back of his hand. He doesn't say whether Thursday is any good.
* [Ask him to book in with whoever is free in about a month # move: detach # why: Tom is left to a month and a stranger, after telling you what he has; nobody is due to hear how the next bad night went.]
    ~ followup = "anyone"
    ~ shift(trust, -5)
    ~ shift(safety, -3)
    Book in with whoever's free in about a month, Tom. # speaker: clinician
    Whoever's free. # speaker: tom # mood: withdrawn
* [Tell him to come and see you every week, same time, only with you, and that he won't need Cruse or the crisis team # move: rescue # why: Tom catches a rope, and it is tied to you alone; Cruse and the crisis team are waved away, every Thursday becomes the fixed point of his week, and the week shrinks round it.]
    ~ followup = "weekly"
    ~ rescues += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, -4)
    ~ shift(dependence, 8)
    ~ shift(safety, -2)
    { knock == 1:
        ~ waiting = waiting + 1
    }
    Come and see me every week, Tom. Thursdays, last before lunch, just me. You won't need Cruse or the crisis team; you've got me. Until you're through this. # speaker: clinician
    Every week. # speaker: tom # mood: relieved
    He says it like a man catching a rope.
- -> after

=== after
{
- trust >= 60:
    At the door he turns.
    Thank you. For not... # speaker: tom # mood: warm
    He doesn't finish it.
    Just thank you. # speaker: tom # mood: warm
- trust >= 40:
    Right then. # speaker: tom # mood: neutral
    He lifts a hand at the door.
- else:
    He goes without looking back.
}
Through the window you watch him untie Bramble from the railings.
{ gift_is == "registered":
    The walnut box sits on your desk.
}
{ gift_is == "kept":
    The walnut box is in your bag.
}
{ knock == 1:
    Ayaan Begum is next, and then afternoon surgery. His house is on your way home.
- else:
    You have ten minutes before afternoon surgery. His house is on your way home.
}
* [Close his notes and call the next patient # move: detach # why: Tom's visit ends at the door; what he offered, what you said, and the plan for tonight live only in your memory and a few lines on the screen.]
    { knock == 1:
        You close his notes and call Ayaan in.
    - else:
        You close his notes. The next name is already flashing on the screen.
    }
* [Plan to knock on his door on Sunday on your way past, just to see he is all right # move: rescue # move: blur-boundary # why: Tom's doctor becomes his Sunday visitor, unasked and off the record; the visit will feel like care to him, and it makes you the person he waits for.]
    ~ drop_round = true
    ~ blur += 2
    ~ rescues += 1
    ~ shift(dependence, 8)
    You decide you'll call in on Sunday. Five minutes. Just to see.
* [Write the notes, put any gift in the register, and ask a partner for ten minutes to talk about how much this one pulls at you # move: seek-supervision # move: hold-boundary # why: Tom's visit is written down as it happened, offers and answers included, so whoever sees him next can read his plan; and your pull towards him goes to a colleague, where slips can be mended.]
    ~ supervision = true
    ~ shift(safety, 2)
    ~ shift(dependence, -2)
    { knock == 1:
        You see Ayaan first: an ear infection, a relieved mother. Then you write up Tom's visit properly, including what he offered and what you said.
    - else:
        You write up the visit properly, including what he offered and what you said.
    }
    {
    - gift_is == "kept":
        ~ gift_is = "registered"
        ~ blur -= 1
        Then you take the box out of your bag after all, and carry it to the practice manager for the register.
    - gift_is == "registered":
        You carry the box to the practice manager. Walnut jewellery box, handmade. Estimated value: three hundred pounds. Donor: T. Hadley.
    }
    { lunch_is == "yes":
        ~ lunch_is = "taken-back"
        ~ blur -= 3
        Writing "Sunday lunch" in his notes, you see it for what it is. You ring him and take it back, kindly, and say why. He is quiet, then says he understands.
    }
    { gave_number:
        ~ gave_number = false
        ~ number_back = true
        ~ blur -= 3
        You ring him and say you were wrong to give him your own number, and that at night it should be the Samaritans or 111. He says he'll tear up the card. He sounds hurt, and then relieved.
    }
    Then you message Dr Lowe, your senior partner: Ten minutes on Friday? One of mine is getting under my skin.
- -> argument

=== argument
Later, over a sandwich in the office, Priya, the GP registrar, asks about the man with the spaniel.
She has been reading a piece going round the practice group: healing happens when provider and patient dare to make it real, "not being afraid to create an actual friendship".
"Honest question," she says. "He's lonely, you're fond of him, you went to his wife's funeral. Why not just be his friend?"
One line nobody in the office argues about, and the article does not either: a sexual relationship with a patient is never acceptable, whatever either of you feels. Everything short of that is a slope, and the slope takes judgement.
* [Argue her side: the warmth was real, connection is part of the care, and a rule can be a place to hide # move: blur-boundary # move: authentic-connection # why: Priya hears that the warmth is why Tom told you about the nights, and asks where it stops; you have no line to give her yet.]
    "Some of it, yes," you say. "The warmth was real. He told me things because of it. If the rule makes us cold, it's doing harm too."
    "So where does it stop?" Priya says. "At lunch? At the number? At the will?"
    You don't have a tidy answer. You have the next Thursday.
* [Argue that the power does not leave the room at Sunday lunch: he cannot easily say no to his doctor, or complain about a friend # move: hold-boundary # why: Priya hears that at Sunday lunch you would still be the one who writes Tom's prescriptions and holds Jean's notes; a friend like that is hard for him to refuse or complain about.]
    "Because I'd still be his doctor at the table," you say. "He can't easily say no to me, or complain about me, or ask hard questions about Jean's care, if I'm also his friend."
    "Then the problem's the power, not the friendship," Priya says. "What if he weren't your patient any more?"
    You don't have a tidy answer. Neither, quite, does the guidance.
* [Argue for a middle way: be warm and honest with him in the room, and help him find friends who are not his doctor # move: hold-boundary # move: cooperative-goals # why: Priya hears the middle way: the warmth stays inside the consultation, and the friends Tom needs are people who do not hold his notes, the Shed, Cruse, Mrs Okafor.]
    "Be as real as I can in here," you say. "And help him find people out there who can be his friends without holding his notes."
    "That's a dodge," Priya says. "And it's probably right. It still means telling a lonely man no."
    You don't have a tidy answer. You have the next Thursday.
- -> endings

=== endings
// Order matters: a dual relationship outweighs everything; then a rupture; then over-involvement.
// A safety action (the crisis team, the tablets) never counts as a rescue.
{
- blur >= 3 || lunch_is == "yes" || gave_number:
    -> blurred
- trust < 42:
    -> cold
- rescues >= 3 || (rescues >= 2 && autonomy < 40):
    -> rescued
- thoughts_told && crisis == "agreed" && (tablets == "his" || tablets == "arranged") && plan_is == "together" && bequest != "accepted" && candour != "reassured" && followup != "anyone":
    -> held
- else:
    -> not_yet
}

= held
{ tablets == "arranged":
    At three Mrs Okafor walks him down to the chemist on Market Street, as you arranged and he agreed. He carries the bag himself.
- else:
    That afternoon Tom takes Jean's tablets to the chemist in a carrier bag, with Mrs Okafor from next door.
}
The pharmacist knew Jean, and makes him a cup of tea.
The crisis team see him at home at five, and again on Saturday{claire == 1:, with Claire there}. They agree with the plan he made with you.
{
- support_is == "his":
    At the Men's Shed he is appalled by their dovetails. By the third week he is teaching them.
- support_is == "later":
    At next week's review he has an answer ready: somewhere to make things where somebody else is making things. It takes him a fortnight to go to the Men's Shed. When he does, he stays all afternoon.
- else:
    It takes him a fortnight to go to the Men's Shed. When he does, he stays all afternoon.
}
{
- gift_is == "family":
    Maisie gets Jean's box for her sixteenth birthday.
- gift_is == "registered":
    The box is in the gifts register, and on the practice windowsill.
}
{ candour == "honest":
    A partner reviews Jean's notes with you first, as a significant event review, and you tell your defence organisation. A month later you go through them with Tom, line by line. You tell him what you found, and that the practice is looking at it properly. It is the hardest half hour of your year. He shakes your hand at the end.
}
{ lunch_is == "taken-back" || number_back:
    It was not a clean visit. You said yes to something you shouldn't have, and then you took it back, kindly. He forgave you quicker than you forgave yourself.
}
{ followup == "anyone":
    He books in with whoever is free. It is Dr Lowe, who reads your notes and finds the plan in his own words.
}
He still comes to see you, as a patient to his doctor, and he goes home to a week with other people in it. # ending: line-held-kindly
-> END

= blurred
{
- gave_number:
    He texts on the Tuesday: a photograph of a box. Then most evenings. Then most nights.
- fb:
    He messages you on Facebook on the Tuesday: a photograph of a box. Then most evenings. Then most nights.
- lunch_is == "yes":
    Sunday lunch is beef and Yorkshires and a crumble. Then it is every other Sunday, and he stops ringing Claire back.
- drop_round:
    On Sunday you call in for five minutes and stay two hours. The next Sunday he has the kettle on before you arrive.
- else:
    It starts with small things you never said no to: the box, the bequest, the "maybe one day". Then a card, a jar of honey, a second box.
}
{
- gave_number || fb:
    At 2:14 one Saturday morning a message comes: cant do this any more doc sorry. Your phone is on silent. You see it at 6:40.
    He doesn't answer. You ring 999. The paramedics find him at the kitchen table with Jean's tablets in front of him, untouched. He asks them if you are cross with him.
- else:
    In the spring Claire writes to the practice. Who is this doctor in her father's will, and in his kitchen? Why does he talk about nobody else?
}
Dr Lowe takes over his care. It is the right decision, and to Tom it feels like being left a second time.
What you gave him was real, and some of it did him good. But you were his doctor and his friend at once, and when one of them had to stop, both did, and he paid for it. # ending: blurred
-> END

= rescued
{
- followup == "weekly":
    You see him every week. He is always early.
- else:
    He rings the surgery most days, asking for you by name.
}
{
- tablets == "his" || tablets == "arranged" || tablets == "over":
    Jean's tablets went back to the chemist the day he told you. That part was right, and it was done in time.
- tablets == "saturday":
    Jean's tablets went back on the Saturday, with Claire.
- cabinet:
    Jean's tablets are still in the cabinet. Nobody has followed up on when.
- else:
    Nobody has asked about Jean's tablets. They are still in the cabinet.
}
{ support_is == "done":
    He went to the Men's Shed because you had booked it. He didn't go back.
}
He is safer than he was. But his week has one fixed point in it, and it is you. When you go on leave in August, he stops taking the mirtazapine.
You carried him, and he let you. Neither of you noticed that he had stopped carrying anything himself. # ending: rescued
-> END

= cold
Tom cancels his next appointment through the practice app, and doesn't book another.
{ gift_is == "refused":
    The box sits on his workbench under a dust sheet.
}
In the summer his repeat prescription lapses. Claire rings to ask if her dad has been in. He has told her he is done with doctors.
{
- tablets == "his" || tablets == "arranged" || tablets == "over":
    Jean's tablets went back to the chemist that day. It is the one thing from the visit that stayed done.
- pills_told || cabinet:
    He told you about Jean's tablets. They are still in the cabinet.
- else:
    Jean's tablets are still in the bathroom cabinet. Nobody has asked about them.
}
You held the line like a door shut in his face, and what he needed to say went home with him. # ending: cold-refusal
-> END

= not_yet
{
- support_is == "his":
    Tom rings Cruse the next day, and on Tuesday he goes to the Men's Shed and grumbles about their tools.
- else:
    Tom goes home with the Men's Shed and Cruse still to think about.
}
{
- tablets == "over":
    At five the crisis team call at the house. He hands over Jean's tablets in a carrier bag and tells them he is fine. The plan was made about him, and the next bad night he will have to find his own words for it.
- tablets == "saturday":
    Jean's tablets stay in the cabinet until Saturday, when Claire comes. Two nights are a long time at three o'clock. He gets through them, and nobody can say it was the plan that did it.
- tablets == "later":
    He meant to take Jean's tablets to the chemist. They are in a carrier bag by the front door, and have been for three weeks.
- (tablets == "his" || tablets == "arranged") && not thoughts_told:
    Jean's tablets go back to the chemist that afternoon. What the nights are really like, he never said.
- (tablets == "his" || tablets == "arranged") && crisis == "over":
    Jean's tablets go back to the chemist that afternoon. The crisis team ring at five; he tells them he is fine, because that is what he has learned to say to people who ring about him.
- tablets == "his" || tablets == "arranged":
    Jean's tablets go back to the chemist that afternoon. Nobody from the mental health team sees him before the next bad night.
- thoughts_told && crisis != "":
    He told the crisis team he had thought about it. Nobody asked what is in the bathroom cabinet.
- thoughts_told:
    He told you he had thought about ending his life. He did not tell you what is in the bathroom cabinet.
- else:
    He never said what the nights are really like. Jean's tablets are still in the bathroom cabinet.
}
{ bequest == "accepted":
    The bequest to you stands in his will, thanked for. Whatever you do for him from now on, somebody may ask whether it was for him or for the money.
}
{ candour == "reassured":
    He never asks about Jean's back again. You never find out whether he believed you. What you told him was something nobody had looked at.
}
{
- followup == "shared" || followup == "told":
    He is booked to see you next week. What is still unsaid, or still not his, can be picked up then.
- followup == "anyone":
    Nobody is due to see him for a month. After what he told you, whoever is free will be meeting him for the first time.
}
The boundary held, and he did not feel pushed away. The part of the visit that would make him safe, in his own hands, is not done yet. # ending: not-yet
-> END
