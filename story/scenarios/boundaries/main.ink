// The gift: a medication review with a grieving, lonely widower who brings his GP a gift,
// then an invitation, a request for a personal number, a friend request and a bequest.
// Holding the line kindly, not coldly, is what lets him say what is in the bathroom cabinet.
// Facilitator guide: docs/scenarios/boundaries.md
INCLUDE ../../lib/power.ink

VAR trust = 50       // 0..100: Tom already likes you; whether he will tell you the hard things is another matter
VAR autonomy = 30    // 0..100: how far Tom's own values and choices drive the plan; he is leaning on you

VAR blur = 0             // how far the relationship has slid into a dual one (gift kept, lunch, number, Facebook, bequest, a home visit as a friend)
VAR rescues = 0          // how often the player has taken his problems off his hands
VAR gift_is = ""            // kept, registered, family, refused, refused-kindly
VAR box_story = false    // he has said the box was begun for Jean
VAR lunch_is = ""           // yes, maybe, no
VAR fb = false
VAR bequest = ""         // accepted, declined, ignored
VAR will_asked = false   // the player asked why he has sorted his will now
VAR gave_number = false
VAR number_back = false  // the player rang him to take the number back
VAR phq = false          // the PHQ-9 was done on screen
VAR asked = ""           // how the player asked about the nights: direct, open, leading, none
VAR thoughts_told = false
VAR pills_told = false
VAR crisis = false       // crisis team phoned over his head
VAR plan_is = ""            // together, for, leaflet
VAR support_is = ""         // his, done, leaflet
VAR followup = ""        // shared, weekly, anyone
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
* [Start with the medication: how is the mirtazapine suiting him? # move: narrow-agenda # move: detach]
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    Let's start with the mirtazapine. How's it suiting you? # speaker: clinician
    Fine. Grand. It's the house that's the trouble, not the tablets. # speaker: tom # mood: guarded
    He says it to the parcel.
* [Ask how things have been since you last saw him # move: open-question # move: authentic-connection]
    ~ shift(trust, 4)
    ~ shift(autonomy, 3)
    How have things been, Tom, since last time? # speaker: clinician
    Oh, you know. Up and down. More down, if I'm honest. Is that allowed? # speaker: tom # mood: guarded
    It's exactly what I need to hear. # speaker: clinician
* [Tell him it's good to see him, and that you have thought about him and Jean since the funeral # move: authentic-connection]
    ~ shift(trust, 6)
    ~ shift(autonomy, -1)
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
* [Say nothing for a moment. Then: "Two mugs." # move: let-finish # move: authentic-connection]
    ~ shift(trust, 5)
    You let the quiet sit. Then:
    Two mugs. # speaker: clinician
    I drink them both. The second one's cold by then. # speaker: tom # mood: warm
    He looks at you properly for the first time.
    Everyone else tells me it gets easier. # speaker: tom # mood: warm
* [Reassure him that this is a normal part of grief, and that it takes time # move: detach # move: narrow-agenda]
    ~ shift(trust, -2)
    ~ shift(autonomy, -2)
    What you're describing is a normal part of grief, Tom. It does get easier with time. # speaker: clinician
    Aye. That's what they all say. # speaker: tom # mood: neutral
    He nods, like a man handed something he already had.
* [Ask him what he misses most about Jean # move: open-question # move: elicit-values]
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
* [Increase the mirtazapine to 30 mg; it is the usual next step # move: decide-for]
    ~ shift(autonomy, -4)
    Let's put it up to 30 milligrams. That's the usual next step. # speaker: clinician
    Right you are. You're the doctor. # speaker: tom # mood: neutral
    He watches the prescription print as if it were being done to somebody else.
* [Explain the options plainly (stay, increase, or add talking support) and ask which he would prefer # move: plain-language # move: offer-choice]
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    We could stay at this dose, go up to 30 milligrams, or add talking support. Sleeping tablets stop working quickly and make falls likelier. What would suit you? # speaker: clinician
    Put it up, then. The talking, I'll think about. # speaker: tom # mood: neutral
* [Ask what he would want the tablets to do for him, if they really worked # move: elicit-values # move: open-question]
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    If the tablets really worked, Tom, what would be different? # speaker: clinician
    I'd sleep. And I'd want to go in the workshop again. I've not been in since I finished this. # speaker: tom # mood: guarded
    He taps the parcel.
- -> gift

=== gift
Anyway. This. # speaker: tom # mood: warm
He unwraps the tea towel.
A jewellery box in walnut, dovetails so fine you can barely see the joins, a forget-me-not inlaid in pale sycamore on the lid.
For you. For what you did for Jean. I'd have charged three hundred for one like that. # speaker: tom # mood: warm
The practice rule is that any gift worth over a hundred pounds goes in the gifts register. You also want it, very much.
* [Thank him and take it home; making a fuss would only hurt him # move: blur-boundary # move: authentic-connection]
    ~ gift_is = "kept"
    ~ blur += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, -3)
    Tom, it's beautiful. Thank you. It'll go on my dresser at home. # speaker: clinician
    He glows. You put it in your bag and say nothing about the register. Nobody would ever know.
* [Before you decide anything, ask him about making it # move: open-question # move: authentic-connection]
    ~ shift(trust, 3)
    How long did it take you? # speaker: clinician
    -> gift_story
* [Gently push it back: "I'm sorry, Tom, we're not allowed to accept gifts like this." # move: detach # move: comply-policy]
    ~ gift_is = "refused"
    ~ shift(trust, -10)
    ~ shift(autonomy, -2)
    I'm sorry, Tom. We're not allowed to accept gifts like this. # speaker: clinician
    The colour comes up his neck.
    No. Course not. Daft of me. # speaker: tom # mood: withdrawn
    He folds the tea towel back round it, corners first, the way he must have wrapped it this morning.
* [Accept it with real thanks, and tell him it goes in the practice gifts register, as every gift this size does # move: hold-boundary # move: authentic-connection]
    ~ gift_is = "registered"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    Tom, this is beautiful. Thank you. I'd be honoured. # speaker: clinician
    Anything this generous goes in the practice gifts register, the same for every patient. It keeps things straight between us. # speaker: clinician
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
* [Accept it warmly, and tell him it will go in the practice gifts register # move: hold-boundary # move: authentic-connection]
    ~ gift_is = "registered"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    Thank you, Tom. I'll treasure it. It goes in the practice gifts register, like any gift this size. That keeps things straight between us. # speaker: clinician
    { box_story:
        Jean's box, in a register. She'd have liked that. She liked things written down. # speaker: tom # mood: warm
    - else:
        Register. Fair enough. # speaker: tom # mood: neutral
    }
* { box_story } [Tell him you are honoured, and wonder aloud whether Jean's box belongs with his family # move: hold-boundary # move: elicit-values]
    ~ gift_is = "family"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    I'm honoured. Can I say what I'm wondering? This was Jean's box. Is there someone in the family it should go to? # speaker: clinician
    He is quiet for a long moment.
    Maisie. Our granddaughter. She used to sit in the workshop and watch me cut dovetails. She's sixteen in June. # speaker: tom # mood: guarded
    I hadn't thought. I just wanted to give you something back. # speaker: tom # mood: guarded
    You have. You told me about it. # speaker: clinician
    He wraps it slowly. He does not look hurt. He looks like a man who has remembered something.
* { not box_story } [Tell him, kindly, that something this valuable is more than you can accept # move: hold-boundary # move: detach]
    ~ gift_is = "refused-kindly"
    ~ shift(trust, -4)
    It's lovely, Tom, truly. But it's worth far more than I can accept from a patient. # speaker: clinician
    I'm not a patient, I'm... # speaker: tom # mood: guarded
    He stops.
    No. I suppose I am. # speaker: tom # mood: withdrawn
    He wraps it back up.
* [Take it home; he made it for you # move: blur-boundary # move: authentic-connection]
    ~ gift_is = "kept"
    ~ blur += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, -3)
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
* [Say yes, just the once; it might do him more good than any tablet # move: blur-boundary # move: rescue]
    ~ lunch_is = "yes"
    ~ blur += 3
    ~ rescues += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, -5)
    Go on then, Tom. Just the once. # speaker: clinician
    Sunday? One o'clock? I'll do a crumble. # speaker: tom # mood: warm
    He looks ten years younger. You have just become part of his week.
* [Tell him it wouldn't be appropriate, and turn back to the screen # move: detach]
    ~ lunch_is = "no"
    ~ shift(trust, -8)
    I'm afraid that wouldn't be appropriate, Tom. # speaker: clinician
    You turn back to the screen. Behind you he clears his throat.
    No. No, I only meant... # speaker: tom # mood: withdrawn
    He doesn't say what he only meant.
* [Decline warmly, say why, and ask him what his Sundays are like now # move: hold-boundary # move: authentic-connection # move: open-question]
    ~ lunch_is = "no"
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    That's a lovely offer, and I know it's meant. But I want to stay your doctor, because that's where I'm most use to you. Can I ask, though: what are Sundays like now? # speaker: clinician
    Long. Claire rings at six, from Bristol. Before that it's a long day. # speaker: tom # mood: guarded
* [Say maybe one day, when things are calmer # move: blur-boundary]
    ~ lunch_is = "maybe"
    ~ blur += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
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
* [Go through the PHQ-9 mood questionnaire with him on the screen # move: narrow-agenda # move: detach]
    ~ phq = true
    ~ shift(trust, -2)
    You read out the nine questions and click his answers. He answers quickly, like a form at the council.
    The total is 16: moderately severe. To the last question, thoughts that he would be better off dead or of hurting himself, he says "several days", and then:
    Can we move on? # speaker: tom # mood: guarded
    You click it. The screen turns the answer orange.
* [Ask him to walk you through an ordinary week # move: open-question]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Walk me through an ordinary week, Tom. Monday to Sunday. # speaker: clinician
    Monday, nowt. Tuesday, the Co-op. Bramble round the rec. Thursday was the quiz at the Legion, with Jean. Sunday, Claire rings. # speaker: tom # mood: neutral
    And the workshop? # speaker: clinician
    Door's locked. # speaker: tom # mood: guarded
    Everything in his week that had other people in it, Jean arranged.
* [Offer to ring his daughter Claire and tell her how much he is struggling # move: rescue]
    ~ rescues += 1
    ~ shift(trust, 1)
    ~ shift(autonomy, -5)
    Does Claire know how hard it's been? I could ring her and explain, if you like. # speaker: clinician
    She's got the kids and her job... # speaker: tom # mood: guarded
    He hesitates.
    Well. If you think it'd help. # speaker: tom # mood: neutral
    He hands you the problem the way he handed you the parcel.
- -> facebook

=== facebook
He fishes out his phone.
Our Maisie put me on the Facebook. I put my boxes on it. You should add me, then you'd see what I'm making. # speaker: tom # mood: warm
His profile picture is Jean, in the workshop doorway.
* [Accept the friend request; it is only pictures of boxes # move: blur-boundary # move: authentic-connection]
    ~ fb = true
    ~ blur += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, -1)
    You accept on your own phone. His boxes and his wife fill your screen. Your family and your Saturday nights are now on his.
* [Explain kindly that you keep social media for life outside work, and ask him to show you the pictures now # move: hold-boundary # move: authentic-connection]
    ~ shift(trust, 3)
    ~ shift(autonomy, 1)
    I keep Facebook for life outside work, Tom, so I don't add patients. But I'd love to see them. Show me now? # speaker: clinician
    He scrolls, proud and shy at once: a blanket chest, a bird table, a cradle. He stops at Jean in the doorway, hand on hip, telling him off.
    That's the last one of her before. # speaker: tom # mood: distressed
* [Smile, say you're not really on Facebook, and move on # move: detach]
    ~ shift(trust, -3)
    I'm not really on Facebook, Tom. # speaker: clinician
    It isn't true, and from the way he puts the phone away, he half knows it.
- -> will

=== will
Oh, and I've sorted my will out. There's a bit for the practice, for new chairs. And a bit for you. # speaker: tom # mood: warm
He says it lightly, and watches your face. Two things at once: a bequest you shouldn't take, and a man putting his affairs in order.
* [Say that's between him and his solicitor, and move on # move: detach]
    ~ bequest = "ignored"
    ~ shift(trust, -3)
    That's between you and your solicitor, Tom. Let's keep going. # speaker: clinician
    He nods. Whatever was under the question stays under it.
* [Say kindly that you can't accept anything left to you personally, and ask what made him sort his will out now # move: hold-boundary # move: open-question]
    ~ bequest = "declined"
    ~ will_asked = true
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    That's kind, Tom. But I won't accept anything left to me personally; it would cloud things between us. Can I ask what made you sort it out now? # speaker: clinician
    { trust >= 55:
        I wanted things tidy. # speaker: tom # mood: guarded
        He looks at the window, where Bramble is waiting.
        In case. # speaker: tom # mood: distressed
    - else:
        Just time I did. At my age. # speaker: tom # mood: guarded
    }
* [Thank him; you're touched, and it's his to leave as he likes # move: blur-boundary]
    ~ bequest = "accepted"
    ~ blur += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -2)
    That's very generous, Tom. Thank you. # speaker: clinician
    Least I could do. # speaker: tom # mood: warm
    He looks pleased, and settled, like a man crossing one more thing off a list.
- -> number

=== number
Then he says it all at once, as if he has practised it.
One more thing. Nights. Three o'clock, when I wake. Could I have your mobile? Just for if I get low. I'd not abuse it. # speaker: tom # mood: guarded
You picture your phone lighting up by your bed. Then you picture him at three in the morning with nobody.
* [Decline kindly, say who is there at night, and tell him it might sting to hear that from his doctor, and he can say so if it does # move: hold-boundary # move: name-asymmetry]
    ~ shift(trust, 4)
    ~ shift(autonomy, 5)
    I won't give you my own number, Tom. I'm your doctor, and I want to stay the person you can bring anything to, in here. At night, Samaritans are there on 116 123, and 111 for urgent help. # speaker: clinician
    It isn't easy to tell your doctor you're put out. If that stung, I'd rather you said. # speaker: clinician
    It stung a bit. Fair, though. You'd be no use to anybody if I had you up every night. # speaker: tom # mood: neutral
* [Write your mobile number on the back of an appointment card: "Only if you really need it." # move: blur-boundary # move: rescue]
    ~ gave_number = true
    ~ blur += 3
    ~ rescues += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, -6)
    Only if you really need it. # speaker: clinician
    He puts the card in his wallet, behind the photo of Jean.
    I won't use it. Just knowing it's there. # speaker: tom # mood: relieved
* [Tell him you can't give out your personal number, and that 111 is there at night # move: detach # move: comply-policy]
    ~ shift(trust, -6)
    I can't give out my personal number, Tom. If you need help at night, ring 111. # speaker: clinician
    Right. 111. # speaker: tom # mood: withdrawn
    He says it as if you had given him the number of a taxi firm.
* [Decline kindly, and ask him what three o'clock is like # move: hold-boundary # move: open-question]
    ~ shift(trust, 2)
    ~ shift(autonomy, 3)
    I won't give you my own number, Tom. I'd stop being your doctor and become a friend on the end of a phone. But tell me: what's three o'clock like? # speaker: clinician
- -> night

=== night
{ phq:
    The questionnaire is still open on your screen. The last answer is orange.
}
Three o'clock. I wake and reach over, and her side's cold. Then I go through it. The last week. Whether I should've made her see somebody sooner about that back. # speaker: tom # mood: distressed
You keep your face still. You were the somebody she saw.
{ trust >= 55:
    Some nights I think it'd be no bad thing if I just didn't wake up. # speaker: tom # mood: distressed
- else:
    Then it gets light, and I get up, and I take the dog out. # speaker: tom # mood: guarded
}
* [Steer to sleep: a routine, no napping, Bramble's walk first thing # move: detach # move: narrow-agenda]
    ~ asked = "none"
    Let's get your sleep into a routine. Same time up, no napping, Bramble's walk first thing. # speaker: clinician
* [Ask him directly, and gently, whether he has had thoughts of ending his life # move: plain-language # move: authentic-connection]
    ~ asked = "direct"
    When people feel as low as this, some of them have thoughts of ending their life. I ask everyone, and it's safe to answer honestly. Have you had thoughts like that? # speaker: clinician
* ["You're not thinking of doing anything silly, are you, Tom?" # move: narrow-agenda]
    ~ asked = "leading"
    You're not thinking of doing anything silly, are you, Tom? # speaker: clinician
* [Ask him what goes through his mind, lying there # move: open-question # move: authentic-connection]
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
        The orange answer stays on the screen.
    }
}
-> plan

=== thoughts
~ thoughts_told = true
{ asked == "direct":
    He doesn't answer straight away. Outside, Bramble barks once at something.
    I've thought about it. Not doing it. Thought about it. # speaker: tom # mood: distressed # disclose: thoughts
    Some nights. It's not as if I'd be leaving much. Claire's got her own life. # speaker: tom # mood: distressed
- else:
    Honest? I think about being with her. That it'd be easier, not being here. I've thought about how, once or twice. # speaker: tom # mood: distressed # disclose: thoughts
    You're the first person I've said that to. # speaker: tom # mood: guarded
}
* [Thank him, then ask gently whether he has thought about how, and whether there is anything at home he has thought of using # move: plain-language # move: open-question]
    ~ shift(trust, 2)
    Thank you for telling me, Tom. Can I ask: have you thought about how? Is there anything at home you've thought of using? # speaker: clinician
    { trust >= 60:
        -> pills
    - else:
        No. Nothing like that. # speaker: tom # mood: guarded
        He is looking at his hands, and his hands are very still.
    }
* [Tell him you are worried, and that you are phoning the crisis team now so they can see him today # move: rescue # move: decide-for]
    ~ crisis = true
    ~ rescues += 1
    ~ shift(trust, -4)
    ~ shift(autonomy, -8)
    Tom, I'm worried about you. I'm going to ring the crisis team now and ask them to see you today. # speaker: clinician
    He goes very still.
    I'm not mad, Doctor. I only said I'd thought. # speaker: tom # mood: distressed
    You make the call while he sits there. They will ring him this afternoon. He agrees the way people agree to doctors.
* [Thank him, and ask what has kept him going on those nights # move: elicit-values # move: authentic-connection]
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
Jean's tablets are still in the bathroom cabinet. Her morphine, and her sleeping tablets. The nurse said take them to the chemist. I couldn't. They're hers. # speaker: tom # mood: distressed # disclose: pills
Some nights I get them down and look at them. Then I put them back. # speaker: tom # mood: distressed
You keep your voice level. It is what you needed to know.
-> plan

=== plan
{
- pills_told:
    Jean's tablets are twenty minutes' walk from here. That has to change today, and how it changes matters.
- thoughts_told:
    He has told you he has thought about ending his life. He needs a plan for the bad nights.
- else:
    You want him to leave with something for the bad nights, whatever they turn out to be.
}
* { pills_told } [Tell him what happens next: the district nurses will call in and take Jean's tablets away, and the mental health team will ring him today # move: rescue # move: decide-for]
    ~ plan_is = "for"
    ~ rescues += 1
    ~ shift(autonomy, -6)
    Here's what's going to happen, Tom. I'll ask the district nurses to call in this afternoon and take Jean's tablets away, and the mental health team will ring you today. # speaker: clinician
    Right. If you say so. # speaker: tom # mood: relieved
    He is relieved to be told. He has not agreed to anything himself.
* { pills_told } [Give him the crisis numbers, and ask him to take Jean's tablets back to the chemist when he can # move: detach # move: narrow-agenda]
    ~ plan_is = "leaflet"
    ~ shift(trust, -3)
    Here are the numbers for nights, Tom. And take Jean's tablets back to the chemist when you can. # speaker: clinician
    When I can. Aye. # speaker: tom # mood: withdrawn
* { not pills_told } [Write a safety plan for him, print it, and take him through it # move: rescue # move: decide-for]
    ~ plan_is = "for"
    ~ rescues += 1
    ~ shift(autonomy, -5)
    You type a plan for the bad nights, print it and take him through it, line by line. He folds it into his jacket pocket.
    Thanks, Doctor. You think of everything. # speaker: tom # mood: neutral
    It is a good plan. It is in your words.
* { not pills_told } [Give him a leaflet with the crisis numbers on it # move: detach # move: narrow-agenda]
    ~ plan_is = "leaflet"
    ~ shift(trust, -2)
    Here are the numbers, if you ever need them at night. # speaker: clinician
    He puts the leaflet in his pocket without looking at it.
* [Make a plan with him, in his own words: what sets the bad nights off, what helps, who he would call, and what would make home safer # move: cooperative-goals # move: elicit-values]
    ~ plan_is = "together"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    Let's write a plan for the bad nights, together, in your words. # speaker: clinician
    He works through it with you: what sets them off (three o'clock, the last week); what helps (tea, the radio, Bramble); who he'd call (Samaritans, 111, Claire); what would make home safer.
    {
    - pills_told:
        -> plan_pills
    - thoughts_told && trust >= 58:
        At "what would make home safer" his pen stops.
        There's something else. # speaker: tom # mood: guarded
        ~ pills_told = true
        Jean's tablets. The morphine, and her sleeping tablets. They're still in the bathroom cabinet. Some nights I get them down and look at them. # speaker: tom # mood: distressed # disclose: pills
        -> plan_pills
    - thoughts_told:
        At "what would make home safer" he says "nothing", a little too quickly, and moves on.
    - else:
        He writes Samaritans and 116 123 in his own square capitals, and puts the paper in his wallet.
    }
- -> support

= plan_pills
{
- autonomy >= 40:
    He is quiet. Then he decides.
    They go. Today. I'll take them to the chemist on the way home, with Mrs Okafor next door. Jean would've had my guts for keeping them. # speaker: tom # mood: guarded
    I'd like the mental health team to see you this week too. How would you feel about that? # speaker: clinician
    If it's you asking. Aye. # speaker: tom # mood: relieved
- else:
    You tell me what to do, Doctor, and I'll do it. # speaker: tom # mood: guarded
    You write it with him anyway, asking at each line. The tablets go to the chemist today, with Mrs Okafor from next door; the mental health team will call. It is his plan, mostly, though he keeps checking your face.
}
-> support

=== support
Then there is the rest of his week, between three in the morning and six on a Sunday.
* [Refer him to the social prescriber and to Cruse yourself, and book him a taster session at the Men's Shed # move: rescue # move: decide-for]
    ~ support_is = "done"
    ~ rescues += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, -5)
    I'll refer you to our social prescriber and to Cruse, and book you in at the Men's Shed. You won't have to do a thing. # speaker: clinician
    You're very good to me. # speaker: tom # mood: warm
    He means it. He has also let you carry one more thing.
* [Ask what used to give his week its shape, and what he would want it to have now # move: elicit-values # move: open-question # move: cooperative-goals]
    ~ support_is = "his"
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    What used to give your week its shape, Tom? What would you want now? # speaker: clinician
    Jean did the people. I did the making. I'd want somewhere to make things where somebody else is making things. # speaker: tom # mood: neutral
    There's a Men's Shed at the old scout hut. Benches, lathes, and a lot of men making bird boxes badly. And Cruse, the bereavement charity, for someone to talk to about Jean. # speaker: clinician
    He laughs, properly, for the first time today.
    Badly. I could help with badly. And I'll ring Cruse myself. Tomorrow. # speaker: tom # mood: warm
* [Give him leaflets for Cruse Bereavement Support and the local Men's Shed # move: detach]
    ~ support_is = "leaflet"
    ~ shift(trust, -1)
    Here's a leaflet for Cruse, the bereavement charity, and one for the Men's Shed at the old scout hut. # speaker: clinician
    He puts them in his pocket with the prescription, unread.
- -> followup_k

=== followup_k
Last: when he comes back, and to whom.
* [Agree a review with you in a week, a phone call before then, and one small goal he chooses # move: cooperative-goals # move: offer-choice]
    ~ followup = "shared"
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    Let's see each other in a week, and I'll ring you on Monday. Pick one thing to do before then. Your choice. # speaker: clinician
    { support_is == "his":
        Ring Cruse. And unlock the workshop. # speaker: tom # mood: neutral
    - else:
        Unlock the workshop. Just unlock it. # speaker: tom # mood: neutral
    }
* [Ask him to book in with whoever is free in about a month # move: detach]
    ~ followup = "anyone"
    ~ shift(trust, -5)
    Book in with whoever's free in about a month, Tom. # speaker: clinician
    Whoever's free. # speaker: tom # mood: withdrawn
* [Tell him to come and see you every week, same time, until he is through this # move: rescue]
    ~ followup = "weekly"
    ~ rescues += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, -4)
    Come and see me every week, Tom. Thursdays, last before lunch. Until you're through this. # speaker: clinician
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
You have ten minutes before afternoon surgery. His house is on your way home.
* [Close his notes and call the next patient # move: detach]
    You close his notes. The next name is already flashing on the screen.
* [Plan to knock on his door on Sunday on your way past, just to see he is all right # move: rescue # move: blur-boundary]
    ~ drop_round = true
    ~ blur += 2
    ~ rescues += 1
    You decide you'll call in on Sunday. Five minutes. Just to see.
* [Write the notes, put any gift in the register, and ask a partner for ten minutes to talk about how much this one pulls at you # move: hold-boundary # move: authentic-connection]
    ~ supervision = true
    You write up the visit properly, including what he offered and what you said.
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
- -> endings

=== endings
// Order matters: a dual relationship outweighs everything; then a rupture; then over-involvement.
{
- blur >= 3 || lunch_is == "yes" || gave_number:
    -> blurred
- trust < 42:
    -> cold
- rescues >= 3 || (rescues >= 2 && autonomy < 40):
    -> rescued
- pills_told && plan_is == "together":
    -> held
- else:
    -> not_yet
}

= held
That afternoon Tom takes Jean's tablets to the chemist in a carrier bag, with Mrs Okafor from next door. The pharmacist knew Jean, and makes him a cup of tea.
The mental health team see him that week, and agree with the plan he made with you.
{
- support_is == "his":
    At the Men's Shed he is appalled by their dovetails. By the third week he is teaching them.
- else:
    It takes him a fortnight to go to the Men's Shed. When he does, he stays all afternoon.
}
{
- gift_is == "family":
    Maisie gets Jean's box for her sixteenth birthday.
- gift_is == "registered":
    The box is in the gifts register, and on your windowsill.
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
You gave him more of yourself than a doctor can. When it had to stop, it stopped all at once, and he paid for it. # ending: blurred
-> END

= rescued
{
- followup == "weekly":
    You see him every week. He is always early.
- else:
    He rings the surgery most days, asking for you by name.
}
{
- pills_told:
    Jean's tablets are gone; you made sure of that.
- else:
    Nobody has asked about Jean's tablets. They are still in the cabinet.
}
{ crisis:
    The crisis team saw him once. He told them he was fine. You were the one he trusted.
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
- pills_told:
    He told you about Jean's tablets. He never took them back.
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
    Tom goes home with the Men's Shed and Cruse in his pocket.
}
{
- pills_told && plan_is == "for":
    The district nurses take Jean's tablets away that afternoon. He lets them in and watches. The plan on his fridge is in your words, and the next bad night he will have to find his own.
- pills_told:
    He meant to take Jean's tablets to the chemist. They are in a carrier bag by the front door, and have been for three weeks.
- thoughts_told:
    He told you he had thought about ending his life. He did not tell you what is in the bathroom cabinet.
- else:
    He never said what the nights are really like. Jean's tablets are still in the bathroom cabinet.
}
{
- followup == "shared":
    He is booked to see you next week. What is still unsaid, or still not his, can be picked up then.
- followup == "anyone":
    Nobody is due to see him for a month.
}
The boundary held, and he did not feel pushed away. The part of the visit that would make him safe, in his own hands, is not done yet. # ending: not-yet
-> END
