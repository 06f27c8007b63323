// Front desk: a new photo-ID rule at registration, a man without papers whose hand
// infection is spreading, a kind receptionist afraid for her job, and a researcher who
// thinks people like him are "convenient". Structural power is the story.
// Facilitator guide: docs/scenarios/front-desk.md
INCLUDE ../../lib/power.ink

VAR trust = 35       // 0..100: Joaquín's trust in the player; he arrives braced to be sent away
VAR autonomy = 40    // 0..100: how far Joaquín's own informed values drive what is decided
VAR clock = 0        // minutes since 08:45; the engine adds each choice's time tag. Your own surgery starts at 09:00 (clock 15).

VAR addressed = 0        // how often the player has spoken to Joaquín himself
VAR private = false      // the conversation moved out of the queue's hearing
VAR looked = false       // the player saw the hand properly at the desk
VAR exemption = false    // the player read the memo's small print on urgent need
VAR route = ""           // comply, docs, ints (immediately necessary treatment), advocate, study
VAR walked = false       // he walked out of the building
VAR fear_told = false
VAR fever_told = false
VAR voss_named = false   // the player challenged Voss's remark
VAR voss_open = false    // Voss's offer was left on the table
VAR reg_ok = false       // someone with authority has agreed he can register without ID
VAR raised = false       // the policy has been raised with the people who set it
VAR registered = false
VAR interp = 0           // 0 his own English, 1 Luis interprets, 2 telephone interpreter
VAR luis_here = true
VAR plan = ""            // hospital, oral, planb
VAR charges_told = false // told plainly what a hospital may charge
VAR glossed = false      // told "it's all free, nobody asks"
VAR teach = false        // teach-back done
VAR safety = false       // told exactly when to go to the emergency department
VAR dow = false          // given the Doctors of the World clinic details
VAR note = false         // left Carol a note about urgent cases
VAR research_flag = false
VAR late_noted = false

-> opening

=== function now()
{
- clock < 15:
    ~ return "08:" + (45 + clock)
- clock < 25:
    ~ return "09:0" + (clock - 15)
- else:
    ~ return "09:" + (clock - 15)
}

=== opening
Monday, 08:46. Your own surgery starts at nine. # bg: front-desk # ambience: front-desk
Two minutes ago Carol Jennings rang your room. Could you come to the desk, doctor? I'm not sure what to do.
Two men in work clothes stand at the desk, plaster dust in the creases of their boots. The younger one holds his left hand against his chest, wrapped in a tea towel.
In front of Carol is a laminated sign, new last week: NEW PATIENTS MUST BRING PHOTO ID AND PROOF OF ADDRESS. NO EXCEPTIONS.
Morning, doctor. I am Luis. This is Joaquín, he works with me. His hand is very bad. # speaker: luis # mood: distressed
The man with the tea towel nods to you. Early thirties, broad shoulders, and the grey look of someone who has not slept.
Good morning. # speaker: joaquin # mood: guarded
* [Introduce yourself to Joaquín and ask him what happened # move: address-patient # move: open-question # time: 2]
    ~ addressed += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Hello, Joaquín. I'm one of the doctors here. Can you tell me what happened? # speaker: clinician
    He glances at Luis, then decides to try for himself.
    Tuesday, at work. The stud, the metal one. Sharp like a knife. # speaker: joaquin # mood: guarded
    He draws a line across the back of his hand with one finger.
    I put tape, I keep working. Since Saturday, is big. Hot. # speaker: joaquin # mood: distressed
    His English is slow and careful. He understands more than he says, you think.
* [Ask Luis what happened; his English is better, and the queue is growing # move: address-companion # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    What happened, Luis? # speaker: clinician
    Last Tuesday. We do dry-lining, and a metal stud cut him. He put tape and kept working. # speaker: luis # mood: neutral
    Since Saturday, worse and worse. # speaker: luis # mood: distressed
    Joaquín lets Luis tell it. His eyes go to the sign on the desk, then to the door.
* [Ask Carol for the memo first, so you know what you are dealing with # move: detach # time: 1]
    ~ exemption = true
    ~ shift(trust, -3)
    Can I see the memo, Carol? # speaker: clinician
    She hands you a printed sheet. From Denise Hart, Practice Manager: photo ID and proof of address for every new registration, no exceptions.
    At the bottom, in smaller type: urgent clinical need at the discretion of the duty doctor. You are the duty doctor until ten.
    While you read, the two men wait. Joaquín shifts his weight and looks at the door.
- -> desk

=== desk
Behind them the queue has grown: a woman with a toddler on her hip, an older man with a walking frame, a boy in school uniform. All of them can hear.
* [Stay at the desk; it's quicker, and Carol needs to hear this too # move: detach # time: 1]
    ~ shift(trust, -3)
    Joaquín lowers his voice. Behind him, the woman with the toddler listens without pretending not to.
* [Ask Joaquín where he would rather talk: here, or somewhere quieter # move: offer-control # move: address-patient # time: 2]
    ~ addressed += 1
    ~ private = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    Would you rather talk here, or somewhere quieter? # speaker: clinician
    Quiet. Please. # speaker: joaquin # mood: relieved
    You take them into the little side room off the waiting area: two chairs, a box of toys, a poster about flu jabs. Joaquín sits on the edge of a chair and breathes out.
* [Take them into the side room off the waiting area, out of the queue # move: authentic-connection # time: 2]
    ~ private = true
    ~ shift(trust, 4)
    Let's get you out of this queue. # speaker: clinician
    The side room has two chairs, a box of toys and a poster about flu jabs. Joaquín sits on the edge of a chair. Luis stays standing, phone in hand.
- -> hand

=== hand
Joaquín holds the wrapped hand a little way towards you, and waits.
* [Look at what shows past the towel, and ask Luis when it happened # move: address-companion # move: narrow-agenda # time: 1]
    ~ shift(trust, -2)
    When was this? # speaker: clinician
    Tuesday. Five days. # speaker: luis # mood: neutral
    Past the edge of the towel you can see a red, swollen wrist. Enough to know it needs seeing today. Not enough to know how much.
* [Ask if you may look, and let him unwrap it himself # move: ask-before-touch # move: offer-control # move: address-patient # time: 2]
    ~ looked = true
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    May I see it? You unwrap it, however is comfortable. # speaker: clinician
    He unwinds the towel slowly, easing it where it sticks.
* [Unwrap it yourself; you need to see it # move: proceed-regardless # time: 1]
    ~ looked = true
    ~ shift(trust, -4)
    ~ shift(autonomy, -3)
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
    Carol appears in the doorway of the side room, the phone still ringing behind her. # sfx: phone-ring
- else:
    The phone on the desk starts to ring. Carol lets it. # sfx: phone-ring
}
Doctor, I'm so sorry. I can't register him without photo ID and something with his address on. Denise was very clear. # speaker: carol
I let a man through without ID last month and got called into her office. Nineteen years I've been here. I can't... # speaker: carol
She doesn't finish.
{ exemption:
    You think of the small print: urgent clinical need, at the duty doctor's discretion.
}
* [Accept the rule: he can register once he brings ID and proof of address # move: comply-policy # time: 1]
    ~ route = "comply"
    ~ shift(trust, -5)
    ~ shift(autonomy, -3)
    All right. We'll do it properly. Once he has ID and proof of address, we can register him. # speaker: clinician
    Thank you, doctor. # speaker: carol
    Joaquín understood every word. He starts winding the towel back round his hand.
* [Tell Carol you're fairly sure NHS England says no one can be refused registration for lacking ID, and that you'll ring Denise yourself # move: advocate # time: 2]
    ~ route = "advocate"
    ~ shift(trust, 3)
    I'm fairly sure NHS England's guidance says practices can't refuse to register someone for having no ID or proof of address. I'll ring Denise. This isn't on you, Carol. # speaker: clinician
    Carol lets out a breath and passes you the desk phone. Denise's mobile goes to voicemail. You leave a message.
* [Ask Joaquín if he has any other ID: a passport, a bank card, a letter with his name # move: work-around # move: address-patient # time: 1]
    ~ route = "docs"
    ~ addressed += 1
    ~ shift(trust, -3)
    Do you have anything with your name on it? A passport, a bank card, a letter? # speaker: clinician
    Joaquín goes very still.
    { trust >= 40:
        Passport, at home. Colombia. But it is... old. # speaker: joaquin # mood: guarded
        The visa inside finished a long time ago. # speaker: luis # mood: guarded
        Joaquín looks at Luis, hard. Luis shrugs: what else could I say?
    - else:
        No. Nothing. # speaker: joaquin # mood: withdrawn
    }
    A passport would do for photo ID. But it's proof of address as well, doctor. That's what the memo says. # speaker: carol
* [Tell Carol not to register him, then: as duty doctor you'll see him now, as immediately necessary treatment # move: work-around # time: 1]
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
* [Reassure him that nobody here will report him to anyone # move: rescue # time: 1]
    ~ shift(trust, 1)
    ~ shift(autonomy, -2)
    Nobody here is going to report you to anyone. I promise. # speaker: clinician
    Joaquín looks at you for a long moment. You have answered a question he had not asked, and now he knows what you guessed.
    You promise. Okay. # speaker: joaquin # mood: guarded
* [Ask Joaquín, gently and directly, what is worrying him # move: authentic-connection # move: open-question # move: address-patient # time: 2]
    ~ addressed += 1
    Joaquín, before you go. What's worrying you about being here? # speaker: clinician
    ~ temp gate = 55
    { private:
        ~ gate = 48
    }
    { trust >= gate:
        ~ fear_told = true
        ~ shift(trust, 5)
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
* [Ask Luis what the problem is # move: address-companion # time: 1]
    ~ shift(trust, -6)
    ~ shift(autonomy, -4)
    What's the problem, Luis? # speaker: clinician
    He has no papers, doctor. You understand. He is afraid. # speaker: luis # mood: guarded
    Joaquín says one word to Luis, low and hard. Luis looks at his boots.
* [Tell him plainly that a cream won't be enough; this needs antibiotics today # move: plain-language # move: address-patient # time: 1]
    ~ addressed += 1
    ~ shift(trust, 2)
    ~ shift(autonomy, 2)
    Joaquín, a cream from the chemist won't touch this. It needs antibiotics, today. # speaker: clinician
    Today. # speaker: joaquin # mood: guarded
    He says it as if it is a word that costs money.
- -> voss

= fear_reply
* [Acknowledge it: after Andrés, it makes sense to be careful # move: authentic-connection # time: 1]
    ~ shift(trust, 4)
    That sounds frightening. After what happened to Andrés, it makes sense to be careful. # speaker: clinician
    Yes. Careful. Always careful. # speaker: joaquin # mood: guarded
    His shoulders come down a little.
* [Reassure him that it's all free and confidential, nothing to worry about # move: conceal # move: rescue # time: 1]
    ~ glossed = true
    ~ shift(trust, 2)
    ~ shift(autonomy, -4)
    Don't worry about any of that. It's all free and confidential. # speaker: clinician
    All free? Hospital also? # speaker: joaquin # mood: guarded
    You nod. It is true in this building. It is not quite true in the next one.
* [Tell him honestly what is and isn't shared: the practice doesn't report patients; hospitals can charge for some care # move: transparent-disclosure # move: plain-language # time: 3]
    ~ charges_told = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Here's the truth as I know it. We don't report patients to immigration. Seeing a GP is free for everyone in England, papers or not. # speaker: clinician
    Hospitals are different. The emergency department is free, but if a hospital keeps you in, it can send a bill afterwards, and a big bill left unpaid can be passed to the Home Office. # speaker: clinician
    Joaquín listens to every word.
    Okay. Now I know the real thing. # speaker: joaquin # mood: warm
- -> voss

=== voss
Footsteps on the stairs. # sfx: footsteps
Dr Felix Voss comes down with a coffee and a RESEARCH lanyard. Last week he asked Carol to tell him about any wounds. She nods him towards the tea towel.
Is that the hand? Five days, spreading, maybe a collection. Lovely. # speaker: voss
I'm recruiting for MEND, a dressings trial, and I'm eleven short with six weeks to go. I can see him upstairs right now. Study notes, no registration needed. Forty-pound voucher each follow-up. # speaker: voss
Then, to you, lower, but not low enough:
Honestly, people like him are perfect. Convenient. They don't complain, and they don't follow up with lawyers. # speaker: voss
Joaquín's face does not change. But he has stopped moving, and you are fairly sure he understood "people like him".
* [Say "Not now, Felix," and turn back to Joaquín # move: stay-silent # time: 1]
    ~ voss_open = true
    ~ shift(trust, -3)
    Not now, Felix. # speaker: clinician
    Suit yourself. Room four, if you change your mind. # speaker: voss
    He goes back upstairs. The phrase stays in the room after him.
* [Take Felix up on it: Joaquín gets seen now, and Carol doesn't have to break the rule # move: select-for-convenience # move: leverage-dependence # time: 1]
    ~ route = "study"
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    That would solve it. Joaquín, Dr Voss can see you upstairs, now. # speaker: clinician
    Joaquín looks from you to Voss and back. He has been offered a door, and he does not know where it goes.
    Okay. If you say. # speaker: joaquin # mood: guarded
* [Tell Felix plainly that "convenient" is no reason to recruit anyone: Joaquín is a patient first, and a study can ask him separately, later # move: bystander-direct # move: separate-roles # time: 2]
    ~ voss_named = true
    ~ shift(trust, 7)
    ~ shift(autonomy, 4)
    Felix, that's not a reason to recruit anyone. Joaquín is here as a patient. He gets treated first, and if a study wants him later, someone can ask him then, separately. # speaker: clinician
    Fair enough. Touchy this morning. # speaker: voss
    He raises his coffee in surrender and goes back upstairs. Carol studies the counter.
    Joaquín looks at you properly, for the first time.
- -> crossroads

=== crossroads
{ clock >= 8:
    Luis's phone buzzes. He looks at the screen and does not answer. Gary, the site manager. The fourth call.
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
* [Let him go; he is an adult and he has decided # move: comply-policy # move: detach # time: 1]
    ~ walked = true
    The automatic doors open and close behind them.
    -> door
* [Ask Luis to talk him round # move: address-companion # time: 1]
    ~ walked = true
    ~ shift(autonomy, -4)
    Luis, can you talk to him? # speaker: clinician
    Luis tries, in fast Spanish, at the door. Joaquín answers with one shake of the head and walks out. Luis follows.
    -> door
* [Go after him: apologise, and offer to see him now as the duty doctor, no registration needed # move: apologise # move: work-around # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 6)
    I'm sorry. I've made this harder than it needed to be. I'm the duty doctor. I can see you now, without registering. Please. # speaker: clinician
    { trust >= 24:
        Joaquín stops at the door. Luis says something to him, quietly.
        Ten minutes. Then I go to work. # speaker: joaquin # mood: guarded
        ~ route = "ints"
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
* [Ring Denise before they go, and ask her to put this right # move: advocate # time: 2]
    ~ route = "advocate"
    Wait. Let me ring the practice manager. # speaker: clinician
    Carol passes you the desk phone. Denise's mobile goes to voicemail. You leave a message, and wait.
    -> denise
* [Hold to it: register when he has the documents, and go to the emergency department if it gets worse # move: comply-policy # time: 1]
    ~ shift(trust, -4)
    I'm sorry. Once he has the documents, we'll register him. If it gets worse, go to the emergency department. # speaker: clinician
    -> door
* {voss_open} [Send them up to Felix's room after all; he'll see Joaquín without registration # move: select-for-convenience # time: 1]
    ~ route = "study"
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    Actually, Dr Voss can see you upstairs, now. Room four. # speaker: clinician
    Joaquín follows you up the stairs the way people follow directions in a country that is not theirs.
    -> research
* [Change your mind: as duty doctor you'll see him now, as immediately necessary treatment # move: work-around # time: 1]
    ~ route = "ints"
    ~ shift(trust, 4)
    No. Wait. This can't wait for documents. I'm the duty doctor. I'll see him now, without registering. # speaker: clinician
    Luis closes his eyes for a second.
    Thank you. # speaker: luis # mood: relieved
    -> carol_worry

=== carol_worry
Carol lowers her voice.
Denise will ask why I let him through. What do I tell her? # speaker: carol
* [Tell her the policy is the problem, not her, and that you'll take it up with Denise today, in writing # move: advocate # time: 2]
    ~ raised = true
    It's the policy that's wrong, Carol, not you. No ID isn't a reason to refuse anyone. I'll write to Denise today. # speaker: clinician
    Will you? I've thought it was wrong since the memo came. I just didn't think it was my place. # speaker: carol
* [Tell her it was your clinical decision; you'll write it in the notes and tell Denise yourself # move: work-around # time: 1]
    Tell her it was my decision, as duty doctor. I'll put it in the notes and speak to her myself. # speaker: clinician
    Carol nods. Some of the stiffness goes out of her shoulders.
* [Ask Carol to book him in as a temporary resident instead # move: work-around # time: 1]
    Could we book him as a temporary resident instead? # speaker: clinician
    Temporary is still registration, doctor. Same memo. # speaker: carol
    Then he's an emergency. I'll see him as one. # speaker: clinician
- -> consult

=== denise
The desk phone rings. Carol hands it to you. # sfx: phone-ring
Denise Hart. Someone left a message? I'm on the bus, go on. # speaker: denise
You tell her: a man with a spreading hand infection and no ID. His immigration status is his business, not hers.
I hear you. But that policy's there for a reason. Last autumn a man registered under a false name and got three months of diazepam out of us. The partners were furious. # speaker: denise
* [Tell her you'll take it to Dr Mehta and the clinical governance meeting if the policy stays # move: escalate # time: 2]
    ~ raised = true
    ~ route = "ints"
    If it stays as it is, I'll have to raise it with Dr Mehta, and at clinical governance. # speaker: clinician
    A longer pause.
    Then raise it. Until the partners say otherwise, Carol follows the policy. See him as an emergency if you must. # speaker: denise
    She rings off. You have been right, and made an enemy, before nine o'clock.
* [Take her problem seriously and propose a route that solves it without excluding anyone: register without ID, as the guidance requires, and flag identity as unverified # move: advocate # time: 3]
    ~ reg_ok = true
    ~ raised = true
    That's a real problem. But NHS England's guidance says we can't refuse registration for lack of ID or an address. We could register everyone, and flag "identity not verified" so nobody gets controlled drugs without extra checks. # speaker: clinician
    A pause. At her end, the bus brakes hiss.
    Send me the guidance. If it says that, fine. Register him today, and I'll take the policy to the partners on Thursday. Tell Carol it's on me. # speaker: denise
    When you pass it on, Carol closes her eyes for a second.
* [Ask her for an exception this once, since he's unwell # move: work-around # time: 1]
    ~ route = "ints"
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
Luis's phone buzzes again. He turns it face down on his knee.
I can translate, doctor. But Gary calls me. I must be on site by ten. # speaker: luis # mood: guarded
* [Ask Luis to interpret; he knows Joaquín, and it's quicker # move: family-interpreter # move: address-companion # time: 1]
    ~ interp = 1
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    Would you interpret for us, Luis? It'll be quicker. # speaker: clinician
    Of course. # speaker: luis # mood: neutral
    From now on, Joaquín speaks to Luis, and Luis speaks to you.
* [Carry on in simple English, speaking to Joaquín, with Luis helping only with words # move: plain-language # move: address-patient # time: 1]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    Let's try in English, slowly. Luis can help with any words. # speaker: clinician
    Slowly, yes. I understand more than I speak. # speaker: joaquin # mood: neutral
    His English is better than he says. He watches the football in English. # speaker: luis # mood: warm
    Only the football. # speaker: joaquin # mood: warm
* [Ring the Spanish telephone interpreter, so Luis can get to work and Joaquín can speak for himself # move: professional-interpreter # move: address-patient # time: 3]
    ~ interp = 2
    ~ luis_here = false
    ~ addressed += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 5)
    Luis, go to work if you need to. We'll use a Spanish interpreter on the phone. # speaker: clinician
    Luis squeezes Joaquín's shoulder. Llámame. Call me. And he goes.
    Hold music, then a click. # sfx: phone-ring
    Good morning. Spanish interpreter, number 3318. I will interpret everything that is said, in the first person, and all of it is confidential. # speaker: interpreter
    Joaquín answers her in Spanish, and his whole face changes. He is a fluent man again.
- -> history

=== history
{ clock >= 15 && not late_noted:
    ~ late_noted = true
    It is {now()}. On your screen, your first patient has already arrived.
}
* [Run through the key questions: any purulent discharge, rigors, diabetes, tetanus status, allergies? # move: jargon # move: narrow-agenda # time: 1]
    ~ shift(trust, -3)
    ~ shift(autonomy, -3)
    Any purulent discharge? Rigors? Are you diabetic? Is your tetanus up to date? Any allergies? # speaker: clinician
    {
    - interp == 2:
        The interpreter asks what rigors are. Shaking chills, you say. She puts it to him in Spanish.
        No. No. Tetanus, I don't know. No allergies. # speaker: interpreter
        The second no comes a beat late.
    - interp == 1:
        Luis translates what he can.
        No, no. Tetanus, he doesn't know. No allergy. # speaker: luis # mood: neutral
        You are not sure how he put rigors. You are not sure he knew.
    - else:
        No. No. Tetanus... I don't know. # speaker: joaquin # mood: guarded
        He nods at some of the words and not at others.
    }
* [Ask him to tell you about the last five days, in his own words # move: open-question # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    Tell me about the last five days, from the beginning. # speaker: clinician
    {
    - interp == 2:
        Tuesday the stud cut me. I taped it and kept going. We had a ceiling to finish. # speaker: interpreter
        Saturday it went hot and swollen, and the red started climbing my arm. Sunday I couldn't close my hand round a cup. # speaker: interpreter
    - interp == 1:
        Joaquín talks for a long time, tracing a line up his forearm.
        He says it started Tuesday, and since Saturday it's bad. # speaker: luis # mood: neutral
        Joaquín said three times as much as that.
    - else:
        Tuesday, cut. I put tape, I work. Saturday, hot, big. # speaker: joaquin # mood: neutral
        Sunday I cannot hold the cup. And the red, it walks up. # speaker: joaquin # mood: distressed
        He traces its path up his arm with a finger.
    }
* [Ask how he's been managing at work with a hand like this # move: authentic-connection # move: open-question # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    How have you been managing at work, with a hand like that? # speaker: clinician
    {
    - interp == 1:
        He's working. One hand. He's strong. # speaker: luis # mood: warm
        No work, no money. # speaker: joaquin # mood: guarded
        He says it in English, past Luis, to you.
    - interp == 2:
        One hand. Luis drives the screws, I hold the boards. If I stop, Gary gives the job to another man. No work, no money. # speaker: interpreter
        Every month I send money to Cali, for my daughter's school. She wants to be a vet. # speaker: interpreter
        And my corners are perfect. Ask Luis. # speaker: joaquin # mood: warm
    - else:
        One hand. Luis does the screws, I hold the boards. If I stop, Gary finds another man. # speaker: joaquin # mood: guarded
        My daughter, in Cali. Every month I send for her school. She wants to be a vet. # speaker: joaquin # mood: warm
        And my corners are perfect. Ask Luis. # speaker: joaquin # mood: warm
        Better than mine. Don't tell Gary. # speaker: luis # mood: warm
    }
- -> nights

=== nights
You need to know how unwell he is in himself, not just his hand.
* [Check his temperature instead of asking # move: detach # move: narrow-agenda # time: 1]
    You put the thermometer in his ear. 37.4. Raised, but not by much.
    Joaquín watches the number as if it is a verdict on him.
* [Ask him directly about the nights: any shivering, sweats, feeling hot and then cold? # move: address-patient # move: plain-language # time: 2]
    ~ addressed += 1
    How have the nights been? Any shivering or sweating? Feeling hot, then cold? # speaker: clinician
    ~ temp g = 52
    { interp == 1:
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
    - else:
        Is okay. Only the pain. # speaker: joaquin # mood: guarded
    }
* {luis_here} [Ask Luis whether he has seemed unwell # move: address-companion # time: 1]
    ~ shift(trust, -2)
    Has he seemed unwell to you, Luis? # speaker: clinician
    Tired. We are all tired. We start at seven. # speaker: luis # mood: neutral
    { trust >= 70:
        Joaquín shakes his head at Luis.
        Luis doesn't know. He doesn't sleep in my room. # speaker: joaquin # mood: guarded
        -> fever
    }
- -> exam

= fever
~ fever_told = true
~ shift(trust, 3)
{ interp == 2:
    At night I shake. So cold my teeth knock, and then I'm burning. Saturday and Sunday. Last night the sheet was soaked. # speaker: interpreter # disclose: fever
    I took two paracetamol at six this morning, so I could work. # speaker: interpreter
    Escalofríos. Shaking. # speaker: joaquin # mood: distressed
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
* [Explain what you want to check and why, and ask if that's all right # move: ask-before-touch # move: plain-language # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'd like to check your temperature and pulse, then feel along your arm and under your armpit. Tell me if anything hurts and I'll stop. # speaker: clinician
    Okay. Gently. # speaker: joaquin # mood: neutral
* [Get on with the observations and the arm; the list is waiting # move: proceed-regardless # time: 1]
    ~ shift(trust, -3)
    You clip the probe on his finger and press along his forearm. He winces and lets you.
* {luis_here} [Ask Luis to hold the arm still while you press along it # move: address-companion # move: proceed-regardless # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -3)
    Luis holds his friend's elbow. Joaquín stares at the wall until you have finished.
-
Temperature 37.4, pulse 96, blood pressure and breathing normal. Redness halfway up the forearm, the faint red line beyond it, a tender gland in the armpit.
At the cut, a soft swelling the size of a grape: an abscess starting. He can move every finger without crying out.
You draw round the edge of the redness with a skin pen, and write the time beside it. He doesn't know when he last had a tetanus jab, so the nurse will give him one before he goes.
{ fever_told:
    With the shaking at night and paracetamol on board, those numbers flatter him. This needs the hospital today.
- else:
    Antibiotics today, without question. Tablets with a close review, or the hospital: a judgement you must make on what you know.
}
-> the_plan

=== the_plan
{ fever_told:
    -> hospital
}
* [Explain it in clinical terms: cellulitis with lymphangitis and an early collection; oral flucloxacillin, review at 48 hours # move: jargon # time: 1]
    ~ plan = "oral"
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    It's cellulitis with some lymphangitis and an early collection. Oral flucloxacillin, and we'll review at 48 hours. # speaker: clinician
    Joaquín catches "collection" and lets the rest go past.
    Okay. Tablets. # speaker: joaquin # mood: guarded
* [Explain plainly, lay out the options, tablets with a review tomorrow or the hospital today, and ask what matters most to him # move: offer-choice # move: elicit-values # move: plain-language # time: 3]
    ~ shift(trust, 4)
    ~ shift(autonomy, 8)
    This is an infection under the skin, and it's spreading. It needs antibiotics today. # speaker: clinician
    You could take tablets and come back tomorrow so I can check it, or go to the hospital today, where they'd give antibiotics through a drip and drain that swelling. What matters most to you? # speaker: clinician
    Work. If I stop two weeks, Gary finds another man. And Valentina's school. # speaker: joaquin # mood: guarded
    { trust >= 65 && interp != 1:
        He stops. Then he makes himself go on.
        But I must say you. At night... # speaker: joaquin # mood: distressed
        -> late
    }
    ~ plan = "oral"
    Tablets. And tomorrow I come back. I promise. # speaker: joaquin # mood: neutral
* [Prescribe flucloxacillin, mark the edge, and book a review in two days # move: decide-for # move: narrow-agenda # time: 1]
    ~ plan = "oral"
    ~ shift(autonomy, -5)
    Flucloxacillin, four times a day for a week. Back in two days so I can check the line. # speaker: clinician
    Joaquín nods at each instruction, like a man taking down a delivery.
- -> teachback

= late
~ fever_told = true
~ shift(trust, 3)
At night I shake. Cold, very cold, then burning. Saturday, Sunday. This morning I take paracetamol, for work. # speaker: joaquin # mood: distressed # disclose: fever
{ luis_here:
    You didn't tell me. # speaker: luis # mood: distressed
    Because you tell Gary. # speaker: joaquin # mood: guarded
}
Shaking chills for two nights, and paracetamol this morning. The numbers flattered him. This changes the plan.
-> hospital

=== hospital
He needs the hospital today: antibiotics through a drip, and the hand surgeons to drain the abscess.
Hospital. # speaker: joaquin # mood: distressed
He sits back as if the word has pushed him.
{ not fear_told && trust >= 55:
    ~ fear_told = true
    In the hospital they ask my name, my address. My friend Andrés went. After, a big bill, and then the Home Office knows him. # speaker: joaquin # mood: distressed # disclose: fear
    I have a daughter in Cali. If they send me back, who pays her school? # speaker: joaquin # mood: guarded
}
* [Tell him it's all free and nobody will ask about papers, so that he goes # move: conceal # time: 1]
    ~ glossed = true
    ~ shift(trust, 1)
    ~ shift(autonomy, -6)
    It's all free, and nobody will ask about papers. Just go. # speaker: clinician
    All free. Okay. # speaker: joaquin # mood: guarded
* [Tell him he's going now; you'll ring ahead # move: decide-for # move: rush-decision # time: 1]
    ~ shift(trust, -4)
    ~ shift(autonomy, -8)
    You're going now. I'll ring the hand team and tell them you're coming. # speaker: clinician
    Joaquín looks at the door, the way he did at the front desk.
* [Explain plainly why, and what it will and won't cost: the emergency department is free; if they keep him in, a bill may follow; they must treat him either way # move: plain-language # move: transparent-disclosure # move: address-patient # time: 3]
    ~ charges_told = true
    ~ addressed += 1
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    The infection may be getting into your blood. Tablets won't be enough, and if it goes deeper in the hand you could lose some of its use. # speaker: clinician
    { fear_told:
        You told me what you're afraid of, so here it is straight. # speaker: clinician
    }
    The emergency department is free. If they keep you in, the hospital may send a bill later. They have to treat you either way. # speaker: clinician
    Joaquín looks at his hand for a long moment.
-
{
- trust >= 55 || (charges_told && trust >= 45):
    ~ plan = "hospital"
    Okay. I go. Better the bill than the hand. Valentina needs me with two hands. # speaker: joaquin # mood: warm
    -> teachback
- else:
    No hospital. Please. Tablets. I come back tomorrow. # speaker: joaquin # mood: withdrawn
    -> refused
}

= refused
He has heard you. He is an adult, he has capacity, and he is saying no.
* [Insist: tell him he could lose the use of his hand # move: rush-decision # move: decide-for # time: 1]
    ~ plan = "hospital"
    ~ shift(trust, -5)
    ~ shift(autonomy, -8)
    You could lose the use of this hand. You need to go now. # speaker: clinician
    Okay. Okay. I go. # speaker: joaquin # mood: withdrawn
    He says it the way people agree to end an argument.
* [Respect his decision and make a plan B together: tablets now, a review first thing tomorrow, and exactly what means go in tonight # move: offer-choice # move: affirm-refusal # move: cooperative-goals # time: 2]
    ~ plan = "planb"
    ~ safety = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 6)
    It's your decision. Then let's make a plan you can keep. Tablets now, back here at eight tomorrow. If the red passes my pen line, or the shaking comes back tonight, you go to the emergency department. Deal? # speaker: clinician
    Deal. Eight o'clock. And if the red passes your line, I go. Tonight. # speaker: joaquin # mood: neutral
- -> teachback

=== teachback
{ clock >= 25:
    It is {now()}. You are {clock - 15} minutes into your own list, and it has not started.
}
You have said a lot, quickly, in his second language.
* [Write the plan down in English for Luis to go through with him later # move: family-interpreter # move: address-companion # time: 1]
    ~ shift(autonomy, -4)
    You write four lines in capitals.
    { luis_here:
        Luis folds the paper into his wallet.
        Very clear, doctor. # speaker: luis # mood: warm
    - else:
        Joaquín folds the paper to show Luis later. He does not read it.
    }
* [Ask "Any questions?" as you print the letter # move: narrow-agenda # time: 1]
    Any questions? # speaker: clinician
    No. Thank you, doctor. # speaker: joaquin # mood: neutral
    He is already standing.
* [Ask him to tell you in his own words what happens next, so you know you explained it well # move: teach-back # move: address-patient # time: 2]
    ~ teach = true
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 5)
    I've said a lot. So I know I explained it properly: what happens now, in your words? # speaker: clinician
    {
    - plan == "hospital" && glossed:
        I go to the hospital. Emergency. All free, you say. # speaker: joaquin # mood: neutral
        You hear your own words come back, and what they left out.
        ~ glossed = false
        ~ charges_told = true
        I said that too quickly. I'm sorry. The emergency department is free. If they keep you in, there may be a bill later. They must treat you either way. # speaker: clinician
        Okay. Thank you for the real thing. # speaker: joaquin # mood: guarded
    - plan == "hospital":
        I go to the hospital. Emergency. I give your letter. Medicine in the vein, and they open the... # speaker: joaquin # mood: neutral
        He mimes a small cut with a finger.
        Yes. They'll numb it first. # speaker: clinician
    - else:
        ~ safety = true
        Tablets, four times. Only when it hurts, yes? # speaker: joaquin # mood: neutral
        Four times a day, every day, until they're finished, even when it feels better. And if the red passes the pen line, or the shaking comes, go to the emergency department that night. # speaker: clinician
        Every day. The line. The shaking. Okay. # speaker: joaquin # mood: neutral
    }
- -> papers

=== papers
{ reg_ok:
    -> register_offer
}
He has a plan for today. He is still not on anyone's list.
* [Take it to Dr Mehta, the clinical lead, between her patients: ask her to authorise registering him today, and to put the policy on the governance agenda # move: escalate # move: advocate # time: 3]
    ~ raised = true
    ~ reg_ok = true
    You catch Dr Anjali Mehta in the corridor with her coat half off.
    No ID is not a reason to refuse registration. It never was. Register him. I'll speak to Denise, and it goes on Thursday's governance agenda. # speaker: mehta
    -> register_offer
* [Leave it there: he has been seen today, and that's what mattered # move: comply-policy # time: 1]
    You file the notes as immediately necessary treatment. The next patient's name is waiting on the screen.
* [Give him the Doctors of the World clinic details, where he can register without papers # move: work-around # time: 1]
    ~ dow = true
    You write a number on a card.
    Doctors of the World. They can help you register with a GP, without papers. # speaker: clinician
    Joaquín puts the card in his wallet, behind a photo of a girl in a school uniform.
- -> outcome

= register_offer
Carol can register him now, without ID. Whether he wants his name on a list is up to him.
{ not fear_told && trust >= 58:
    ~ fear_told = true
    Joaquín hesitates.
    If I give my name, my address, to the computer... you tell the Home Office? # speaker: joaquin # mood: distressed # disclose: fear
    I have a daughter in Cali. If they send me back, who pays her school? # speaker: joaquin # mood: guarded
}
* [Tell Carol to register him; it's for his own good # move: decide-for # move: rescue # time: 1]
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
* [Explain what registering means, a name and an address for letters, what is and isn't shared, and ask if he wants to # move: offer-choice # move: transparent-disclosure # move: address-patient # time: 2]
    ~ shift(autonomy, 5)
    Registering means your name, a date of birth and an address for letters. Any address where post reaches you. It doesn't go to immigration. It means we can follow you up, and see you again. It's your choice. # speaker: clinician
    { trust >= 45:
        ~ registered = true
        Then yes. Register. Luis's address for letters, okay? # speaker: joaquin # mood: warm
        That's fine. # speaker: clinician
    - else:
        Not today. Maybe next time. # speaker: joaquin # mood: guarded
        You tell him the offer stands.
    }
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
- plan == "hospital":
    That afternoon the hand surgeons drain the abscess under local anaesthetic. He has antibiotics through a drip for two nights.
- plan == "planb":
    He is back at eight the next morning, as agreed. The red is a finger's width past your line. This time he goes to the hospital, and the surgeons drain it that afternoon.
- else:
    He comes back for the review you booked. There is a record to book it on now, and a text reminder to the number Carol took down.
    The red has crossed your pen line. This time he tells the nurse about the shaking at night, and she sends him straight to the hand team.
}
{
- charges_told:
    A letter about charges comes three weeks later. He knew it might. A Doctors of the World adviser helps him ask the hospital for a payment plan.
- glossed:
    A letter about charges comes three weeks later. Nobody had told him it might.
}
The discharge letter comes to your practice, because now he has one.
On Thursday the partners replace the memo: nobody is refused registration for lack of ID or an address. Carol takes down the old sign herself.
He was seen, he chose to be registered, and the door is open for the next person. # ending: treated-and-registered
-> END

= treated_once
{
- plan == "hospital":
    That afternoon the hand surgeons drain the abscess under local anaesthetic. He has antibiotics through a drip for two nights.
- plan == "planb":
    He is back at eight the next morning, as agreed. The red is a finger's width past your line. This time he goes to the hospital, and the surgeons drain it that afternoon.
- teach || safety:
    On Tuesday night the red passes your pen line and the shaking comes back. He remembers what you said, and Luis drives him to the emergency department. They drain the abscess the next morning.
- else:
    He takes the tablets when the pain is bad. Nobody rings when he misses the review: there is no record to ring from.
    On Wednesday night Luis finds him shaking in the van and drives him to the emergency department. The infection has gone deeper, and the surgeons take him to theatre.
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
* [Ask Luis to make sure he understands # move: address-companion # move: family-interpreter # time: 1]
    ~ shift(trust, -2)
    Luis, can you make sure he understands? # speaker: clinician
    He understands, doctor. He understands very well. # speaker: luis # mood: angry
* [Let Carol go through the documents he needs; it's her process # move: comply-policy # move: detach # time: 1]
    ~ shift(trust, -2)
    Carol explains the documents gently, twice. Joaquín nods at the counter.
* [Tell Joaquín yourself, looking at him, that you're sorry, and that his hand needs treating today, whatever happens here # move: address-patient # move: authentic-connection # time: 1]
    ~ addressed += 1
    ~ shift(trust, 3)
    I'm sorry, Joaquín. Whatever happens with the forms, your hand needs treating today. # speaker: clinician
    He looks at you.
    Today. Okay. # speaker: joaquin # mood: guarded
- -> door_safety

= door_safety
* [Give Luis the NHS 111 number, in case it gets worse # move: address-companion # time: 1]
    You write 111 on the back of the list and hand it to Luis.
* [Tell him exactly what means the emergency department today, and that the emergency department doesn't ask for ID # move: plain-language # move: transparent-disclosure # move: address-patient # time: 2]
    ~ safety = true
    ~ addressed += 1
    If the red climbs past your elbow, or you get shaking or fever, or you can't move your fingers, go to the emergency department that day. They treat everyone. They don't ask for ID first. # speaker: clinician
    { trust >= 40:
        Elbow. Shaking. Fingers. Emergency, no ID. # speaker: joaquin # mood: neutral
        He says it back to you, committing it to memory.
    - else:
        He nods without looking up.
    }
* [Suggest the pharmacist in the meantime # move: narrow-agenda # time: 1]
    The pharmacist next door might be able to help in the meantime. # speaker: clinician
    Joaquín nods. It is what he said he would do twenty minutes ago.
- -> door_plea

= door_plea
Doctor. Please. Look at him. If he can't work, he loses everything. # speaker: luis # mood: distressed
Luis. Déjalo. Vámonos. # speaker: joaquin # mood: withdrawn
* [Give them the Doctors of the World clinic details, where he can register without papers # move: work-around # time: 1]
    ~ dow = true
    You write a number on the back of the list.
    Doctors of the World. They can help you register with a GP, without papers. # speaker: clinician
    Luis takes it. Joaquín is already walking.
* [Change your mind: you'll see him now, as the duty doctor, as immediately necessary treatment # move: work-around # move: apologise # time: 1]
    ~ shift(trust, 4)
    Wait. I'm sorry. I got this wrong. I'm the duty doctor, and I'll see you now, without registering. # speaker: clinician
    { trust >= 28:
        ~ route = "ints"
        ~ walked = false
        Joaquín stops. Luis puts a hand on his back and steers him round.
        -> carol_worry
    - else:
        Joaquín looks at you for a moment, then shakes his head.
        No. Thank you. Twice is enough. # speaker: joaquin # mood: withdrawn
        Luis follows him out, with an apologetic lift of the hand.
    }
* [Hold to it: you're sorry, but he needs to come back with the documents # move: comply-policy # time: 1]
    I'm sorry. Come back with the documents and we'll register you. # speaker: clinician
    Joaquín nods once, the nod of a man who expected nothing else.
- -> door_denise

= door_denise
The van pulls out of the car park.
Denise Hart comes in the other way, coat on, lanyard in hand. Carol tells her about the man without ID.
Good. Thank you, Carol. That's exactly what it's for. # speaker: denise
* [Tell Denise what you saw: a man with a spreading hand infection left untreated; ask to talk about the policy today # move: advocate # time: 2]
    ~ raised = true
    Denise, he had a spreading infection in his hand, and he left without treatment. I think the policy's wrong, and I'd like to talk about it today. # speaker: clinician
    I'm not the villain here. I'm trying to stop the next diazepam fraud. # speaker: denise
    She looks at Carol's face, then yours.
    Put it in an email. With whatever guidance you've got. # speaker: denise
* [Say nothing; your first patient is waiting # move: stay-silent # move: comply-policy # time: 1]
    You nod to Denise and go back to your room.
* [Tell her you'll be raising it with Dr Mehta and the clinical governance meeting # move: escalate # time: 1]
    ~ raised = true
    I'm going to raise this with Dr Mehta and at clinical governance. I wanted you to hear it from me first. # speaker: clinician
    Denise's mouth tightens.
    Fine. That's what governance is for. # speaker: denise
- -> door_after

= door_after
In your room, before you call your first patient, you have a minute.
* [Leave Carol a note: anyone with an urgent problem and no ID, call the duty doctor first # move: work-around # time: 1]
    ~ note = true
    You write it on a sticky note and take it to the desk. Carol reads it and sticks it beside the sign.
* [Write down what happened, with the times, what you saw and what advice he left with, and send it to Dr Mehta # move: bystander-document # move: escalate # time: 2]
    ~ raised = true
    You write it plainly: the time, the hand, the red line, the policy, the advice given. You send it to the clinical lead.
* [Call your first patient; the morning is starting # move: comply-policy # move: detach # time: 1]
    You call your first patient. It is {now()}.
- -> turned_away

=== turned_away
Luis drives Joaquín back to the site. He holds boards one-handed for the rest of the day.
{
- safety && trust >= 40:
    On Tuesday night the shaking comes back and the red passes his elbow. He remembers what you said, and goes to the emergency department.
- else:
    On Wednesday night Luis finds him shaking in the van and drives him to the emergency department.
}
By then the infection has tracked deep into the hand. The surgeons wash it out in theatre under a general anaesthetic, and he spends {safety && trust >= 40: three|six} nights on a drip.
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
Room four is Felix's research clinic: a desk, a camera on a stand, a stack of folders labelled MEND. # bg: research-office # ambience: research-office
Voss prints a nine-page information sheet and a consent form. Both are in English.
Luis can translate, can't he? Saves us the interpreter line. # speaker: voss
* [Agree: Luis translates; the interpreter line would take ten minutes # move: family-interpreter # move: address-companion # time: 1]
    ~ interp = 1
    ~ shift(autonomy, -4)
    Luis pulls up a chair beside his friend and squints at the first page.
* [Let Felix lead; it's his study, and your list is starting # move: detach # time: 1]
    ~ interp = 1
    ~ shift(trust, -3)
    You stand by the door. Felix hands the sheet to Luis without asking.
* [Ask for the Spanish telephone interpreter, and a Spanish information sheet if the study has one # move: professional-interpreter # move: address-patient # time: 3]
    ~ interp = 2
    ~ addressed += 1
    ~ shift(trust, 4)
    ~ shift(autonomy, 6)
    Is there a Spanish information sheet? And I'd like a proper interpreter. # speaker: clinician
    There isn't a Spanish one. The sponsor said we wouldn't need it. # speaker: voss
    He sighs and dials. A woman's voice: Spanish interpreter, number 3318, everything in the first person, in confidence. # sfx: phone-ring
- -> r_explain

=== r_explain
It's a randomised open-label trial: standard care versus a silver alginate dressing, one to one. Photographs on days zero, three, seven, fourteen and twenty-eight. # speaker: voss
{
- interp == 2:
    The interpreter asks him to slow down, and to explain "open-label". He does, with a glance at the clock.
- else:
    Luis translates about half of it. One word he translates twice: forty.
}
The photos. Only of my hand? # speaker: joaquin # mood: guarded
* [Point out that the vouchers would cover the mornings he loses from work # move: leverage-dependence # time: 1]
    ~ shift(autonomy, -6)
    The vouchers would cover the mornings you lose from work. # speaker: clinician
    Forty pounds. Every time. # speaker: joaquin # mood: neutral
    He looks at Luis. Luis nods: most of a day's pay.
* [Leave the explaining to Felix # move: detach # time: 1]
    ~ shift(trust, -2)
    Only the hand. # speaker: voss
    Felix turns to the page about adverse events and reads it aloud, quickly.
* [Explain it again in plain words, to Joaquín: what the study is testing, what it involves, and what he'd be giving # move: plain-language # move: address-patient # time: 2]
    ~ addressed += 1
    ~ shift(trust, 3)
    ~ shift(autonomy, 6)
    Dr Voss wants to know if a new kind of bandage heals wounds faster. A computer picks which bandage you get. They'd photograph your hand five times over a month. # speaker: clinician
    Five times. Every time, a morning of work. # speaker: joaquin # mood: guarded
* [Change your mind: tell Felix you'll see Joaquín yourself, downstairs, and the study can approach him another day # move: separate-roles # move: work-around # time: 2]
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
* [Let Felix answer # move: stay-silent # move: leverage-dependence # time: 1]
    Well, without registration, this really is the way to be seen today. # speaker: voss
    { autonomy >= 48:
        Joaquín pushes the form back across the desk.
        Then no. I don't sign for my hand. I wait downstairs, for the doctor. # speaker: joaquin # mood: angry
        He is looking at you.
        -> declined
    }
    Joaquín takes the pen.
    -> signed
* [Tell him it's the quickest way to get his hand sorted this morning # move: rush-decision # move: leverage-dependence # time: 1]
    ~ shift(autonomy, -4)
    It's the quickest way to get your hand sorted this morning. # speaker: clinician
    Joaquín takes the pen.
    -> signed
* [Tell him clearly: yes. His treatment doesn't depend on this; you'll treat him downstairs whatever he decides # move: separate-roles # move: affirm-refusal # move: address-patient # time: 2]
    -> exit

= reaches
Joaquín reaches for the pen without reading. He has worked out that this is the price of the door.
* [Ask Luis to check he's happy # move: address-companion # time: 1]
    He's happy. He says thank you. # speaker: luis # mood: neutral
    -> signed
* [Stop him: tell him he can say no, and you'll treat him downstairs whatever he decides # move: separate-roles # move: affirm-refusal # move: address-patient # time: 2]
    -> exit
* [Let him sign; he's agreed # move: select-for-convenience # time: 1]
    -> signed

= exit
~ addressed += 1
~ route = "ints"
~ shift(trust, 8)
~ shift(autonomy, 8)
Wait. Joaquín, your treatment doesn't depend on this. I'll treat you downstairs, whatever you decide. If you're interested in the study another day, Dr Voss can ask you then. # speaker: clinician
Joaquín looks at the consent form, then pushes it an inch away from him, very precisely.
Then first the hand. # speaker: joaquin # mood: relieved
Your call. He'd have been perfect. # speaker: voss
You take Joaquín down to room 6. # bg: consult-room # ambience: consult-room
-> history

= declined
~ route = "ints"
He's right. Felix, I'll see him myself. # speaker: clinician
Your call. He'd have been perfect. # speaker: voss
You take Joaquín down to room 6. He does not speak on the stairs. # bg: consult-room # ambience: consult-room
-> history

= signed
~ shift(trust, -2)
Joaquín signs where Felix's finger points. His signature is careful and large.
-> r_photos

=== r_photos
Day-zero photographs. # speaker: voss
He sets the camera over the hand.
* [Hold his arm steady for Felix so it's quick # move: proceed-regardless # time: 1]
    ~ shift(trust, -3)
    You hold his forearm flat. Joaquín looks at the ceiling while the camera clicks.
* [Ask Joaquín if he's all right with the photographs, and tell him he can stop them # move: ask-before-touch # move: offer-control # move: address-patient # time: 1]
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
* [Stop, and ask Joaquín yourself, directly, about the nights # move: address-patient # move: plain-language # time: 2]
    ~ addressed += 1
    How have the nights been, Joaquín? Any shivering, sweating, hot and then cold? # speaker: clinician
    ~ temp g = 52
    { interp == 1:
        ~ g = 66
    }
    { trust >= g && addressed >= 3:
        -> excluded
    }
    No. Only the pain. # speaker: joaquin # mood: guarded
    He answers the question the form asked, not the one you did.
* [Let the form go on; Felix knows his protocol # move: stay-silent # move: detach # time: 1]
    Felix ticks the box.
- -> r_after

= excluded
~ fever_told = true
~ route = "ints"
At night, cold. Very cold, my teeth go like this. Then hot, burning. Saturday, Sunday. This morning I take paracetamol, for work. # speaker: joaquin # mood: distressed # disclose: fever
Felix puts his pen down.
Systemic features. That's an exclusion criterion, I'm afraid. He's not eligible. # speaker: voss
He is already tidying the form away. The study has no further use for Joaquín. You do.
You take him down to room 6. # bg: consult-room # ambience: consult-room
-> exam

=== r_after
Joaquín leaves with a dressing pack, a week of flucloxacillin and a study card for day three. # bg: front-desk # ambience: front-desk
Back at the desk, Carol catches your sleeve.
Did Dr Voss take him? He says to send him any more like that. # speaker: carol
* [Tell Carol it worked out well for everyone # move: select-for-convenience # time: 1]
    It worked out well for everyone. # speaker: clinician
    Carol looks relieved. She writes Felix's room number on a sticky note beside the sign.
* [Say nothing; your own surgery is about to start # move: stay-silent # time: 1]
    You go back to your room. It is {now()}.
* [Tell Carol not to send anyone to Felix because they're easy to recruit, and raise it with the practice's research governance lead # move: bystander-direct # move: escalate # time: 2]
    ~ research_flag = true
    Don't send anyone to Felix because they're easy, Carol. That's not your doing. I'm going to raise it with research governance. # speaker: clinician
    Carol takes the sticky note with Felix's room number off her screen, and bins it.
- -> enrolled

=== enrolled
{ interp == 2:
    Joaquín understood the study, through the interpreter. He still believed his hand depended on signing.
- else:
    Joaquín signed a consent form in a language he reads slowly, translated by his workmate, in a room he was sent to because he would not complain.
}
On day three the abscess has grown, and he is sent to the hospital to have it drained. The study records an adverse event.
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
