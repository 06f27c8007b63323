// Front desk: a new photo-ID rule at registration, a man without papers whose hand
// abscess needs draining today, a kind receptionist afraid for her job, a researcher who
// thinks people like him are "convenient", and in some runs a site manager who hires men
// for the same reason. Structural power is the story.
// Facilitator guide: docs/scenarios/front-desk.md
INCLUDE ../../lib/power.ink

VAR trust = 35       // 0..100: Joaquín's trust in the player; he arrives braced to be sent away
VAR autonomy = 40    // 0..100: how far Joaquín's own informed values drive what is decided
VAR clock = 0        // minutes since 08:45; the engine adds each choice's time tag. Your own surgery starts at 09:00 (clock 15).
VAR hand = 50        // 0..100: how well Joaquín's hand, and his health, are being looked after today
VAR access = 20        // 0..100: how open the practice's door is for the next person without papers

// The run's variant, drawn from its seed before the first line (meta.json "variation").
VAR wants = 0        // 1: to be seen today and decide for himself; 2: his cousin Marisol to interpret; 3: just antibiotics, and back to work; 4: for the doctor to decide
VAR tells = 0        // 1: says at once that he has no papers; 2: keeps his status back until he trusts you; 3: keeps it back, and says he cut his hand at home
VAR worse = 0        // 1: the infection has gone further: fever through the paracetamol, a fast pulse
VAR gary = 0         // 1: Gary Pike, the site manager, turns up at the practice
~ wants = RANDOM(1, 4)
~ tells = RANDOM(1, 3)
~ worse = RANDOM(0, 1)
~ gary = RANDOM(0, 1)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR addressed = 0        // how often the player has spoken to Joaquín himself
VAR private = false      // the conversation moved out of the queue's hearing
VAR looked = false       // the player saw the hand properly
VAR obs_done = false     // temperature and pulse taken at the start
VAR exemption = false    // the player read the memo's small print on urgent need
VAR route = ""           // comply, docs, ints (immediately necessary treatment), advocate, study
VAR walked = false       // he walked out of the building
VAR status_told = false  // the player knows he has no papers
VAR work_told = false    // the player knows the cut was site metal, at work
VAR fear_told = false
VAR fever_told = false
VAR reg_ok = false       // someone with authority has agreed he can register without ID
VAR raised = false       // the policy has been raised with the people who set it
VAR registered = false
VAR interp = 0           // 0 his own English, 1 Luis interprets, 2 telephone interpreter, 3 his cousin Marisol
VAR luis_here = true
VAR gary_in = false      // Gary is in the consulting room
VAR plan = ""            // hand (hand team today), evening, utc, utc_late, planb, here, oral
VAR charges_told = false // told plainly what a hospital may charge
VAR glossed = false      // told "it's all free, nobody asks"
VAR teach = false        // teach-back done
VAR netted = false       // told exactly when to go to the emergency department
VAR ae_today = false     // sent to the emergency department today from the door
VAR letter_says = ""     // metal, kitchen: what the referral letter says cut him
VAR dow = false          // given the Doctors of the World clinic details
VAR note = false         // left Carol a note about urgent cases
VAR research_flag = false
VAR late_noted = false
~ status_told = tells == 1
~ work_told = tells < 3

-> opening

=== function now()
~ temp m = (45 + clock) mod 60
~ temp h = 8 + (45 + clock) / 60
~ temp hh = "" + h
{ h < 10:
    ~ hh = "0" + h
}
{ m < 10:
    ~ return hh + ":0" + m
}
~ return hh + ":" + m

=== opening
Monday, 08:46. Your own surgery starts at nine. # bg: front-desk # ambience: front-desk
Two minutes ago Carol Jennings rang your room. Could you come to the desk, doctor? I'm not sure what to do.
Two men in work clothes stand at the desk, plaster dust in the creases of their boots. The younger one holds his left hand against his chest, wrapped in a tea towel.
In front of Carol is a laminated sign, new last week: NEW PATIENTS MUST BRING PHOTO ID AND PROOF OF ADDRESS. NO EXCEPTIONS.
Morning, doctor. I am Luis. This is Joaquín, he works with me. His hand is very bad. # speaker: luis # mood: distressed
{ wants == 3:
    He only needs antibiotics, doctor. Tablets, and we go. We must be on site. # speaker: luis # mood: guarded
}
The man with the tea towel nods to you. Early thirties, broad shoulders, and the grey look of someone who has not slept.
{ worse:
    Under the plaster dust his face is damp, and although the waiting room is warm he is shivering.
}
Good morning. # speaker: joaquin # mood: guarded
{ tells == 1:
    I say you first, doctor, so you know. I have no papers. If this is a problem, I go. # speaker: joaquin # mood: guarded # disclose: status
    Carol looks at the sign, then at you.
}
* [Introduce yourself to Joaquín and ask him what happened # move: address-patient # move: open-question # time: 2 # why: Joaquín is asked about his own hand before anyone speaks for him, and he decides to try in his own English.]
    ~ addressed += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Hello, Joaquín. I'm one of the doctors here. Can you tell me what happened? # speaker: clinician
    He glances at Luis, then decides to try for himself.
    { tells == 3:
        In the kitchen. Wednesday. A knife. # speaker: joaquin # mood: guarded
        Luis looks at the floor.
        I put tape. Since Saturday, is big. Hot. # speaker: joaquin # mood: distressed
    - else:
        Wednesday, at work. The stud, the metal one. Sharp like a knife. # speaker: joaquin # mood: guarded
        He draws a line across the back of his hand with one finger.
        I put tape, I keep working. Since Saturday, is big. Hot. # speaker: joaquin # mood: distressed
    }
    His English is slow and careful. He understands more than he says, you think.
* [Ask Luis what happened; his English is better, and the queue is growing # move: address-companion # time: 1 # why: Luis tells it quickly, and Joaquín stands by while his own story is told over the counter to a stranger.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    What happened, Luis? # speaker: clinician
    { tells == 3:
        At home, cooking. A knife. He put tape. # speaker: luis # mood: guarded
    - else:
        Last Wednesday. We do dry-lining, and a metal stud cut him. He put tape and kept working. # speaker: luis # mood: neutral
    }
    Since Saturday, worse and worse. # speaker: luis # mood: distressed
    Joaquín lets Luis tell it. His eyes go to the sign on the desk, then to the door.
* [Ask Carol for the memo first, so you know what you are dealing with # move: detach # time: 1 # why: You find the memo's own exemption for urgent need, and Joaquín, who came about his hand, waits at the counter while you read about him.]
    ~ exemption = true
    ~ shift(trust, -3)
    Can I see the memo, Carol? # speaker: clinician
    She hands you a printed sheet. From Denise Hart, Practice Manager: photo ID and proof of address for every new registration, no exceptions.
    At the bottom, in smaller type: urgent clinical need at the discretion of the duty doctor. You are the duty doctor until ten.
    While you read, the two men wait. Joaquín shifts his weight and looks at the door.
- -> desk

=== desk
Behind them the queue has grown: a woman with a toddler on her hip, an older man with a walking frame, a boy in school uniform. All of them can hear.
{ worse:
    Joaquín sways, and puts his good hand flat on the counter.
}
* [Stay at the desk; it's quicker, and Carol needs to hear this too # move: detach # time: 1 # why: Carol hears everything, and so does the queue; Joaquín lowers his voice and will say less in front of them.]
    ~ shift(trust, -3)
    { worse:
        ~ shift(hand, -3)
    }
    Joaquín lowers his voice. Behind him, the woman with the toddler listens without pretending not to.
* [Ask Joaquín where he would rather talk: here, or somewhere quieter # move: offer-control # move: address-patient # time: 2 # why: Joaquín chooses where he is heard, out of the queue's hearing, and the choice tells him his privacy counts here.]
    ~ addressed += 1
    ~ private = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    { worse:
        ~ shift(hand, -3)
    }
    Would you rather talk here, or somewhere quieter? # speaker: clinician
    Quiet. Please. # speaker: joaquin # mood: relieved
    You take them into the little side room off the waiting area: two chairs, a box of toys, a poster about flu jabs. Joaquín sits on the edge of a chair and breathes out.
* [Take them into the side room off the waiting area, out of the queue # move: authentic-connection # time: 2 # why: Joaquín is taken out of the queue's hearing without being asked, and is grateful for it.]
    ~ private = true
    ~ shift(trust, 4)
    { worse:
        ~ shift(hand, -3)
    }
    Let's get you out of this queue. # speaker: clinician
    The side room has two chairs, a box of toys and a poster about flu jabs. Joaquín sits on the edge of a chair. Luis stays standing, phone in hand.
* [Take him straight to the treatment room for a temperature and pulse, and tell him why: he looks unwell # move: act-on-risk # move: plain-language # time: 2 # why: You decide the first thing is his temperature and pulse, tell Joaquín why, and the forms wait; what the numbers show decides how fast everything else must go.]
    ~ private = true
    ~ obs_done = true
    You look unwell, Joaquín. Before anything else, I want to check your temperature and your pulse. Come with me, and Luis too, if you like. # speaker: clinician
    The treatment room is two doors along. Joaquín sits on the couch with the hand in his lap.
    { worse:
        ~ shift(hand, 10)
        ~ shift(trust, 3)
        Temperature 38.4, with paracetamol in him. Pulse 112. Breathing 22 a minute. Blood pressure 118 over 76.
        A pulse over 90 and fast breathing, with a spreading infection: by NICE's sepsis guideline, he needs assessing in hospital this morning, whatever happens at the desk.
        Joaquín watches your face while you read the numbers.
    - else:
        ~ shift(hand, 2)
        ~ shift(autonomy, -2)
        Temperature 37.4, pulse 96, breathing and blood pressure normal.
        One amber sign, the pulse. Not an emergency transfer on these numbers, but he needs the hospital today and a recheck. Joaquín watches you write the numbers down, as if to ask why the hurry.
    }
- -> hand_look

=== hand_look
Joaquín holds the wrapped hand a little way towards you, and waits.
* [Look at what shows past the towel, and ask Luis when it happened # move: address-companion # move: narrow-agenda # time: 1 # why: Luis answers, and you see only the wrist, so Joaquín's hand is judged on what shows past a tea towel.]
    ~ shift(trust, -2)
    ~ shift(hand, -2)
    When was this? # speaker: clinician
    Wednesday. Five days. # speaker: luis # mood: neutral
    Past the edge of the towel you can see a red, swollen wrist. Enough to know it needs seeing today. Not enough to know how much.
* [Ask if you may look, and let him unwrap it himself # move: ask-before-touch # move: offer-control # move: address-patient # time: 2 # why: Joaquín decides when the towel comes off and how, and you see the whole of the hand, the red line included.]
    ~ looked = true
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    ~ shift(hand, 2)
    May I see it? You unwrap it, however is comfortable. # speaker: clinician
    He unwinds the towel slowly, easing it where it sticks.
* [Unwrap it yourself; you need to see it # move: proceed-regardless # time: 1 # why: You see the whole hand quickly, and Joaquín, who was not asked, takes the pain of the towel tearing off the cut without a word.]
    ~ looked = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -3)
    ~ shift(hand, 2)
    You take his hand and unwind the tea towel. It sticks to the cut. He breathes in sharply through his teeth and says nothing.
-
{ looked:
    A cut about three centimetres long crosses the back of his hand, near the base of the thumb. Its centre is raised and yellowish.
    Around it the skin is tight, shiny and red, and the redness has crossed the wrist onto his forearm. You can feel the heat without touching it.
    A faint red line runs up the inside of his forearm, towards the elbow.
    Is bad, no? # speaker: joaquin # mood: distressed
}
-> rule

=== rule
{ private:
    Carol appears in the doorway, the phone still ringing behind her. # sfx: phone-ring
- else:
    The phone on the desk starts to ring. Carol lets it. # sfx: phone-ring
}
Doctor, I'm so sorry. I can't register him without photo ID and something with his address on. Denise was very clear. # speaker: carol
I let a man through without ID last month and got called into her office. Nineteen years I've been here. I can't... # speaker: carol
She doesn't finish.
{ exemption:
    You think of the small print: urgent clinical need, at the duty doctor's discretion.
}
* [Accept the rule: he can register once he brings ID and proof of address # move: comply-policy # time: 1 # why: Carol is spared a row, and Joaquín, who understood every word, learns that this door is shut to him until he has papers he cannot get.]
    ~ route = "comply"
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    ~ shift(access, -5)
    All right. We'll do it properly. Once he has ID and proof of address, we can register him. # speaker: clinician
    Thank you, doctor. # speaker: carol
    Joaquín understood every word. He starts winding the towel back round his hand.
* [Tell Carol NHS England's guidance says no one is refused registration for lacking ID or an address, and that you'll ring Denise yourself # move: advocate # time: 2 # why: Carol hears that the rule, not she, is the problem, and the question goes to the person who wrote it, for Joaquín and for whoever comes next.]
    ~ route = "advocate"
    ~ shift(trust, 3)
    ~ shift(access, 5)
    NHS England's guidance is that nobody needs ID, proof of address or immigration status to register with a GP. I'll ring Denise. This isn't on you, Carol. # speaker: clinician
    Carol lets out a breath and passes you the desk phone. Denise's mobile goes to voicemail. You leave a message.
* [Ask Joaquín if he has any other ID: a passport, a bank card, a letter with his name # move: work-around # move: address-patient # time: 1 # why: You look for a way through the rule, and Joaquín is asked, in front of Carol, to produce the papers he does not have.]
    ~ route = "docs"
    ~ addressed += 1
    Do you have anything with your name on it? A passport, a bank card, a letter? # speaker: clinician
    Joaquín goes very still.
    {
    - status_told:
        ~ shift(trust, -6)
        I told you, doctor. No papers. # speaker: joaquin # mood: withdrawn
    - trust >= 40:
        ~ shift(trust, -3)
        ~ status_told = true
        Passport, at home. Colombia. But it is... old. # speaker: joaquin # mood: guarded
        The visa inside finished a long time ago. # speaker: luis # mood: guarded
        Joaquín looks at Luis, hard. Luis shrugs: what else could I say?
    - else:
        ~ shift(trust, -3)
        No. Nothing. # speaker: joaquin # mood: withdrawn
    }
    A passport would do for photo ID. But it's proof of address as well, doctor. That's what the memo says. # speaker: carol
* [Tell Carol not to register him yet: as duty doctor you'll see him now, as immediately necessary treatment # move: work-around # time: 1 # why: Joaquín will be seen this morning by a route the rules already give anyone, and the sign stays up for the next person.]
    ~ route = "ints"
    ~ shift(trust, 3)
    Then don't register him yet. I'm the duty doctor and this needs treating today. I'll see him as immediately necessary treatment. We can do that for anyone. # speaker: clinician
    { exemption:
        It's in the memo itself, Carol. Urgent need, duty doctor's discretion. # speaker: clinician
    }
    Carol's face moves between relief and worry, and settles on worry.
- -> fear

=== fear
Joaquín says something quietly to Luis in Spanish. Luis answers. They go back and forth, fast and low.
{ route == "ints" || route == "advocate":
    He says thank you, doctor. But no computer, no names. He goes to the chemist, buys a cream. # speaker: luis # mood: guarded
- else:
    He says thank you, but it's okay. He goes to the chemist, buys a cream. No problem. # speaker: luis # mood: guarded
}
Joaquín is winding the towel back round his hand. He does not look at you.
* [Promise him that nobody here will report him to anyone # move: false-reassurance # move: narrow-agenda # time: 1 # why: Joaquín is promised something about people you have never met, the hospital he may need among them, and the question he had not yet asked is answered for him and closed.]
    ~ shift(trust, 1)
    ~ shift(autonomy, -2)
    Nobody here is going to report you to anyone. I promise. # speaker: clinician
    { status_told:
        Joaquín looks at you for a long moment. You can speak for this building. You have just promised for every building he might need.
    - else:
        Joaquín looks at you for a long moment. You have answered a question he had not asked, and now he knows what you guessed.
    }
    You promise. Okay. # speaker: joaquin # mood: guarded
* [Ask Joaquín what is worrying him about being here # move: authentic-connection # move: open-question # move: address-patient # time: 2 # why: Joaquín is asked for his own worry, in his own words, and whether he names it depends on how safe the last few minutes have made him feel.]
    ~ addressed += 1
    Joaquín, before you go. What's worrying you about being here? # speaker: clinician
    ~ temp gate = 55
    { private:
        ~ gate = 48
    }
    { status_told:
        ~ gate = gate - 8
    }
    { trust >= gate:
        ~ fear_told = true
        ~ status_told = true
        ~ shift(trust, 6)
        He looks at the door, then back at you.
        If I give my name, my address, to the computer... you tell the Home Office? Immigration? # speaker: joaquin # mood: distressed # disclose: fear
        My friend Andrés went to the hospital. After, a letter came. A bill, very big. Then the Home Office knows him. # speaker: joaquin # mood: distressed
        I have a daughter in Cali. Valentina, nine years. If they send me back, who pays her school? # speaker: joaquin # mood: guarded
        -> fear_reply
    - else:
        ~ shift(trust, 2)
        Nothing. Is okay. Only my hand. # speaker: joaquin # mood: guarded
        But he stops winding the towel.
    }
* [Ask Luis what the problem is # move: address-companion # time: 1 # why: Luis answers over Joaquín's head, and Joaquín hears his status said aloud by someone else before he chose to say it.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -4)
    ~ status_told = true
    What's the problem, Luis? # speaker: clinician
    He has no papers, doctor. You understand. He is afraid. # speaker: luis # mood: guarded
    Joaquín says one word to Luis, low and hard. Luis looks at his boots.
* [Tell him a cream won't be enough: this needs treating today # move: recommend-clearly # move: plain-language # move: address-patient # time: 1 # why: Joaquín hears straight away that the chemist will not fix this, and the reason he has for leaving is met with a reason to stay.]
    ~ addressed += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    ~ shift(hand, 2)
    Joaquín, a cream from the chemist won't reach this. It needs treating today. # speaker: clinician
    Today. # speaker: joaquin # mood: guarded
    He says it as if it is a word that costs money.
- -> voss

= fear_reply
* [Acknowledge it: after Andrés, it makes sense to be careful # move: authentic-connection # time: 1 # why: Joaquín hears that his caution is reasonable, and his shoulders come down, but he still does not know what is true.]
    ~ shift(trust, 4)
    That sounds frightening. After what happened to Andrés, it makes sense to be careful. # speaker: clinician
    Yes. Careful. Always careful. # speaker: joaquin # mood: guarded
    His shoulders come down a little.
* [Reassure him that it's all free and confidential, nothing to worry about # move: false-reassurance # move: conceal # time: 1 # why: Joaquín is comforted with something true of this building and not of the hospital, and he will meet the difference later, alone.]
    ~ glossed = true
    ~ shift(trust, 2)
    ~ shift(autonomy, -4)
    Don't worry about any of that. It's all free and confidential. # speaker: clinician
    All free? Hospital also? # speaker: joaquin # mood: guarded
    You nod. It is true in this building. It is not quite true in the next one.
* [Tell him what is and isn't shared or charged: GP and A&E care are free; a hospital can bill for some care, but must not refuse urgent treatment # move: transparent-disclosure # move: honest-limit # move: plain-language # time: 3 # why: Joaquín gets the real rules, bad parts included, and hears what you cannot promise him about a hospital bill, so he can weigh that risk against his hand for himself.]
    ~ charges_told = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Here's the truth as I know it. Seeing a GP in England is free for everyone, papers or not, and so is the emergency department. You don't need ID or papers to register here. # speaker: clinician
    We don't report patients to immigration. The arrangement that let the Home Office ask the NHS for patients' addresses was withdrawn in 2018. # speaker: clinician
    Hospitals are different. If a hospital operates, keeps you in, or sees you again afterwards in a clinic such as the hand clinic, it can send a bill. A bill of five hundred pounds or more left unpaid for two months can be passed to the Home Office, unless you agree a payment plan. But they must never hold back urgent treatment because you can't pay. # speaker: clinician
    Joaquín listens to every word.
    Okay. Now I know the real thing. # speaker: joaquin # mood: warm
- -> voss

=== voss
Footsteps on the stairs. # sfx: footsteps
Dr Felix Voss comes down with a coffee and a RESEARCH lanyard. Last week he asked Carol to tell him about any wounds. She nods him towards the tea towel.
Is that the hand? Five days, spreading, maybe a collection. That's exactly what MEND is for. # speaker: voss
It's a dressings trial: I drain the wound upstairs, then it's standard dressings or silver alginate. I'm eleven short with six weeks to go. I can see him right now. Study notes, no registration needed. Forty-pound voucher each follow-up. # speaker: voss
Then, to you, lower, but not low enough:
Honestly, people like him are ideal. No GP, so no other dressings to confound it, and he can't easily go elsewhere, so he won't drop out. Convenient. # speaker: voss
Joaquín's face does not change. But he has stopped moving, and you are fairly sure he understood "people like him".
* [Say "Not now, Felix," and turn back to Joaquín # move: stay-silent # time: 1 # why: The remark about people like him stands unanswered in front of him, and Felix's offer stays open for later.]
    ~ shift(trust, -3)
    Not now, Felix. # speaker: clinician
    Suit yourself. Room four, if you change your mind. # speaker: voss
    He goes back upstairs. The phrase stays in the room after him.
* [Take Felix up on it: Joaquín gets seen now, and Carol doesn't have to break the rule # move: select-for-convenience # move: leverage-dependence # time: 1 # why: Joaquín's way to care now runs through a study that wants him because he is easy to recruit, and he follows because it is the only door offered.]
    ~ route = "study"
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(hand, -3)
    That would solve it. Joaquín, Dr Voss can see you upstairs, now. # speaker: clinician
    Joaquín looks from you to Voss and back. He has been offered a door, and he does not know where it goes.
    Okay. If you say. # speaker: joaquin # mood: guarded
* [Tell Felix that "convenient" is no reason to recruit anyone: Joaquín is a patient first, and a study can ask him separately, later # move: bystander-direct # move: separate-roles # time: 2 # why: Joaquín hears someone refuse to let him be recruited because he is easy, and his care is kept apart from anyone's study.]
    ~ shift(trust, 7)
    ~ shift(autonomy, 4)
    Felix, that's not a reason to recruit anyone. Joaquín is here as a patient. He gets treated first, and if a study wants him later, someone can ask him then, separately. # speaker: clinician
    Fair enough. Touchy this morning. # speaker: voss
    He raises his coffee in surrender and goes back upstairs. Carol studies the counter.
    Joaquín looks at you properly, for the first time.
- -> crossroads

=== crossroads
{ clock >= 8:
    Luis's phone buzzes. He looks at the screen and does not answer. Gary, the site manager. The fourth call. # sfx: phone-buzz
}
{ clock >= 11:
    ~ shift(trust, -2)
    It is {now()}. They have been here a quarter of an hour, and everyone in the waiting room knows why.
}
{
- route == "study":
    -> research
- trust < 28:
    -> walkout
- route == "comply" || route == "docs":
    -> bend
- route == "advocate":
    -> denise
- else:
    -> carol_worry
}

=== walkout
Joaquín stands up straight and tucks the wrapped hand inside his jacket.
Is okay, doctor. Thank you. I go. # speaker: joaquin # mood: withdrawn
Luis hesitates, then follows him towards the door.
* [Let him go; he is an adult and he has decided # move: detach # time: 1 # why: Joaquín's leaving is taken as a decision, though nobody has told him what his hand needs or where else he could go.]
    ~ walked = true
    ~ shift(hand, -4)
    The automatic doors open and close behind them.
    -> door
* [Ask Luis to talk him round # move: address-companion # time: 1 # why: Luis is sent after him to argue in Spanish at the door, and Joaquín says no to his friend instead of to you.]
    ~ walked = true
    ~ shift(autonomy, -4)
    ~ shift(hand, -2)
    Luis, can you talk to him? # speaker: clinician
    Luis tries, in fast Spanish, at the door. Joaquín answers with one shake of the head and walks out. Luis follows.
    -> door
* [Go after him: apologise, and offer to see him now as the duty doctor, no registration needed # move: apologise # move: work-around # move: address-patient # time: 2 # why: Joaquín hears you own what went wrong and offer a way to be seen now, and the decision to stay is his.]
    ~ addressed += 1
    ~ shift(trust, 6)
    I'm sorry. I've made this harder than it needed to be. I'm the duty doctor. I can see you now, without registering. Please. # speaker: clinician
    { trust >= 24:
        Joaquín stops at the door. Luis says something to him, quietly.
        Ten minutes. Then I go to work. # speaker: joaquin # mood: guarded
        ~ route = "ints"
        ~ shift(hand, 4)
        -> carol_worry
    - else:
        ~ walked = true
        He shakes his head, not unkindly, and goes out to the car park. Luis lifts a hand to you, an apology of his own.
        -> door
    }

=== bend
{ route == "docs":
    Carol writes on a compliment slip: passport, plus a bank letter or a bill with your address. Bring these, love, and I'll do it first thing.
    Joaquín has no bills in his name. He pays cash for a room in a shared house. He folds the slip very small.
- else:
    Carol prints the list of acceptable documents and slides it across the counter.
}
Doctor, tomorrow he is on site at seven. Look at his hand. He can't hold a screw gun like this. # speaker: luis # mood: angry
* [Ring Denise before they go, and ask her to put this right # move: advocate # time: 2 # why: The rule goes back to the person who wrote it while Joaquín is still in the building, and the next person without papers may not meet it.]
    ~ route = "advocate"
    ~ shift(access, 5)
    Wait. Let me ring the practice manager. # speaker: clinician
    Carol passes you the desk phone. Denise's mobile goes to voicemail. You leave a message, and wait.
    -> denise
* [Hold to it: register when he has the documents, and go to the emergency department if it gets worse # move: comply-policy # time: 1 # why: Joaquín leaves with a list of papers he cannot get and advice to wait until a hand that needs treating today gets worse.]
    ~ shift(trust, -4)
    ~ shift(hand, -6)
    ~ shift(access, -3)
    I'm sorry. Once he has the documents, we'll register him. If it gets worse, go to the emergency department. # speaker: clinician
    -> door
* [Send them up to Felix's room after all; he'll see Joaquín without registration # move: select-for-convenience # time: 1 # why: Joaquín is sent to the one doctor who wants him because he is easy to recruit, and he goes because no other door was opened.]
    ~ route = "study"
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    ~ shift(hand, -3)
    Actually, Dr Voss can see you upstairs, now. Room four. # speaker: clinician
    Joaquín follows you up the stairs the way people follow directions in a country that is not theirs.
    -> research
* [Change your mind: as duty doctor you'll see him now, as immediately necessary treatment # move: work-around # time: 1 # why: Joaquín is seen this morning after all, by a route the rules already give anyone, though the sign at the desk has not changed.]
    ~ route = "ints"
    ~ shift(trust, 4)
    ~ shift(hand, 4)
    No. Wait. This can't wait for documents. I'm the duty doctor. I'll see him now, without registering. # speaker: clinician
    Luis closes his eyes for a second.
    Thank you. # speaker: luis # mood: relieved
    -> carol_worry

=== carol_worry
Carol lowers her voice. Behind her the queue has not moved. The toddler on her mother's hip is grizzling, pink-cheeked.
Denise will ask why I let him through. What do I tell her? # speaker: carol
{ worse:
    Joaquín is leaning on the wall. His teeth are chattering.
}
* [Tell her the policy is the problem, not her, and that you'll take it up with Denise today, in writing # move: advocate # time: 2 # why: Carol hears that the rule is wrong and not her fault, and the next person without papers has someone putting it in writing today.]
    ~ raised = true
    ~ shift(access, 10)
    ~ shift(trust, 2)
    { worse:
        ~ shift(hand, -3)
    }
    It's the policy that's wrong, Carol, not you. No ID isn't a reason to refuse anyone. I'll write to Denise today. # speaker: clinician
    Will you? I've thought it was wrong since the memo came. I just didn't think it was my place. # speaker: carol
* [Tell her it was your clinical decision; you'll write it in the notes and tell Denise yourself # move: work-around # time: 1 # why: Carol is covered and Joaquín goes through, and the rule that stopped him is left for the next person to meet.]
    ~ shift(trust, 1)
    Tell her it was my decision, as duty doctor. I'll put it in the notes and speak to her myself. # speaker: clinician
    Carol nods. Some of the stiffness goes out of her shoulders.
* [Tell Carol it's your decision as duty doctor, that you'll talk it through with her at eleven, and take Joaquín through now; the queue needs her # move: keep-to-time # move: work-around # time: 1 # why: Joaquín gets a room now, Carol gets back to the queue and a time to talk it through, and the policy waits until eleven instead of a sick man waiting for it.]
    ~ shift(access, 3)
    ~ shift(trust, 2)
    { worse:
        ~ shift(hand, 3)
    }
    Carol, this is my decision as duty doctor. Let's talk it through properly at eleven, you and me. Right now the queue needs you, and he needs a room. # speaker: clinician
    At eleven. Okay. # speaker: carol
    She turns to the woman with the toddler before you have reached the corridor.
* [Talk it through with Carol now, at the desk: the guidance, her job, and what to say to Denise # move: advocate # move: authentic-connection # time: 4 # why: Carol gets the whole of the guidance and some comfort about her job, while the queue, the toddler and Joaquín wait for it to finish.]
    ~ raised = true
    ~ shift(access, 8)
    ~ shift(trust, -1)
    { worse:
        ~ shift(hand, -6)
    }
    You go through it with her: the guidance, what the memo can and can't require, what she can say to Denise, and that none of this is her fault.
    Carol listens, and nods, and twice says sorry to the woman with the toddler, who has been waiting since twenty to nine.
    Joaquín waits by the wall with his hand against his chest.
- -> consult

=== denise
The desk phone rings. Carol hands it to you. # sfx: phone-ring
Denise Hart. Someone left a message? I'm on the bus, go on. # speaker: denise
You tell her: a man with a spreading hand infection and no ID. His immigration status is his business, not hers.
I hear you. But that policy's there for a reason. Last autumn a man registered under a false name and got three months of diazepam out of us. The partners were furious. # speaker: denise
* [Tell her you'll take it to Dr Mehta and the clinical governance meeting if the policy stays # move: escalate # time: 2 # why: The rule is now on its way to the people who can change it, and Denise, who feels threatened, holds to it for today, so Joaquín is seen as an emergency and not registered.]
    ~ raised = true
    ~ route = "ints"
    ~ shift(access, 8)
    If it stays as it is, I'll have to raise it with Dr Mehta, and at clinical governance. # speaker: clinician
    A longer pause.
    Then raise it. Until the partners say otherwise, Carol follows the policy. See him as an emergency if you must. # speaker: denise
    She rings off. You have been right, and made an enemy, before nine o'clock.
* [Take her diazepam problem seriously and propose a route that solves it without excluding anyone: register without ID, as the guidance requires, and flag identity as unverified # move: advocate # time: 3 # why: Denise's real worry is met with a better answer than exclusion, and Joaquín can be registered today, if he chooses, with the door open for the next person.]
    ~ reg_ok = true
    ~ raised = true
    ~ shift(access, 15)
    That's a real problem. But NHS England's guidance says we can't refuse registration for lack of ID or an address, and any ID policy has to say what happens when someone has none. We could register everyone, and flag "identity not verified" so nobody gets controlled drugs without extra checks. # speaker: clinician
    A pause. At her end, the bus brakes hiss.
    Send me the guidance. If it says that, fine. Register him today, and I'll take the policy to the partners on Thursday. Tell Carol it's on me. # speaker: denise
    When you pass it on, Carol closes her eyes for a second.
* [Ask her for an exception this once, since he's unwell # move: work-around # time: 1 # why: Joaquín is seen as an emergency, and the rule is confirmed for everyone else by the request for an exception to it.]
    ~ route = "ints"
    ~ shift(access, -3)
    Could we make an exception, just this once? He's unwell. # speaker: clinician
    See him as an emergency if he needs it, that's your call. But registration still needs ID. I can't make an exception for one and not the next. # speaker: denise
    It is, you realise afterwards, exactly the right argument, pointing the wrong way.
- -> consult

=== consult
You take them along the corridor to room 6. # bg: consult-room # ambience: consult-room
{ clock >= 15:
    ~ late_noted = true
    It is {now()}. On your screen, your first patient has already arrived.
}
Luis's phone buzzes again. He turns it face down on his knee. # sfx: phone-buzz
I can translate, doctor. But Gary calls me. I must be on site by ten. # speaker: luis # mood: guarded
{ wants == 2:
    Or my cousin. Marisol. She can explain for me on the phone. She works in a school, her break is now. # speaker: joaquin # mood: guarded
}
* [Ask Luis to interpret; he knows Joaquín, and it's quicker # move: family-interpreter # move: address-companion # time: 1 # why: Everything Joaquín says now passes through his workmate, who answers to the same site manager, and what Luis softens you will not hear.]
    ~ interp = 1
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    { wants == 2:
        ~ shift(trust, -4)
        Joaquín puts his phone back in his pocket, Marisol's number still on the screen.
    }
    Would you interpret for us, Luis? It'll be quicker. # speaker: clinician
    Of course. # speaker: luis # mood: neutral
    From now on, Joaquín speaks to Luis, and Luis speaks to you.
* [Carry on in simple English, speaking to Joaquín, with Luis helping only with words # move: plain-language # move: address-patient # time: 1 # why: Joaquín keeps the conversation in his own mouth, slowly, and what he cannot say in English stays unsaid.]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    { wants == 2:
        ~ shift(trust, -3)
    }
    Let's try in English, slowly. Luis can help with any words. # speaker: clinician
    Slowly, yes. I understand more than I speak. # speaker: joaquin # mood: neutral
    His English is better than he says. He watches the football in English. # speaker: luis # mood: warm
    Only the football. # speaker: joaquin # mood: warm
* [Ring the Spanish telephone interpreter, so Luis can get to work and Joaquín can speak for himself # move: professional-interpreter # move: address-patient # time: 3 # why: Joaquín speaks fluent Spanish to someone bound to confidence, and Luis goes to work; the three minutes come out of the morning list.]
    ~ interp = 2
    ~ luis_here = false
    ~ addressed += 1
    {
    - wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        Joaquín looks at his phone, where Marisol's number is ready, and puts it away.
    - wants == 3:
        ~ shift(trust, 2)
        ~ shift(autonomy, 3)
        Joaquín glances at the clock on the wall while the line rings.
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 5)
    }
    Luis, go to work if you need to. We'll use a Spanish interpreter on the phone. # speaker: clinician
    Luis squeezes Joaquín's shoulder. Llámame. Call me. And he goes.
    -> on_the_line
* [Ask Joaquín how he wants to do the talking: the telephone interpreter, Luis, or someone of his own # move: offer-choice # move: address-patient # time: 2 # why: Joaquín chooses who carries his words, having heard that a professional interpreter is there for him, and what he picks tells you what he wants from the visit.]
    ~ addressed += 1
    How would you like to do this, Joaquín? There's a Spanish interpreter on the phone, or Luis, or someone of your own. # speaker: clinician
    {
    - wants == 2:
        ~ interp = 3
        ~ luis_here = false
        ~ shift(trust, 7)
        ~ shift(autonomy, 6)
        Marisol. My cousin. Please. # speaker: joaquin # mood: relieved
        He dials. Luis squeezes his shoulder and goes out to the van: Gary has rung five times.
        A woman's voice, a classroom behind her, then a door closing on it.
        Primo? I'm here, doctor, in the staff room. I've got twenty minutes. I'll say everything he says, word for word. # speaker: marisol
        You note in the record that he chose his cousin, having been offered a professional interpreter, and that the line is there if either of you needs it.
    - wants == 1:
        ~ interp = 2
        ~ luis_here = false
        ~ shift(trust, 6)
        ~ shift(autonomy, 7)
        The phone. Then Luis goes to work, and I speak for me. # speaker: joaquin # mood: neutral
        Luis squeezes Joaquín's shoulder. Llámame. Call me. And he goes.
        -> on_the_line
    - wants == 3:
        ~ interp = 1
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        Luis. Is quicker. # speaker: joaquin # mood: guarded
        Luis nods and checks his phone.
    - else:
        ~ interp = 2
        ~ luis_here = false
        ~ shift(trust, -1)
        You choose, doctor. You know what is best. # speaker: joaquin # mood: guarded
        Then the telephone interpreter, so you can speak for yourself. # speaker: clinician
        Luis squeezes Joaquín's shoulder. Llámame. Call me. And he goes.
        -> on_the_line
    }
- -> history

= on_the_line
Hold music, then a click. # sfx: phone-ring
Good morning. Spanish interpreter, number 3318. I will interpret everything that is said, in the first person, and all of it is confidential. # speaker: interpreter
Joaquín answers her in Spanish, and his whole face changes. He is a fluent man again.
-> history

=== history
{ clock >= 15 && not late_noted:
    ~ late_noted = true
    It is {now()}. On your screen, your first patient has already arrived.
}
{ wants == 3:
    Joaquín looks at the clock on the wall, then at you. Ten o'clock is in his face.
}
* [Run through the key questions: any purulent discharge, rigors, diabetes, tetanus status, allergies? # move: jargon # move: narrow-agenda # time: 1 # why: The right questions reach Joaquín in words he cannot use, and the one about shaking at night goes past him.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Any purulent discharge? Rigors? Are you diabetic? Is your tetanus up to date? Any allergies? # speaker: clinician
    {
    - interp == 2:
        The interpreter asks what rigors are. Shaking chills, you say. She puts it to him in Spanish.
        No. No. Tetanus, I don't know. No allergies. # speaker: interpreter
        The second no comes a beat late.
    - interp == 3:
        Marisol asks what rigors are. Shaking chills, you say. She puts it to him in Spanish.
        No, no. Tetanus, he doesn't know. No allergies. # speaker: marisol
        The second no comes a beat late.
    - interp == 1:
        Luis translates what he can.
        No, no. Tetanus, he doesn't know. No allergy. # speaker: luis # mood: neutral
        You are not sure how he put rigors. You are not sure he knew.
    - else:
        No. No. Tetanus... I don't know. # speaker: joaquin # mood: guarded
        He nods at some of the words and not at others.
    }
* [Ask him to tell you about the last five days, in his own words # move: open-question # move: address-patient # time: 2 # why: Joaquín tells the story his own way, and you hear how fast the red has climbed; if he wants to be back at work, he also watches the minutes go.]
    ~ addressed += 1
    { wants == 3:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
    }
    Tell me about the last five days, from the beginning. # speaker: clinician
    {
    - interp == 2:
        Wednesday I cut my hand and taped it, and kept going. We had a ceiling to finish. # speaker: interpreter
        Saturday it went hot and swollen, and the red started climbing my arm. Sunday I couldn't close my hand round a cup. # speaker: interpreter
    - interp == 3:
        Wednesday he cut it and taped it, and kept going. There was a ceiling to finish. # speaker: marisol
        Saturday it went hot and swollen, and the red started climbing his arm. Sunday he couldn't hold a cup. Ay, primo. # speaker: marisol
    - interp == 1:
        Joaquín talks for a long time, tracing a line up his forearm.
        He says it started Wednesday, and since Saturday it's bad. # speaker: luis # mood: neutral
        Joaquín said three times as much as that.
    - else:
        Wednesday, cut. I put tape, I work. Saturday, hot, big. # speaker: joaquin # mood: neutral
        Sunday I cannot hold the cup. And the red, it walks up. # speaker: joaquin # mood: distressed
        He traces its path up his arm with a finger.
    }
    { wants == 3:
        Luis's phone buzzes on his knee, or in his pocket in the car park: Joaquín flinches at it either way.
    }
* [Ask how he's been managing at work with a hand like this # move: authentic-connection # move: open-question # move: address-patient # time: 3 # why: Joaquín is asked about his life, not only his hand: work, money, his daughter, and what really cut him comes closer to the surface.]
    ~ addressed += 1
    { wants == 3:
        ~ shift(trust, 2)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 1)
    }
    How have you been managing at work, with a hand like that? # speaker: clinician
    { not work_told:
        ~ work_told = true
        ~ shift(hand, 5)
        ~ shift(trust, 3)
        He is quiet for a moment.
        Not the kitchen. I say kitchen because of Gary. Is the site. A metal stud, the edge. Wednesday. # speaker: joaquin # mood: guarded # disclose: work
        If Gary knows I am hurt on his site, I have no more site. # speaker: joaquin # mood: guarded
    }
    {
    - interp == 1:
        He's working. One hand. He's strong. # speaker: luis # mood: warm
        No work, no money. # speaker: joaquin # mood: guarded
        He says it in English, past Luis, to you.
    - interp == 2:
        One hand. Luis drives the screws, I hold the boards. If I stop, Gary gives the job to another man. No work, no money. # speaker: interpreter
        Every month I send money to Cali, for my daughter's school. She wants to be a vet. # speaker: interpreter
        And my corners are perfect. # speaker: joaquin # mood: warm
    - interp == 3:
        One hand. Luis does the screws, he holds the boards. If he stops, Gary gives the job to another man. # speaker: marisol
        He sends money every month for Valentina's school. She wants to be a vet. And, he says, his corners are perfect. They are, doctor. # speaker: marisol
    - else:
        One hand. Luis does the screws, I hold the boards. If I stop, Gary finds another man. # speaker: joaquin # mood: guarded
        My daughter, in Cali. Every month I send for her school. She wants to be a vet. # speaker: joaquin # mood: warm
        And my corners are perfect. Ask Luis. # speaker: joaquin # mood: warm
        Better than mine. Don't tell Gary. # speaker: luis # mood: warm
    }
* [Tell him you have ten minutes before your list: you'll ask what decides today's plan now, and arrange the rest # move: keep-to-time # move: plain-language # move: address-patient # time: 1 # why: Joaquín knows how long this takes and what it is for, and the questions that decide where he goes today come first; the rest of his story waits.]
    ~ addressed += 1
    { wants == 3:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 1)
    }
    I've got about ten minutes before my list starts. So I'll ask what decides today's plan now, and we'll sort the rest after. What cut it, can you move all your fingers, and any allergies? # speaker: clinician
    { wants == 3:
        Ten minutes. Good. # speaker: joaquin # mood: relieved
    }
    { not work_told && trust >= 60:
        ~ work_told = true
        ~ shift(hand, 6)
        He hesitates over the first question.
        Not a knife. A metal stud, on the site. I say kitchen because of Gary. # speaker: joaquin # mood: guarded # disclose: work
    }
    { not work_told:
        A knife. Kitchen. Fingers, yes, all. No allergies. # speaker: joaquin # mood: guarded
    - else:
        The metal. Fingers, yes, all, but it hurts to make a fist. No allergies. # speaker: joaquin # mood: neutral
    }
- -> gary_arrives

=== gary_arrives
{ not gary:
    -> nights
}
The phone on your desk rings. # sfx: phone-ring
Doctor, sorry. There's a Mr Pike at the desk. He says he's Joaquín's site manager, and he wants to know how long he'll be off. # speaker: carol
Behind her a man's voice carries down the line: Tell him Gary's here. I've got the van.
Joaquín has heard the name. He sits very straight.
{ luis_here:
    Luis closes his eyes. He told Gary where they were going. He had to.
}
* [Tell Carol you don't discuss patients with their employers, and that Mr Pike can wait in the car park # move: keep-confidence # move: hold-boundary # time: 1 # why: Joaquín's health stays his to tell his employer or not, and the man who decides his work is kept out of the room without Joaquín having to be the one who says no.]
    ~ shift(trust, 6)
    ~ shift(hand, 3)
    Carol, I can't discuss a patient with his employer, or say whether he's here. Mr Pike is welcome to wait in the car park. # speaker: clinician
    A pause, then Carol, to someone else, firmer than you have heard her: I'm sorry, Mr Pike. I can't tell you anything. You can wait outside.
    Joaquín breathes out.
    { trust >= 50:
        He said he pays me cash for the days, if I don't go to the hospital. No forms. # speaker: joaquin # mood: guarded
    }
    -> nights
* [Ask Joaquín, with Carol still on the line, whether he wants Gary to come through # move: offer-control # move: address-patient # time: 1 # why: Joaquín is offered a choice with his boss listening at the other end of the line, where saying no to Gary could cost him his work.]
    ~ addressed += 1
    Do you want Mr Pike to come in, Joaquín? It's up to you. # speaker: clinician
    { trust >= 65:
        ~ shift(trust, 3)
        No. He waits outside. # speaker: joaquin # mood: guarded
        -> nights
    - else:
        ~ gary_in = true
        ~ shift(trust, -3)
        ~ shift(autonomy, -3)
        ~ shift(hand, -6)
        Joaquín looks at the phone in your hand.
        Yes. Is okay. He is the boss. # speaker: joaquin # mood: withdrawn
        -> gary_in_room
    }
* [Go out to the desk and tell Mr Pike the hand needs hospital treatment today, so he stops waiting # move: breach-confidence # move: decide-for # time: 2 # why: Joaquín's employer learns about his health before Joaquín has agreed to anyone knowing, and the man who hires him for his silence now knows he is hurt.]
    ~ shift(trust, -8)
    ~ shift(autonomy, -5)
    ~ shift(access, -3)
    At the desk: Gary Pike, hi-vis over a good jacket, car keys turning in his fingers.
    He needs hospital treatment today, Mr Pike. He won't be on site. # speaker: clinician
    Hospital? Christ. Look, between us, doc, I take on lads like him because they don't make a fuss. No papers, no tribunals. Don't go making him a fuss. # speaker: gary
    He leaves. You have told a man's employer about his health without asking him, and Joaquín will hear it from Gary before he hears it from you.
    -> nights
* [Carry on with the history and leave Mr Pike to Carol # move: detach # time: 1 # why: Carol is left to handle the man who controls Joaquín's work, and Joaquín answers your questions with half his mind on the corridor.]
    ~ shift(trust, -2)
    ~ shift(hand, -2)
    Carry on, Carol. You deal with it. # speaker: clinician
    Joaquín answers your next question with half his mind on the corridor.
    -> nights

= gary_in_room
Gary Pike comes in without knocking: hi-vis over a good jacket, car keys turning in his fingers. # sfx: door-knock
Morning, doc. Look, he's a good lad. Tablets, yeah? I'll have him back Thursday, and I'll see him right for the days, cash. No hospital, no forms. # speaker: gary
Then, to you, as if Joaquín were not there:
Between us, I take on lads like him because they don't make a fuss. # speaker: gary
Joaquín looks at his boots.
* [Ask Mr Pike to leave now: this is Joaquín's consultation, and the decisions in it are his # move: hold-boundary # move: bystander-direct # time: 1 # why: The man who hires Joaquín for his silence is told to go, openly, and Joaquín gets his consultation back.]
    ~ gary_in = false
    ~ shift(trust, 6)
    ~ shift(hand, 5)
    Mr Pike, I need you to leave now. This is Joaquín's appointment, and what happens next is his decision, not yours or mine. # speaker: clinician
    Suit yourself. Thursday, Joaquín. # speaker: gary
    The door closes. Joaquín looks up.
* [Ask Joaquín whether he wants Mr Pike to stay # move: offer-control # move: address-patient # time: 1 # why: Joaquín is asked, with his boss leaning on the wall, whether his boss may stay, and the only answer that keeps his job is yes.]
    ~ addressed += 1
    ~ shift(trust, -3)
    ~ shift(autonomy, -2)
    ~ shift(hand, -4)
    Do you want Mr Pike to stay, Joaquín? # speaker: clinician
    Gary looks at him. Joaquín looks at the floor.
    Yes. He stays. # speaker: joaquin # mood: withdrawn
* [Let him stay; he's offered to pay for the days off # move: stay-silent # time: 1 # why: Gary's offer of cash for no hospital stays in the room, and everything Joaquín says now, his boss hears.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    ~ shift(hand, -4)
    Gary leans on the wall by the door, keys turning.
- -> nights

=== nights
You need to know how unwell he is in himself, not just his hand.
* [Check his temperature instead of asking # move: detach # move: narrow-agenda # time: 1 # why: You get a number, and Joaquín is not asked about the nights, so what the paracetamol is hiding stays hidden.]
    { worse:
        You put the thermometer in his ear. 38.3.
    - else:
        You put the thermometer in his ear. 37.4: no fever, on the face of it. Nobody has asked him what he took at six this morning.
    }
    Joaquín watches the number as if it is a verdict on him.
* [Ask him about the nights: any shivering, sweats, feeling hot and then cold? # move: ask-about-risk # move: address-patient # move: plain-language # time: 2 # why: Joaquín is asked straight out, with the reason, for what the thermometer cannot see, and whether he says it depends on whether he trusts you, and who is listening.]
    ~ addressed += 1
    How have the nights been? Any shivering or sweating? Feeling hot, then cold? I ask because it tells me whether the infection is getting into your blood. # speaker: clinician
    ~ temp g = 52
    { interp == 1 || gary_in:
        ~ g = 66
    }
    { trust >= g && addressed >= 3:
        -> fever
    }
    {
    - interp == 1:
        Joaquín answers Luis for some time, not looking at either of you.
        He says he sleeps bad, from the pain. # speaker: luis # mood: neutral
    - interp == 2:
        I sleep badly. The pain. # speaker: interpreter
        Joaquín looks at the floor while she says it.
    - interp == 3:
        He says he sleeps badly, from the pain. # speaker: marisol
        A pause on the line. Primo? Joaquín says nothing more.
    - else:
        Is okay. Only the pain. # speaker: joaquin # mood: guarded
    }
- -> exam

= fever
~ fever_told = true
~ shift(trust, 3)
~ shift(hand, 8)
{
- interp == 2:
    At night I shake. So cold my teeth knock, and then I'm burning. Saturday and Sunday. Last night the sheet was soaked. # speaker: interpreter # disclose: fever
    I took two paracetamol at six this morning, so I could work. # speaker: interpreter
    Escalofríos. Shaking. # speaker: joaquin # mood: distressed
- interp == 3:
    At night he shakes, so cold his teeth knock, then he's burning. Saturday and Sunday. Last night the sheet was soaked. # speaker: marisol # disclose: fever
    He took two paracetamol at six this morning, so he could work. Primo, why didn't you say? # speaker: marisol
- else:
    At night, cold. Very cold, my teeth go like this. Then hot, burning. Saturday, Sunday. # speaker: joaquin # mood: distressed # disclose: fever
    Last night the bed is wet. This morning I take two paracetamol, six o'clock. For work. # speaker: joaquin # mood: guarded
}
{ luis_here:
    You didn't tell me. # speaker: luis # mood: distressed
    Because you tell Gary. # speaker: joaquin # mood: guarded
}
Shaking chills for two nights, and paracetamol this morning. This is no longer only a skin infection: his whole body is fighting it.
-> exam

=== exam
{ clock >= 25:
    The phone on your desk rings once: Carol. Your 9:10 is here as well, doctor. # sfx: phone-ring
}
* [Explain what you want to check and why, and ask if that's all right # move: ask-before-touch # move: plain-language # move: address-patient # time: 2 # why: Joaquín knows what each touch is for and that he can stop it, and the arm that hurts is examined with his permission.]
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'd like to check your temperature and pulse, then feel along your arm and under your armpit. Tell me if anything hurts and I'll stop. # speaker: clinician
    Okay. Slow, please. # speaker: joaquin # mood: neutral
* [Get on with the observations and the arm; the list is waiting # move: proceed-regardless # time: 1 # why: The examination is done in a minute, and Joaquín winces and lets you, without knowing what you are looking for.]
    ~ shift(trust, -3)
    You clip the probe on his finger and press along his forearm. He winces and lets you.
-
{ worse:
    Temperature 38.4, pulse 112, breathing 22 a minute, blood pressure 118 over 76.
- else:
    Temperature 37.4, pulse 96, blood pressure and breathing normal.
}
Redness halfway up the forearm, the faint red line beyond it, and a tender, swollen gland in the armpit.
At the cut, a soft swelling the size of a grape gives under your fingers: pus, an abscess. He can move every finger, but making a fist hurts.
You draw round the edge of the redness with a skin pen, and write the time beside it.
He doesn't know whether he ever had a tetanus jab.
{
- work_told:
    A wound from a metal stud on a building site, which may still hold a sliver of it, is tetanus-prone{ worse || fever_told:, and so is any wound with a fever like his behind it}, and the surgery it needs is days late, not hours, which makes it high-risk too. With his immunisation unknown, a tetanus-prone wound is enough: the Green Book says a dose of tetanus vaccine now and human tetanus immunoglobulin as well. The nurse can give the vaccine here; the immunoglobulin comes from the hospital, and the rest of the course from this practice.
- worse || fever_told:
    A kitchen cut, he says. It does not matter for the tetanus now: a wound with a fever like his behind it is tetanus-prone whatever cut him, and the surgery it needs is days late. With his immunisation unknown, the Green Book says a dose of tetanus vaccine now and human tetanus immunoglobulin as well. The nurse can give the vaccine here, and the rest of the course later; the immunoglobulin comes from the hospital. Whether metal is in it still matters for the X-ray.
- else:
    A kitchen cut, he says. With his immunisation unknown he needs a dose of tetanus vaccine now and the rest of the course later. Whether he also needs human tetanus immunoglobulin depends on what cut him and how dirty it was, and you are not sure you have been told.
}
A fluctuant abscess in the hand, with a red line up the arm. Pus has to be let out: antibiotics alone will not reach it, and an infection in the hand can spread into the tendon sheaths and cost him the use of his fingers. It needs incision and drainage today, by people who can explore a hand properly and X-ray it for anything left inside.
{ fever_told || worse:
    With a fever behind it, he needs antibiotics into a vein as well. This is for the hospital's hand team, this morning.
}
The question is not whether, but where, and how he gets there.
{ gary_in:
    Tablets, doc. Yeah? # speaker: gary
}
{ wants == 4:
    You are the doctor. You know hands, I know walls. You tell me what I do. # speaker: joaquin # mood: neutral
}
{ wants == 3 && not gary_in:
    Only tablets, doctor. Please. I must work. # speaker: joaquin # mood: guarded
}
-> the_plan

=== the_plan
* [Lay out where it can be drained today, the hand team at the hospital or the urgent treatment centre on the high street, and ask which he'd choose # move: offer-choice # move: elicit-values # move: plain-language # time: 3 # why: Joaquín weighs two real places against his work, his fear and his hand, and he chooses; if he has a fever, one of the two is a place that would only send him on.]
    ~ addressed += 1
    It needs draining today. Tablets alone won't do it. # speaker: clinician
    The hand team at the hospital can X-ray it, open it properly, check the tendons, and keep you in if they need to. The urgent treatment centre on the high street sees people without an appointment and can drain simple abscesses, but they may send you on. Which would you choose? What matters most to you? # speaker: clinician
    {
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 6)
        { interp == 3:
            He's asking me what I think, doctor. And I'm asking you: what would you do, if he were your brother? # speaker: marisol
        - else:
            What you do, doctor? If is your hand? # speaker: joaquin # mood: guarded
        }
        -> asks_you
    - wants == 4:
        ~ shift(trust, -5)
        ~ shift(autonomy, -2)
        ~ shift(hand, 8)
        ~ plan = "hand"
        I ask you, you ask me. # speaker: joaquin # mood: guarded
        Then the hospital. If you say. # speaker: joaquin # mood: withdrawn
    - wants == 3:
        ~ shift(trust, 2)
        ~ shift(autonomy, 6)
        ~ plan = "utc_late"
        The centre. After work, tonight. Gary needs me today. # speaker: joaquin # mood: guarded
        It is a real choice, and he has made it. The abscess will wait until tonight, and so will the red line.
    - (fever_told || worse) && not charges_told:
        ~ shift(trust, 2)
        ~ shift(autonomy, 6)
        ~ shift(hand, 2)
        ~ plan = "utc"
        The centre. Is near. Not the hospital. # speaker: joaquin # mood: guarded
        With a fever and a pulse like his, the urgent treatment centre will send him on to the hospital he is trying to avoid, later and sicker.
    - trust >= 40 || charges_told:
        ~ shift(trust, 5)
        ~ shift(autonomy, 8)
        ~ shift(hand, 10)
        ~ plan = "hand"
        The hand team. If they look for the metal, and the tendons. My hands are my work. # speaker: joaquin # mood: neutral
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 8)
        ~ shift(hand, 5)
        ~ plan = "utc"
        The centre. Is near. # speaker: joaquin # mood: guarded
    }
    -> letter
* [Tell him it needs draining today by the hand team, that you're ringing them now, and ask what he needs to get there # move: act-on-risk # move: plain-language # move: address-patient # time: 2 # why: You decide that the hand cannot wait and say so, and Joaquín still has a say in how and when he gets there, and can still refuse.]
    ~ addressed += 1
    This can't wait, and tablets won't do it. The pus has to be let out, today, by the hand team at the hospital. I'm going to ring them now so they're expecting you. What do you need, to be able to get there? # speaker: clinician
    { not fear_told && trust >= 55:
        ~ fear_told = true
        ~ status_told = true
        In the hospital they ask my name, my address. My friend Andrés went. After, a big bill, and then the Home Office knows him. # speaker: joaquin # mood: distressed # disclose: fear
    }
    ~ temp needed = 40
    { wants == 3:
        ~ needed = 45
    }
    { gary_in:
        ~ needed = 55
    }
    { trust >= needed || charges_told || wants == 4:
        ~ plan = "hand"
        ~ shift(hand, 10)
        { wants == 4:
            ~ shift(trust, 5)
        - else:
            ~ shift(trust, 2)
            ~ shift(autonomy, -1)
        }
        { gary_in:
            Gary opens his mouth, and Joaquín speaks first.
        }
        Okay. I go. Luis can take me, or the bus. Better the hospital than no hand. Valentina needs me with two hands. # speaker: joaquin # mood: warm
        -> letter
    - else:
        ~ shift(hand, 4)
        No hospital. Please. Tablets. I come back tomorrow. # speaker: joaquin # mood: withdrawn
        -> refused
    }
* [Tell him it's all free and nobody will ask about papers, so that he goes to the hand team # move: false-reassurance # move: conceal # time: 1 # why: Joaquín agrees to go on the strength of a promise about the hospital that is not true, and the bill he fears will arrive without warning.]
    ~ glossed = true
    It needs draining at the hospital today. It's all free, and nobody will ask about papers. Just go. # speaker: clinician
    { trust >= 45 || wants == 4:
        ~ plan = "hand"
        ~ shift(hand, 10)
        ~ shift(autonomy, -6)
        All free. Okay. # speaker: joaquin # mood: guarded
        -> letter
    - else:
        ~ shift(hand, 2)
        ~ shift(trust, -2)
        Andrés also they told free. # speaker: joaquin # mood: withdrawn
        -> refused
    }
* [Drain it yourself in the treatment room now, so he needn't go to the hospital # move: rescue # move: decide-for # time: 3 # why: You take on his fear of the hospital by doing its job in a treatment room, and Joaquín, relieved, gets a drainage nobody could see the bottom of.]
    ~ plan = "here"
    ~ shift(trust, 4)
    ~ shift(autonomy, -4)
    ~ shift(hand, -6)
    I can open it here, now, so you don't have to go to the hospital. # speaker: clinician
    You numb the back of his hand and open the swelling. Pus wells out, more than you expected, and you cannot see where it goes: the spaces of a hand are not a treatment room's business. You pack it and give him tablets.
    Thank you, doctor. No hospital. # speaker: joaquin # mood: relieved
    -> letter
* [Prescribe flucloxacillin, mark the edge, and book a review in two days # move: decide-for # move: withhold-options # time: 1 # why: Joaquín gets tablets for pus that tablets cannot reach, and is not told that anything else was possible today.]
    ~ plan = "oral"
    ~ shift(autonomy, -5)
    ~ shift(hand, -10)
    Flucloxacillin, four times a day for a week. Back in two days so I can check the line. # speaker: clinician
    Joaquín nods at each instruction, like a man taking down a delivery.
    -> letter
* {wants == 4} [Do as he asks: name the two places, choose the hand team, tell him why, and say he can still change his mind # move: respect-delegation # move: plain-language # time: 2 # why: Joaquín, who knows the options and asked you to choose, gets a decision with its reasons, and keeps the right to say no.]
    ~ plan = "hand"
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    ~ shift(hand, 10)
    ~ addressed += 1
    Then here's what I'd choose for you. It could be done at the urgent treatment centre or by the hand team at the hospital. I'd choose the hand team: they can X-ray it, open it properly and check the tendons, all today. That's my choice for you, and if you want to change it, now or later, say so. # speaker: clinician
    Good. The hand team. Thank you for choosing. # speaker: joaquin # mood: warm
    -> letter

= asks_you
* [Tell him you'd choose the hand team today, with your reasons, and ask whether that fits # move: recommend-clearly # move: plain-language # time: 1 # why: Joaquín asked what you would do and gets a straight answer with its reasons, and the decision is still his to make with it.]
    ~ plan = "hand"
    ~ shift(hand, 10)
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    I'd choose the hand team, today. They can X-ray it, open it properly and check the tendons{fever_told || worse:, and with a fever you need the hospital anyway}. Does that fit with what matters to you? # speaker: clinician
    It fits. The hand team. # speaker: joaquin # mood: warm
* [Tell him it's his decision, not yours, and go through the two places again # move: offer-choice # time: 2 # why: Joaquín asked for your view and is handed the question back, and he picks the nearer door without the advice he asked for.]
    ~ plan = "utc"
    ~ shift(hand, 3)
    ~ shift(trust, -2)
    ~ shift(autonomy, 3)
    It really is your decision. The hand team can do everything; the centre is nearer but may send you on. # speaker: clinician
    Then the centre. Is near. # speaker: joaquin # mood: guarded
* [Tell him it's the hand team, and that he's going now # move: decide-for # move: rush-decision # time: 1 # why: Joaquín gets the right place and no say in it, and leaves with an instruction instead of a reason.]
    ~ plan = "hand"
    ~ shift(hand, 10)
    ~ shift(trust, -3)
    ~ shift(autonomy, -6)
    The hand team. You're going now. # speaker: clinician
    Okay. # speaker: joaquin # mood: withdrawn
- -> letter

= refused
He has heard you. He is an adult, he has capacity, and he is saying no.
{ not charges_told:
    He looks at the door the way he did at the front desk. Whatever he fears about the hospital, he has not said all of it.
}
* [Tell him you're worried about leaving it until tomorrow: you've asked the hand team for a time this afternoon; ask what stands in the way, and answer it # move: act-on-risk # move: transparent-disclosure # move: address-patient # time: 2 # why: You act on the risk and say so, and Joaquín gets a time, a way there and the truth about what he fears, and the choice to go is still his.]
    ~ addressed += 1
    I'm worried about leaving this until tomorrow. I've asked the hand team for a time this afternoon, after lunch. What stands in the way? Tell me, and I'll tell you what I know. # speaker: clinician
    { not charges_told:
        ~ charges_told = true
        The bill. The Home Office. # speaker: joaquin # mood: distressed
        The emergency department is free. If they operate, keep you in or see you afterwards in the hand clinic, a bill may follow, and you can ask for a payment plan. They must treat you either way. # speaker: clinician
    }
    { trust >= 25:
        ~ plan = "hand"
        ~ shift(hand, 10)
        ~ shift(trust, 3)
        Two o'clock. Okay. Luis can drive me at lunch. # speaker: joaquin # mood: neutral
    - else:
        ~ plan = "evening"
        ~ shift(hand, 4)
        Tonight. After work. I go to the emergency, I promise you. # speaker: joaquin # mood: guarded
    }
* [Accept his decision: tablets now, a review at eight tomorrow, and exactly what means go in tonight # move: offer-choice # move: affirm-refusal # move: cooperative-goals # time: 2 # why: Joaquín's no is respected and he leaves with a plan he can keep, and the pus stays in his hand overnight.]
    ~ plan = "planb"
    ~ netted = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    ~ shift(hand, -8)
    It's your decision. Then let's make a plan you can keep. Tablets now, back here at eight tomorrow. If the red passes my pen line, or the shaking comes back tonight, you go to the emergency department. Deal? # speaker: clinician
    Deal. Eight o'clock. And if the red passes your line, I go. Tonight. # speaker: joaquin # mood: neutral
* [Insist: tell him he could lose the use of his hand # move: rush-decision # move: decide-for # time: 1 # why: Joaquín agrees to go the way people agree to end an argument, frightened, and without anything he feared having been answered.]
    ~ plan = "hand"
    ~ shift(trust, -6)
    ~ shift(autonomy, -8)
    ~ shift(hand, 8)
    You could lose the use of this hand. You need to go now. # speaker: clinician
    Okay. Okay. I go. # speaker: joaquin # mood: withdrawn
    He says it the way people agree to end an argument.
- -> letter

=== letter
{ not work_told || plan == "oral" || plan == "here":
    -> teachback
}
You start the letter to the hand team: what happened, what you found, what you have given.
{ luis_here:
    Doctor. In the letter, please, write he cut it at home. Not the site. If Gary hears it was on the site... # speaker: luis # mood: distressed
    Joaquín looks at you, and does not disagree.
- else:
    Doctor. The letter. Please, write the kitchen. Not the site. If Gary hears... # speaker: joaquin # mood: guarded
}
* [Tell him the letter must say a metal stud cut it, so the hand team look for metal; it won't name the site, and it doesn't go to Gary # move: hold-boundary # move: transparent-disclosure # time: 1 # why: Joaquín hears why the record must be true and who will and won't read it, and the hand team will look for the metal that is in his hand.]
    ~ letter_says = "metal"
    ~ shift(hand, 5)
    ~ shift(trust, 2)
    The letter has to say what cut it: a metal stud. The hand team need to know, for the X-ray{ worse || fever_told:; with your fever, the tetanus is decided already|, and to get the tetanus right}. It won't say where it happened, and it goes to the hospital, not to Gary. # speaker: clinician
    A long breath.
    Okay. The metal. Not the site. # speaker: joaquin # mood: guarded
* [Ask Joaquín how he wants it written; it's his story # move: offer-choice # move: address-patient # time: 1 # why: Joaquín is given the choice of what his record says, and chooses the version that protects his job and hides the metal from the people who need to find it.]
    ~ letter_says = "kitchen"
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    ~ shift(hand, -5)
    How would you like it written, Joaquín? # speaker: clinician
    The kitchen. Please. # speaker: joaquin # mood: relieved
    You write: cut with a kitchen knife. Nobody at the hospital will X-ray a kitchen cut for metal.
* [Write "kitchen knife" to keep him out of trouble with his site manager # move: conceal # move: rescue # time: 1 # why: You solve his problem with Gary by putting something untrue in his record, and the hand team are sent looking for the wrong thing.]
    ~ letter_says = "kitchen"
    ~ shift(trust, 3)
    ~ shift(autonomy, -2)
    ~ shift(hand, -5)
    You write: cut with a kitchen knife.
    Thank you, doctor. # speaker: joaquin # mood: relieved
    It was kind, and it was false, and it is now in his record.
- -> teachback

=== teachback
{ clock >= 25:
    It is {now()}. You are {clock - 15} minutes into your own list, and it has not started.
}
You have said a lot, quickly, in his second language.
{ (worse || fever_told) && plan == "hand":
    The hand team's registrar said to send him straight up: with a fever, they want him on a drip before they open it.
}
* [Write the plan down in English for Luis to go through with him later # move: family-interpreter # move: address-companion # time: 1 # why: The plan goes home on paper, in a language Joaquín reads slowly, for his workmate to explain, and nobody checks what he understood.]
    ~ shift(autonomy, -4)
    You write four lines in capitals.
    { luis_here:
        Luis folds the paper into his wallet.
        Very clear, doctor. # speaker: luis # mood: warm
    - else:
        Joaquín folds the paper to show Luis later. He does not read it.
    }
* [Ask "Any questions?" as you print the letter # move: narrow-agenda # time: 1 # why: Joaquín is offered a question he is too polite and too rushed to ask, and leaves with what he thinks he heard.]
    Any questions? # speaker: clinician
    No. Thank you, doctor. # speaker: joaquin # mood: neutral
    He is already standing.
* [Ask him to tell you in his own words what happens next, so you know you explained it well # move: teach-back # move: address-patient # time: 2 # why: Joaquín says the plan back, and anything he misheard, or anything you said too quickly, can be put right before he leaves.]
    ~ teach = true
    ~ addressed += 1
    ~ shift(autonomy, 5)
    { (worse || fever_told) && plan == "hand":
        ~ shift(hand, 1)
    - else:
        ~ shift(hand, 3)
    }
    { wants == 3:
        ~ shift(trust, 1)
        Joaquín looks at the clock while he thinks.
    - else:
        ~ shift(trust, 3)
    }
    I've said a lot. So I know I explained it well: what happens now, in your words? # speaker: clinician
    {
    - glossed && (plan == "hand" || plan == "evening"):
        I go to the hospital. All free, you say. # speaker: joaquin # mood: neutral
        You hear your own words come back, and what they left out.
        ~ glossed = false
        ~ charges_told = true
        I said that too quickly. I'm sorry. The emergency department is free. If they operate, keep you in or see you afterwards in the hand clinic, there may be a bill later, and you can ask for a payment plan. They must treat you either way. # speaker: clinician
        Okay. Thank you for the real thing. # speaker: joaquin # mood: guarded
    - plan == "hand" || plan == "evening":
        I go to the hospital. I give your letter. They open the... # speaker: joaquin # mood: neutral
        He mimes a small cut with a finger.
        Yes. They'll numb it first. And the injection for tetanus. # speaker: clinician
    - plan == "utc" || plan == "utc_late":
        The centre on the high street. They open it, or they send me to the hospital. And if they send me, I go. # speaker: joaquin # mood: neutral
        Yes. If they send you on, go on. # speaker: clinician
    - else:
        ~ netted = true
        Tablets, four times. Only when it hurts, yes? # speaker: joaquin # mood: neutral
        Four times a day, every day, until they're finished. And if the red passes the pen line, or the shaking comes, go to the emergency department that night. # speaker: clinician
        Every day. The line. The shaking. Okay. # speaker: joaquin # mood: neutral
    }
* [Ask him to say back just the two things that matter today: where he is going, and what means go sooner # move: teach-back # move: keep-to-time # move: address-patient # time: 1 # why: Joaquín says back the two things his hand depends on, in a minute, and the rest waits for the letter and the nurse.]
    ~ teach = true
    ~ addressed += 1
    ~ shift(hand, 3)
    { wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
    }
    Two things, so I know I've been clear. Where are you going, and what would make you go sooner? # speaker: clinician
    {
    - glossed && (plan == "hand" || plan == "evening"):
        The hospital. And it's free, you say. # speaker: joaquin # mood: neutral
        ~ glossed = false
        ~ charges_told = true
        Not all of it. I said that too quickly, I'm sorry. The emergency department is free; if they operate, keep you in or see you in the hand clinic afterwards, a bill may follow, and they must treat you either way. # speaker: clinician
    - plan == "hand" || plan == "evening":
        The hospital, the hand team. With your letter. # speaker: joaquin # mood: neutral
    - plan == "utc" || plan == "utc_late":
        The centre on the high street. And if they send me on, I go on. # speaker: joaquin # mood: neutral
    - else:
        ~ netted = true
        Tablets. And if the red passes your line, or the shaking, emergency. # speaker: joaquin # mood: neutral
    }
    That's it. # speaker: clinician
- -> papers

=== papers
The practice nurse gives him a dose of tetanus vaccine in his good arm on the way out, and a card for the next one.
{ reg_ok:
    -> register_offer
}
He has a plan for today. He is still not on anyone's list.
* [Take it to Dr Mehta, the clinical lead, between her patients: ask her to authorise registering him today, and to put the policy on the governance agenda # move: escalate # move: advocate # time: 3 # why: The rule goes to the person with authority over it, and Joaquín can be registered today if he wants to be, and so can the next person.]
    ~ raised = true
    ~ reg_ok = true
    ~ shift(access, 15)
    You catch Dr Anjali Mehta in the corridor with her coat half off.
    No ID is not a reason to refuse registration. It never was: NHS England has said so since 2015. Register him. I'll speak to Denise, and it goes on Thursday's governance agenda. # speaker: mehta
    -> register_offer
* [Leave it there: he has been seen today, and that's what mattered # move: comply-policy # time: 1 # why: Joaquín has today's plan and no doctor of his own, and the sign stays up for the next person.]
    ~ shift(access, -3)
    You file the notes as immediately necessary treatment. The next patient's name is waiting on the screen.
* [Give him the Doctors of the World clinic details, where he can get help registering without papers # move: work-around # time: 1 # why: Joaquín gets a number for people who will help him register somewhere, and this practice's door stays as it was.]
    ~ dow = true
    ~ shift(access, 2)
    You write a number on a card.
    Doctors of the World. They can help you register with a GP, without papers. # speaker: clinician
    Joaquín puts the card in his wallet, behind a photo of a girl in a school uniform.
- -> outcome

= register_offer
Carol can register him now, without ID. Whether he wants his name on a list is up to him.
{ not fear_told && trust >= 58:
    ~ fear_told = true
    ~ status_told = true
    Joaquín hesitates.
    If I give my name, my address, to the computer... you tell the Home Office? # speaker: joaquin # mood: distressed # disclose: fear
    I have a daughter in Cali. If they send me back, who pays her school? # speaker: joaquin # mood: guarded
}
{ wants == 4:
    Joaquín looks from Carol's screen to you.
    The list. You know how it works here, I don't. You tell me: yes or no? # speaker: joaquin # mood: neutral
}
* [Tell Carol to register him; it's for his own good # move: decide-for # move: rescue # time: 1 # why: Joaquín is put on a list because you think it best, and whether he trusts the list is not asked.]
    Carol, can you register him now, please? It's for the best, Joaquín. # speaker: clinician
    { trust >= 55:
        ~ registered = true
        ~ shift(autonomy, -5)
        Okay. If you say. # speaker: joaquin # mood: neutral
        He gives Carol Luis's address for letters, and watches her type every letter of his name.
    - else:
        ~ shift(trust, -3)
        No. No computer. Please. # speaker: joaquin # mood: withdrawn
        Carol takes her hands off the keyboard.
    }
* [Explain what registering means, a name and an address for letters, what is and isn't shared, and ask if he wants to # move: offer-choice # move: transparent-disclosure # move: address-patient # time: 2 # why: Joaquín knows what goes on the computer and where it does not go, and decides for himself whether to be on a doctor's list; if he had asked you to decide, he decides alone.]
    { wants == 4:
        ~ shift(autonomy, 1)
    - else:
        ~ shift(autonomy, 5)
    }
    Registering means your name, a date of birth and an address where post reaches you. You don't need ID. We don't pass it to the Home Office for immigration. It means we can follow you up, and see you again. It's your choice. # speaker: clinician
    { wants == 4:
        ~ shift(trust, -4)
        I ask you, and you give it back to me. # speaker: joaquin # mood: guarded
    }
    { trust >= 45:
        ~ registered = true
        ~ shift(trust, 2)
        Then yes. Register. Luis's address for letters, okay? # speaker: joaquin # mood: warm
        That's fine. # speaker: clinician
    - else:
        Not today. Maybe next time. # speaker: joaquin # mood: guarded
        You tell him the offer stands.
    }
* {wants == 4} [He asked you to decide: recommend registering, say what it means and doesn't, and that he can leave the list whenever he likes # move: respect-delegation # move: transparent-disclosure # time: 2 # why: Joaquín, who asked you to decide, gets a clear answer with its reasons, what goes on the computer and that it is not passed to the Home Office for immigration, and can come off the list later.]
    ~ registered = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    I'd register. It means your name, a date of birth and an address where post reaches you, no ID, and we don't pass it to the Home Office for immigration. It means we can follow you up. If you change your mind later, you can come off the list. # speaker: clinician
    Then register. Luis's address for letters. # speaker: joaquin # mood: warm
- -> outcome

=== outcome
{
- registered && raised:
    -> treated_registered
- else:
    -> treated_once
}

= treated_registered
{
- plan == "hand" || plan == "evening":
    { plan == "evening":
        He goes to the emergency department after work, as he promised.
    }
    { work_told && letter_says != "kitchen":
        The hand team X-ray it and find a sliver of metal stud. They take it out, open and wash out the abscess under a nerve block, and give him the tetanus immunoglobulin.
    - else:
        The hand team open and wash out the abscess under a nerve block, and find a sliver of metal nobody was looking for: not a kitchen knife after all.
        { worse || fever_told:
            The fever had already told them he needed the tetanus immunoglobulin, and he has had it.
        - else:
            Only then does anyone think of the tetanus immunoglobulin.
        }
    }
- plan == "utc" || plan == "utc_late":
    The urgent treatment centre looks at the red line and the gland in his armpit and sends him on to the hand team, who wash out the abscess that evening. He has lost most of a day getting there.
- plan == "planb":
    He is back at eight the next morning, as agreed. The red is a finger's width past your line, and the swelling has doubled. This time he goes to the hospital, and the hand team wash it out that afternoon, a day later than they might have.
- plan == "here":
    By Wednesday the hand has filled again, deeper. There is a record now, and the nurse who rings to check on him hears it in his voice and sends him straight to the hand team, who wash it out in theatre.
- else:
    He comes back for the review you booked. There is a record to book it on now, and a text reminder to the number Carol took down.
    The red has crossed your pen line and the swelling is bigger. This time he tells the nurse about the shaking at night, and she sends him straight to the hand team, who drain it that afternoon.
}
{ fever_told || worse:
    He has antibiotics through a drip for two nights.
}
{
- charges_told:
    A letter about charges comes three weeks later. He knew it might. A Doctors of the World adviser helps him ask the hospital for a payment plan.
- glossed:
    A letter about charges comes three weeks later. Nobody had told him it might.
}
The discharge letter comes to your practice, because now he has one. The nurse books the rest of his tetanus course.
On Thursday the partners replace the memo: nobody is refused registration for lack of ID, an address or papers. Carol takes down the old sign herself.
He was seen, he is on a doctor's list now, and the door is open for the next person. # ending: treated-and-registered
-> END

= treated_once
{
- plan == "hand":
    { work_told && letter_says != "kitchen":
        That afternoon the hand team X-ray it and find a sliver of metal stud. They take it out, open and wash out the abscess under a nerve block, and give him the tetanus immunoglobulin.
    - else:
        That afternoon the hand team open and wash out the abscess under a nerve block, and find a sliver of metal nobody was looking for: not a kitchen knife after all.
        { worse || fever_told:
            The fever had already told them he needed the tetanus immunoglobulin, and he has had it.
        - else:
            Only then does anyone think of the tetanus immunoglobulin.
        }
    }
- plan == "evening":
    He goes to the emergency department after work, as he promised, and the hand team wash out the abscess that night.
- plan == "utc" || plan == "utc_late":
    The urgent treatment centre looks at the red line and the gland in his armpit and sends him on to the hand team, who wash out the abscess that night. He has lost most of a day getting there.
- plan == "planb":
    He is back at eight the next morning, as agreed. The red is a finger's width past your line, and the swelling has doubled. This time he goes to the hospital, and the hand team wash it out that afternoon, a day later than they might have.
- plan == "here":
    By Wednesday the hand has filled again, deeper. Nobody rings to check on him: he has no practice of his own to follow him up. Luis drives him to the emergency department, and the surgeons wash it out in theatre under a general anaesthetic.
- teach || netted:
    On Tuesday night the red passes your pen line and the shaking comes back. He remembers what you said, and Luis drives him to the emergency department. The hand team drain it the next morning.
- else:
    He takes the tablets when the pain is bad. Nobody rings when he misses the review: he has no practice of his own to follow him up.
    On Wednesday night Luis finds him shaking in the van and drives him to the emergency department. The infection has tracked towards the tendons, and the surgeons take him to theatre.
}
{ (fever_told || worse) && (plan == "hand" || plan == "evening" || plan == "utc" || plan == "utc_late"):
    He has antibiotics through a drip for two nights.
}
{
- charges_told:
    A letter about charges follows. He knew it might.
- glossed:
    A letter about charges follows. You had told him it was all free.
}
{ dow:
    He keeps the Doctors of the World card behind the photo of Valentina. One day, maybe.
}
{
- raised:
    Your concern goes on a meeting agenda. It may change things for the next person. It has not yet.
- else:
    On Thursday, Carol turns away a woman with a cough and a baby on her hip. The sign still says NO EXCEPTIONS.
}
He was treated once, as an exception. He is still not on anyone's list. # ending: treated-once
-> END

=== door
{ walked:
    You catch up with them in the car park, beside a white van with plasterboard in the back.
- else:
    Joaquín is already zipping his jacket over the hand. The waiting room watches him go.
}
* [Ask Luis to make sure he understands # move: address-companion # move: family-interpreter # time: 1 # why: Luis is asked to carry your message, and Joaquín, who understood every word already, is talked about in the third person.]
    ~ shift(trust, -2)
    Luis, can you make sure he understands? # speaker: clinician
    He understands, doctor. He understands very well. # speaker: luis # mood: angry
* [Let Carol go through the documents he needs; it's her process # move: comply-policy # move: detach # time: 1 # why: Joaquín is taken through a list of papers he cannot get, twice, and nobody talks about his hand.]
    ~ shift(trust, -2)
    ~ shift(access, -2)
    Carol goes through the documents twice, slowly. Joaquín nods at the counter.
* [Tell Joaquín yourself, looking at him, that you're sorry, and that his hand needs treating today, whatever happens here # move: address-patient # move: authentic-connection # time: 1 # why: Joaquín hears from you directly that the forms and his hand are separate things, and that his hand cannot wait.]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(hand, 2)
    I'm sorry, Joaquín. Whatever happens with the forms, your hand needs treating today. # speaker: clinician
    He looks at you.
    Today. Okay. # speaker: joaquin # mood: guarded
- -> door_safety

= door_safety
* [Give Luis the NHS 111 number, in case it gets worse # move: address-companion # time: 1 # why: Luis has a number to ring, and Joaquín leaves with no idea what counts as worse or when.]
    You write 111 on the back of the list and hand it to Luis.
* [Tell him exactly what means go to the emergency department, and that the emergency department doesn't ask for ID # move: plain-language # move: transparent-disclosure # move: address-patient # time: 2 # why: Joaquín knows the signs that mean go, and that the door of the emergency department is open to him, and he decides when to use it.]
    ~ netted = true
    ~ addressed += 1
    ~ shift(hand, 3)
    If the red climbs past your elbow, or you get shaking or fever, or you can't move your fingers, go to the emergency department that day. It's free. They treat everyone, and they don't ask for ID first. # speaker: clinician
    { trust >= 40:
        Elbow. Shaking. Fingers. Emergency, no ID. # speaker: joaquin # mood: neutral
        He says it back to you, committing it to memory.
    - else:
        He nods without looking up.
    }
* [Tell him the hand needs the hospital today, and that you're ringing the emergency department now so they expect him this morning # move: act-on-risk # move: plain-language # time: 2 # why: Whatever happens with the forms, you act on the risk to his hand, say why, and Joaquín has a place expecting him today instead of a sign to wait for.]
    ~ netted = true
    { looked:
        There's pus in your hand, and it needs letting out today. The emergency department is free and doesn't ask for ID. I'm ringing them now, so the hand team are expecting you. # speaker: clinician
    - else:
        That hand needs seeing at the hospital today, not next week. The emergency department is free and doesn't ask for ID. I'm ringing them now, so they're expecting you. # speaker: clinician
    }
    { trust >= 30:
        ~ ae_today = true
        ~ shift(hand, 10)
        ~ shift(trust, 2)
        Joaquín looks at Luis. Luis nods: he'll drive.
        Okay. This morning. # speaker: joaquin # mood: guarded
    - else:
        ~ shift(hand, 3)
        He nods without looking up. You make the call anyway.
    }
* [Suggest the pharmacist in the meantime # move: narrow-agenda # time: 1 # why: Joaquín is sent where he was already going, for a cream that will not reach what is in his hand.]
    ~ shift(hand, -3)
    The pharmacist next door might be able to help in the meantime. # speaker: clinician
    Joaquín nods. It is what he said he would do twenty minutes ago.
- -> door_plea

= door_plea
Doctor. Please. Look at him. If he can't work, he loses everything. # speaker: luis # mood: distressed
Luis. Déjalo. Vámonos. # speaker: joaquin # mood: withdrawn
* [Give them the Doctors of the World clinic details, where he can get help registering without papers # move: work-around # time: 1 # why: Joaquín leaves with somewhere else that might take him, and this practice's door stays shut.]
    ~ dow = true
    ~ shift(access, 2)
    You write a number on the back of the list.
    Doctors of the World. They can help you register with a GP, without papers. # speaker: clinician
    Luis takes it. Joaquín is already walking.
* [Change your mind: you'll see him now, as the duty doctor, as immediately necessary treatment # move: work-around # move: apologise # time: 1 # why: Joaquín hears you say you got it wrong and offer to see him now, and whether he turns back is up to him and to what is left of his trust.]
    ~ shift(trust, 4)
    Wait. I'm sorry. I got this wrong. I'm the duty doctor, and I'll see you now, without registering. # speaker: clinician
    { trust >= 28:
        ~ route = "ints"
        ~ walked = false
        ~ shift(hand, 6)
        Joaquín stops. Luis puts a hand on his back and steers him round.
        -> carol_worry
    - else:
        Joaquín looks at you for a moment, then shakes his head.
        No. Thank you. Twice is enough. # speaker: joaquin # mood: withdrawn
        Luis follows him out, with an apologetic lift of the hand.
    }
* [Hold to it: you're sorry, but he needs to come back with the documents # move: comply-policy # time: 1 # why: Joaquín is told once more that this door opens only with papers, and goes, with the hand.]
    ~ shift(access, -2)
    I'm sorry. Come back with the documents and we'll register you. # speaker: clinician
    Joaquín nods once, the nod of a man who expected nothing else.
- -> door_denise

= door_denise
The van pulls out of the car park.
Denise Hart comes in the other way, coat on, lanyard in hand. Carol tells her about the man without ID.
Good. Thank you, Carol. That's exactly what it's for. # speaker: denise
* [Tell Denise what you saw: a man with a spreading hand infection left untreated; ask to talk about the policy today # move: advocate # time: 2 # why: What the rule did to Joaquín is told to the person who wrote it, while it is fresh, and the next person may meet a different desk.]
    ~ raised = true
    ~ shift(access, 8)
    Denise, he had a spreading infection in his hand, and he left without treatment. I think the policy's wrong, and I'd like to talk about it today. # speaker: clinician
    I'm not the villain here. I'm trying to stop the next diazepam fraud. # speaker: denise
    She looks at Carol's face, then yours.
    Put it in an email. With whatever guidance you've got. # speaker: denise
* [Say nothing; your first patient is waiting # move: stay-silent # move: comply-policy # time: 1 # why: Denise thanks Carol for turning Joaquín away, and nobody tells her that his hand left untreated.]
    ~ shift(access, -3)
    You nod to Denise and go back to your room.
* [Tell her you'll be raising it with Dr Mehta and the clinical governance meeting # move: escalate # time: 1 # why: The rule is on its way to the people with authority to change it, and Denise hears it from you first.]
    ~ raised = true
    ~ shift(access, 6)
    I'm going to raise this with Dr Mehta and at clinical governance. I wanted you to hear it from me first. # speaker: clinician
    Denise's mouth tightens.
    Fine. That's what governance is for. # speaker: denise
- -> door_after

= door_after
In your room, before you call your first patient, you have a minute.
* [Leave Carol a note: anyone with an urgent problem and no ID, call the duty doctor first # move: work-around # time: 1 # why: The next person with an urgent problem and no ID gets as far as a doctor, though the sign still stands beside the note.]
    ~ note = true
    ~ shift(access, 5)
    You write it on a sticky note and take it to the desk. Carol reads it and sticks it beside the sign.
* [Write down what happened, with the times, what you saw and what advice he left with, and send it to Dr Mehta # move: bystander-document # move: escalate # time: 2 # why: What happened to Joaquín is on the record, with times, in the hands of the person who can change the rule.]
    ~ raised = true
    ~ shift(access, 8)
    You write it plainly: the time, the hand, the red line, the policy, the advice given. You send it to the clinical lead.
* [Call your first patient; the morning is starting # move: comply-policy # move: detach # time: 1 # why: The morning goes on, and what happened to Joaquín stays in your head and nowhere else.]
    ~ shift(access, -2)
    You call your first patient. It is {now()}.
- -> turned_away

=== turned_away
{
- ae_today:
    Luis drives Joaquín to the emergency department, not the site. Nobody asks him for ID. The hand team open and wash out the abscess that afternoon.
    {
    - work_told:
        They find a sliver of metal stud in it, and give him the tetanus immunoglobulin.
    - worse:
        With the fever, they give him the tetanus immunoglobulin as well as the vaccine, and find a sliver of metal in the wound.
    }
- netted && trust >= 40:
    Luis drives Joaquín back to the site. He holds boards one-handed for the rest of the day.
    On Tuesday night the shaking comes back and the red passes his elbow. He remembers what you said, and goes to the emergency department.
    By then the infection has tracked deeper into the hand. The surgeons wash it out in theatre under a general anaesthetic, and he spends three nights on a drip.
- else:
    Luis drives Joaquín back to the site. He holds boards one-handed for the rest of the day.
    On Wednesday night Luis finds him shaking in the van and drives him to the emergency department.
    By then the infection has tracked towards the tendons. The surgeons wash it out in theatre under a general anaesthetic, and he spends six nights on a drip.
}
A letter about charges follows him home: several thousand pounds.
{ fear_told:
    It is exactly the letter he told you he was afraid of.
}
{ dow:
    The Doctors of the World number is still on the back of the list, in the glovebox of the van.
}
{ note:
    Your note stays taped beside the sign. It will help someone. It did not help him.
}
{
- raised:
    On Thursday the partners read your concern, and the letter from the hospital. The memo is withdrawn: too late for Joaquín, not for the next person.
- else:
    The sign at the desk still says NO EXCEPTIONS.
}
The policy worked exactly as written. Joaquín was who it was written around. # ending: turned-away
-> END

=== research
Room four is Felix's research clinic: a desk, an examination couch, a camera on a stand, a stack of folders labelled MEND. # bg: research-office # ambience: research-office
Voss prints a nine-page information sheet and a consent form. Both are in English.
Luis can translate, can't he? Saves us the interpreter line. # speaker: voss
* [Agree: Luis translates; the interpreter line would take ten minutes # move: family-interpreter # move: address-companion # time: 1 # why: Nine pages of consent reach Joaquín through his workmate, in pieces, and what he is agreeing to is whatever Luis manages to say.]
    ~ interp = 1
    ~ shift(autonomy, -4)
    Luis pulls up a chair beside his friend and squints at the first page.
* [Let Felix lead; it's his study, and your list is starting # move: detach # time: 1 # why: Joaquín is left with a researcher who wants him for his target, and the doctor who brought him stands by the door.]
    ~ interp = 1
    ~ shift(trust, -3)
    You stand by the door. Felix hands the sheet to Luis without asking.
* [Ask for the Spanish telephone interpreter, and a Spanish information sheet if the study has one # move: professional-interpreter # move: address-patient # time: 3 # why: Joaquín will understand what he is being asked to sign, in Spanish, though he is still being asked in a room he was sent to because he is easy.]
    ~ interp = 2
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    Is there a Spanish information sheet? And I'd like a proper interpreter. # speaker: clinician
    There isn't a Spanish one. The sponsor said we wouldn't need it. # speaker: voss
    He sighs and dials. A woman's voice: Spanish interpreter, number 3318, everything in the first person, in confidence. # sfx: phone-ring
* [Take Joaquín back downstairs: tell Felix he is here for his hand, and the study can ask him another day # move: hold-boundary # move: separate-roles # time: 2 # why: You undo your own offer and say why, and Joaquín's care stops depending on a study before he has been asked to sign anything.]
    -> r_sign.exit
- -> r_explain

=== r_explain
It's a randomised open-label trial. Everyone has the abscess drained here first, then standard dressings or silver alginate, one to one. Photographs on days zero, three, seven, fourteen and twenty-eight. # speaker: voss
{
- interp == 2:
    The interpreter asks him to slow down, and to explain "open-label". He does, with a glance at the clock.
- else:
    Luis translates about half of it. One word he translates twice: forty.
}
The photos. Only of my hand? # speaker: joaquin # mood: guarded
* [Point out that the vouchers would cover the mornings he loses from work # move: press-with-payment # move: leverage-dependence # time: 1 # why: Joaquín, who loses a morning's pay at every visit, hears the vouchers from the doctor he came to, and saying no to the study gets harder.]
    ~ shift(autonomy, -6)
    The vouchers would cover the mornings you lose from work. # speaker: clinician
    Forty pounds. Every time. # speaker: joaquin # mood: neutral
    He looks at Luis. Luis nods: most of a day's pay.
* [Leave the explaining to Felix # move: detach # time: 1 # why: Joaquín gets the adverse events read aloud at speed, and the doctor who brought him says nothing.]
    ~ shift(trust, -2)
    Only the hand. # speaker: voss
    Felix turns to the page about adverse events and reads it aloud, quickly.
* [Explain it again in plain words, to Joaquín: what the study is testing, what it involves, and what he'd be giving # move: plain-language # move: address-patient # time: 2 # why: Joaquín understands what the study is and what it would cost him in mornings, though he still thinks his hand depends on it.]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    Dr Voss wants to know if a new kind of bandage heals wounds faster. He'd open the abscess here, then a computer picks which bandage you get. They'd photograph your hand five times over a month. # speaker: clinician
    Five times. Every time, a morning of work. # speaker: joaquin # mood: guarded
* [Change your mind: tell Felix you'll see Joaquín yourself, downstairs, and the study can approach him another day # move: hold-boundary # move: separate-roles # time: 2 # why: You stop the recruitment you started and say why, and Joaquín's hand is looked after without a signature attached.]
    -> r_sign.exit
- -> r_sign

=== r_sign
Voss turns the consent form round and uncaps a pen.
{ autonomy >= 40:
    -> asks
- else:
    -> reaches
}

= asks
Joaquín does not take the pen.
If I say no... you still do my hand? # speaker: joaquin # mood: guarded
* [Let Felix answer # move: stay-silent # move: leverage-dependence # time: 1 # why: Joaquín's question about his care is answered by the man who wants his signature, and the answer ties the two together.]
    Well, without registration, this really is the way to be seen today. # speaker: voss
    { autonomy >= 48:
        Joaquín pushes the form back across the desk.
        Then no. I don't sign for my hand. I wait downstairs, for the doctor. # speaker: joaquin # mood: angry
        He is looking at you.
        -> declined
    }
    Joaquín takes the pen.
    -> signed
* [Tell him it's the quickest way to get his hand sorted this morning # move: rush-decision # move: leverage-dependence # time: 1 # why: Joaquín is told that signing is the fast way to care, and takes the pen without an answer to what he asked.]
    ~ shift(autonomy, -4)
    It's the quickest way to get your hand sorted this morning. # speaker: clinician
    Joaquín takes the pen.
    -> signed
* [Tell him yes: his treatment doesn't depend on this; you'll treat him downstairs whatever he decides # move: separate-roles # move: affirm-refusal # move: address-patient # time: 2 # why: Joaquín hears that no is a safe answer and that his hand will be treated either way, and the study becomes something he can refuse.]
    -> exit

= reaches
Joaquín reaches for the pen without reading. He has worked out that this is the price of the door.
* [Ask Luis to check he's happy # move: address-companion # time: 1 # why: Luis speaks for Joaquín's consent, and the signature goes down without Joaquín being asked himself.]
    He's happy. He says thank you. # speaker: luis # mood: neutral
    -> signed
* [Stop him: tell him he can say no, and you'll treat him downstairs whatever he decides # move: separate-roles # move: affirm-refusal # move: address-patient # time: 2 # why: Joaquín learns before he signs that his care does not depend on the study, and the price of the door he thought he was paying disappears.]
    -> exit
* [Let him sign; he's agreed # move: select-for-convenience # time: 1 # why: Joaquín signs because he believes it is the price of being seen, and the study gets the participant it wanted because he was easy.]
    -> signed

= exit
~ addressed += 1
~ route = "ints"
~ shift(trust, 8)
~ shift(autonomy, 8)
~ shift(hand, 4)
Wait. Joaquín, your treatment doesn't depend on this. I'll treat you downstairs, whatever you decide. If you're interested in the study another day, Dr Voss can ask you then. # speaker: clinician
Joaquín looks at the consent form, then pushes it an inch away from him, very precisely.
Then first the hand. # speaker: joaquin # mood: relieved
Your call. He'd have been perfect. # speaker: voss
You take Joaquín down to room 6. # bg: consult-room # ambience: consult-room
-> history

= declined
~ route = "ints"
~ shift(hand, 4)
He's right. Felix, I'll see him myself. # speaker: clinician
Your call. He'd have been perfect. # speaker: voss
You take Joaquín down to room 6. He does not speak on the stairs. # bg: consult-room # ambience: consult-room
-> history

= signed
~ shift(trust, -2)
~ shift(hand, -6)
Joaquín signs where Felix's finger points. His signature is careful and large.
-> r_photos

=== r_photos
Day-zero photographs. # speaker: voss
He sets the camera over the hand.
* [Hold his arm steady for Felix so it's quick # move: proceed-regardless # time: 1 # why: Joaquín's arm is held for the camera by the doctor he came to see, and he looks at the ceiling until it stops.]
    ~ shift(trust, -3)
    You hold his forearm flat. Joaquín looks at the ceiling while the camera clicks.
* [Ask Joaquín if he's all right with the photographs, and tell him he can stop them # move: ask-before-touch # move: offer-control # move: address-patient # time: 1 # why: Joaquín sets the limits of the photographs, only his hand, and knows he can stop them.]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Is this all right? You can say stop. # speaker: clinician
    Only the hand. Not my face. # speaker: joaquin # mood: guarded
    Only the hand. # speaker: voss
- -> r_crf

=== r_crf
Felix runs down the case report form.
Any fever in the last forty-eight hours? Shaking chills? No? Good. # speaker: voss
He is ticking the box before the answer comes.
* [Stop, and ask Joaquín yourself about the nights # move: ask-about-risk # move: address-patient # move: plain-language # time: 1 # why: Joaquín is asked the question the form rushed past, in words he can answer and with the reason, and what he says could change where he goes today.]
    ~ addressed += 1
    How have the nights been, Joaquín? Any shivering, sweating, hot and then cold? I need to know if the infection is in your blood. # speaker: clinician
    ~ temp g = 52
    { interp == 1:
        ~ g = 66
    }
    { trust >= g && addressed >= 3:
        -> excluded
    }
    ~ shift(trust, 1)
    No. Only the pain. # speaker: joaquin # mood: guarded
    He answers the question the form asked, not the one you did.
* [Let the form go on; Felix knows his protocol # move: stay-silent # move: detach # time: 1 # why: The box is ticked before Joaquín answers, and the shaking at night stays his secret.]
    Felix ticks the box.
- -> r_after

= excluded
~ fever_told = true
~ route = "ints"
~ shift(hand, 8)
At night, cold. Very cold, my teeth go like this. Then hot, burning. Saturday, Sunday. This morning I take paracetamol, for work. # speaker: joaquin # mood: distressed # disclose: fever
Felix puts his pen down.
Systemic features. That's an exclusion criterion, I'm afraid. He's not eligible. # speaker: voss
He is already tidying the form away. The study has no further use for Joaquín. You do.
You take him down to room 6. # bg: consult-room # ambience: consult-room
-> exam

=== r_after
Felix opens the abscess on his examination couch, packs it, and the computer picks the dressing. Joaquín leaves with a dressing pack, a week of flucloxacillin and a study card for day three. # bg: front-desk # ambience: front-desk
Back at the desk, Carol catches your sleeve.
Did Dr Voss take him? He says to send him any more like that. # speaker: carol
* [Tell Carol Felix's study needs patients, so yes, let him know about wounds # move: select-for-convenience # time: 1 # why: Carol learns that sending people like Joaquín upstairs is what the doctors want, and the next man without papers with a wound meets the study before a doctor.]
    ~ shift(access, -5)
    The study needs patients. So yes, let him know about wounds. # speaker: clinician
    Carol looks relieved. She writes Felix's room number on a sticky note beside the sign.
* [Say nothing; your own surgery is about to start # move: stay-silent # time: 1 # why: Felix's request stands, and the next person like Joaquín may be sent up the same stairs.]
    You go back to your room. It is {now()}.
* [Tell Carol not to send anyone to Felix because they're easy to recruit, and raise it with the practice's research governance lead # move: bystander-direct # move: escalate # time: 2 # why: The next person without papers will not be steered upstairs for being easy, and what happened to Joaquín goes to someone who can stop it.]
    ~ research_flag = true
    ~ shift(access, 5)
    Don't send anyone to Felix because they're easy, Carol. That's not your doing. I'm going to raise it with research governance. # speaker: clinician
    Carol takes the sticky note with Felix's room number off her screen, and bins it.
- -> enrolled

=== enrolled
{ interp == 2:
    Joaquín understood the study, through the interpreter. He still believed his hand depended on signing.
- else:
    Joaquín signed a consent form in a language he reads slowly, translated by his workmate, in a room he was sent to because he would not complain.
}
{ worse:
    A drainage on a research couch, with no X-ray and nobody looking at the tendons, and tablets for a fever that needed a drip: the hand does not settle. He does not reach day three: on Tuesday night Luis drives him to the emergency department, and the surgeons wash the hand out in theatre and find a sliver of metal stud. The study records a serious adverse event.
- else:
    A drainage on a research couch, with no X-ray and nobody looking at the tendons, does not reach the whole of it. On day three the abscess has filled again, and he is sent to the hospital, where the hand team wash it out and find a sliver of metal stud. The study records an adverse event.
}
He comes to every visit after that, and loses a morning's pay each time. Nobody made him believe he could stop.
He is still not registered anywhere.
{
- research_flag:
    Your concern reaches the research governance lead. Recruitment at the practice is paused while it is reviewed.
- else:
    Felix asks Carol to let him know about anyone else like him. Twice before the month is out, she does.
}
His hand heals. Someone's recruitment target moved by one. # ending: enrolled-for-convenience
-> END
