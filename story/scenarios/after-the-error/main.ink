// After the error: a medication error with harm, an upset family and a complaint.
// Disclosure, apology and a fair process, with a patient who knows his medicines better
// than most doctors do. Facilitator guide: docs/scenarios/after-the-error.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Amir's trust in the player; courteous, but he has waited two days to be told
VAR autonomy = 45    // 0..100: how far Amir's own informed values drive what is decided
VAR confidence = 25  // 0..100: Leila's confidence that the hospital will deal with this fairly

VAR grace_in = true        // Grace Mensah, the ward sister, is with the player
VAR leila_came = false     // Leila came to the nurses' station to find the player
VAR venue = ""             // room: the quiet room; bay: curtains round his bed
VAR disclosed = 0          // 0 nothing yet, 1 blurred or deflected, 2 plainly and fully
VAR apologised = false     // a specific apology to Amir for the error itself
VAR defended = 0           // defensive responses: deflect, delay, control the process
VAR minimised = 0          // concealing or playing down
VAR fair_process = false   // a neutral process offered: independent advocate, a voice in the review, findings shared
VAR dizzy_told = false
VAR dizzy_acted = false
VAR dizzy_stage = 0        // where the dizziness came out: 1 at the check, 2 at the restart decision
VAR wants_told = false
VAR in_writing = false
VAR restart_owner = ""     // who settled the restart: amir, you, leila

-> station

=== station
Wednesday, 13:50, your first day back after a run of nights. # bg: ward # ambience: ward
Grace Mensah, the ward sister, meets you at the nurses' station with an envelope.
Mr Haddad, bed 14. His daughter's letter, for the chief executive. # speaker: grace
One sentence is underlined: I had to find out from a healthcare assistant that something went wrong with my father's injections.
You know what went wrong. You wrote the prescription.
Sunday, 23:10, four wards on one bleep. He was too drowsy to swallow his apixaban, so the plan said treatment-dose enoxaparin. You worked it out from his weight: 70 mg twice a day.
A kidney alert came up, as alerts do for almost every drug, and you clicked past it. With an eGFR of 24, it should have been once a day.
Priya, the ward pharmacist, caught it on Monday, after two doses. Now there is a large bruise across his abdomen, and his haemoglobin has fallen from 128 to 113. He is stable. Nobody has told him.
Shona let something slip to the daughter while she changed his water jug. She meant well. Dr Frost's in clinic till three. Shall I say someone will be along later? # speaker: grace
* [Ring Dr Frost in clinic first, and ask how she wants it handled # move: escalate]
    ~ shift(confidence, 2)
    Dr Frost picks up between patients.
    Tell them. Today, plainly, including that it was your prescription. Take Grace. I'll be up by half three. # speaker: frost
    Grace has heard every word. She picks up his drug chart.
* [Ask Grace to tell them it is being looked into, and that Dr Frost will see them after clinic # move: defensive-response]
    ~ defended += 1
    ~ leila_came = true
    ~ shift(trust, -5)
    ~ shift(confidence, -6)
    Could you say it's being looked into, and Dr Frost will come after clinic? It ought to come from a consultant. # speaker: clinician
    Four minutes later Grace is back, with a woman in a navy coat half a step behind her.
    "Being looked into" is what my school says when it hasn't decided what to tell the parents. I want the doctor who was on. Now, please. # speaker: leila # mood: angry
* [Say you will tell them yourself, now, and ask Grace to come with you # move: transparent-disclosure]
    ~ shift(trust, 4)
    ~ shift(confidence, 4)
    No. I wrote it; I should be the one to tell them, and it should be now. Will you come with me? # speaker: clinician
    Grace picks up his drug chart on the way.
    He's asked to see this every morning since Monday. He was a pharmacist for forty years. # speaker: grace
- -> bedside

=== bedside
{ leila_came:
    Leila walks back with you to bed 14, by the window in a bay of six.
- else:
    Bed 14 is by the window in a bay of six. Leila Haddad sits on the edge of the bed with her coat still on and a school lanyard in her pocket.
}
Amir Haddad sits in the chair in a pressed shirt and cardigan, a crossword half done in ink. He looks at you over his reading glasses.
Ah. The doctor. # speaker: amir # mood: guarded
In the next bed, someone turns a radio down. The whole bay is listening.
* [Draw the curtains and talk at his bedside, just you; a doctor and a sister together can feel like a tribunal # move: decide-for]
    ~ venue = "bay"
    ~ grace_in = false
    ~ shift(autonomy, -3)
    Grace goes back to the station. The curtains stop at knee height, and the radio stays off.
    Very private. # speaker: amir # mood: guarded
* [Take Leila to the relatives' room first, to hear her out before she upsets her father # move: address-companion # move: decide-for]
    ~ venue = "room"
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    Ms Haddad, could we have a word in the relatives' room first? # speaker: clinician
    It was my stomach they injected, doctor. Not hers. # speaker: amir # mood: angry
    He's right. Whatever you've come to say, say it to him. # speaker: leila # mood: angry
    You all go to the quiet room. Halfway there Amir stops, both hands on his frame, for a few seconds. Just stiff, he says.
* [Ask Amir where he would rather talk, here or in the quiet room, and keep Grace with you # move: neutral-process # move: address-patient]
    ~ venue = "room"
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    ~ shift(confidence, 3)
    Mr Haddad, I'd like to talk to you both about your injections. Here, or in the quiet room down the corridor? # speaker: clinician
    The quiet room. I have been the ward's radio drama long enough. # speaker: amir # mood: neutral
    He gets up on his frame and stands a moment, both hands on it, before he walks. Just stiff, he says.
- -> opening

=== opening
{ venue == "room":
    The quiet room: four soft chairs, a box of tissues, a print of a lighthouse. Grace closes the door. # bg: meeting-room # ambience: meeting-room
}
I want to know what happened to my father. Not "an issue with the injections". What happened, and who did it. # speaker: leila # mood: angry
Leila. Let the doctor sit down. # speaker: amir # mood: neutral
He folds his glasses into his pocket, and waits to hear how you tell it.
* [Explain that there is a process for complaints, and that her letter has gone to the right team # move: defensive-response]
    ~ defended += 1
    ~ shift(trust, -5)
    ~ shift(confidence, -6)
    I've seen your letter, Ms Haddad. There's a process for complaints, and it's gone to the right team. # speaker: clinician
    I didn't ask about the process. I asked what happened to my dad. # speaker: leila # mood: angry
    Amir puts his glasses back on, as if to read you more clearly.
* [Sit down, and ask what they already know and what they have been told # move: open-question # move: address-patient]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Before I start, can I ask what you know already, and what you've been told? # speaker: clinician
    Told? Nothing. Shona said something went wrong, went bright red and left. # speaker: leila # mood: angry
    Nobody has told me anything. But I read my chart. On Monday my enoxaparin went from twice a day to once, then stopped. I'd like to hear your version. # speaker: amir # mood: guarded
* [Say first who you are, and that you were the doctor who wrote the prescription # move: transparent-disclosure # move: address-patient]
    ~ shift(trust, 7)
    ~ shift(confidence, 5)
    I was the doctor on duty on Sunday night, and I wrote the prescription for your injections. Something went wrong with it, and I've come to tell you what. # speaker: clinician
    Leila opens her mouth, and closes it. She came ready to fight someone who wasn't going to be here.
    Thank you. That is the right place to start. # speaker: amir # mood: neutral
- -> account

=== account
His drug chart is on your knee. The facts are simple. Saying them is not.
* [Give the clinical account: treatment-dose LMWH not renally adjusted for his CrCl, a raised anti-Xa, an abdominal wall haematoma # move: jargon # move: transparent-disclosure]
    ~ disclosed = 2
    ~ shift(trust, 3)
    ~ shift(confidence, -5)
    I prescribed treatment-dose LMWH, one milligram per kilo BD, not renally adjusted for his CrCl. His anti-Xa was supratherapeutic, and he has an abdominal wall haematoma with a fifteen-gram Hb drop. # speaker: clinician
    Can someone say that in English? # speaker: leila # mood: angry
    Amir turns to his daughter.
    The dose was right for a man with good kidneys, habibti. Mine are not. For one day I had double. # speaker: amir # mood: neutral
    It is a clear explanation. It is his, not yours.
* [Say the dose "wasn't quite right for his kidneys", and that the hospital's checks picked it up quickly # move: conceal]
    ~ disclosed = 1
    ~ minimised += 1
    The dose wasn't quite right for your kidneys. But our checks picked it up quickly, which is what they're there for. # speaker: clinician
    -> pressed
* [Explain plainly: you prescribed the full dose twice a day without checking his kidneys, when it should have been once a day # move: transparent-disclosure # move: plain-language]
    ~ disclosed = 2
    ~ shift(trust, 8)
    ~ shift(autonomy, 3)
    ~ shift(confidence, 8)
    On Sunday night I prescribed your blood-thinning injections at the full dose, twice a day, without checking your kidney function. # speaker: clinician
    Your kidneys clear it slowly, so it should have been once a day. You had one dose too many before the pharmacist spotted it, and that most likely caused the bruise and the drop in your blood count. # speaker: clinician
    Amir nods slowly, like a man checking a sum he has already done.
    Seventy twice a day, with my kidneys. Yes. That is what I worked out. # speaker: amir # mood: neutral
* [Explain what lined up on Sunday night: four wards, an alert that fires for everything, kidney results on another screen # move: defensive-response]
    ~ defended += 1
    ~ disclosed = 1
    ~ shift(trust, -3)
    ~ shift(confidence, -5)
    A lot lined up on Sunday night: one doctor for four wards, an alert that fires for nearly every drug, kidney results on a different screen. # speaker: clinician
    So nobody did anything wrong. It just happened to him. # speaker: leila # mood: angry
    -> pressed
- -> sorry

= pressed
{ minimised > 0:
    ~ shift(trust, -6)
    Amir turns the chart on your knee round with one finger.
    Not quite right. Seventy milligrams twice a day, at my kidney function. I read this on Monday. I was waiting to see whether anybody would tell me. # speaker: amir # mood: angry
- else:
    Amir taps the chart on your knee.
    All of that may be true. I ran a pharmacy for thirty-five years; I know what a Sunday night looks like. But somebody wrote this. # speaker: amir # mood: guarded
}
* [Hold the line: the details are for the review, and you would rather not go into numbers today # move: defensive-response # move: conceal]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -10)
    ~ shift(autonomy, -4)
    ~ shift(confidence, -8)
    I'd rather not go into numbers today. The review will look at all of that properly. # speaker: clinician
    Amir closes the chart and takes off his glasses. Leila writes something on the back of her envelope, and underlines it.
* [Own it and say sorry: it was your prescription, you didn't check his kidneys, and it was double the right dose # move: transparent-disclosure # move: apologise # move: address-patient]
    ~ disclosed = 2
    ~ apologised = true
    ~ shift(trust, 5)
    ~ shift(confidence, 4)
    You're right. I wrote it, I didn't check your kidneys, and it was twice what it should have been. I'm sorry, and I should have said so straight away. # speaker: clinician
    Yes. You should. But you have said it now. # speaker: amir # mood: neutral
- -> sorry

=== sorry
A silence. Leila is waiting for something, and so, you realise, is Amir.
* [Apologise to Leila for how she found out: from a healthcare assistant, not from you # move: apologise # move: address-companion]
    ~ shift(confidence, 8)
    ~ shift(autonomy, -2)
    Ms Haddad, I'm sorry you heard it over a water jug. You should have heard it from me, on Monday. # speaker: clinician
    Yes. I should. # speaker: leila # mood: guarded
    Amir looks {venue == "room": at the lighthouse|at the curtain}. The apology has gone past him.
* [Say sorry to Amir, plainly: you made a mistake, and it hurt him # move: apologise # move: address-patient]
    Mr Haddad, I'm sorry. I made a mistake, and it has hurt you: the bruise, the bleeding, and two days of nobody telling you. # speaker: clinician
    { disclosed == 2:
        ~ apologised = true
        ~ shift(trust, 8)
        ~ shift(confidence, 6)
        Amir looks at you for a long moment, then nods once.
        I made mistakes too, in forty years. The ones I still think about are the ones I didn't own. # speaker: amir # mood: warm
    - else:
        ~ shift(trust, 2)
        Sorry for what, exactly? You haven't said. # speaker: amir # mood: guarded
    }
* [Say you are sorry they have both been so upset by all this # move: defensive-response]
    ~ defended += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -6)
    I'm sorry you've both been so upset by all this. # speaker: clinician
    I'm not upset by "all this". I'm upset because my father was given the wrong dose. # speaker: leila # mood: angry
* [Say the hospital regrets what happened, but you have been told not to say anything that admits liability # move: defensive-response # move: conceal]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -8)
    ~ shift(confidence, -10)
    The hospital regrets what happened. I've been told not to say anything that admits liability. # speaker: clinician
    Told by whom? # speaker: leila # mood: angry
    You are not sure. An apology is not an admission of liability; you heard that on a training day, the same one where someone said the opposite.
- -> numbers

=== numbers
Amir leans forward, one hand flat over the bruise.
Did anyone check an anti-Xa level? And this: is it in the muscle, or only under the skin? # speaker: amir # mood: guarded
And is he going to be all right? # speaker: leila # mood: distressed
Her voice cracks. She is a head of year; she is used to being the one who keeps her voice steady.
* [Reassure Leila: he is stable, and there should be no lasting harm # move: conceal # move: address-companion]
    ~ minimised += 1
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    ~ shift(confidence, 2)
    Ms Haddad, he's stable, and we don't expect any lasting harm. Honestly, the worst is over. # speaker: clinician
    Leila lets out a breath she seems to have held since Tuesday.
    I asked about my anti-Xa, doctor. And nobody can promise that yet. # speaker: amir # mood: guarded
* [Answer him as one professional to another, in technical terms # move: jargon # move: address-patient]
    ~ shift(trust, 3)
    ~ shift(autonomy, 2)
    ~ shift(confidence, -5)
    Anti-Xa on Monday was supratherapeutic, trending down. Clinically an abdominal wall haematoma, possibly tracking into the rectus sheath. No imaging yet. Haemodynamically stable. # speaker: clinician
    Amir nods: a language he spoke for forty years. Leila looks between you like someone watching a sport she doesn't know. Her question goes unanswered.
* [Say the results are best gone through once the review has looked at everything # move: defensive-response # move: conceal]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -8)
    ~ shift(confidence, -6)
    It's probably best to go through the results once the review has looked at everything. # speaker: clinician
    They are my results, doctor. In my notes. # speaker: amir # mood: angry
* [Answer both: his questions in his own terms, then in plain words what is known, what isn't yet, and what you are watching for # move: plain-language # move: transparent-disclosure # move: address-patient]
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    ~ shift(confidence, 7)
    Yes: on Monday it was above the range we aim for, and it's falling. The bruise is in your abdominal wall, perhaps into the muscle. We haven't scanned it. # speaker: clinician
    Will he be all right? We think so, but I can't promise it yet. We don't know for certain the bleeding has stopped, so we're checking his blood daily and keeping the blood thinner stopped. # speaker: clinician
    If the bruise grows, or he feels faint or dizzy, or his count falls again, we'd scan it, and he might need a transfusion. # speaker: clinician
    At the word dizzy, Amir's eyes go to the window. Only for a moment.
- -> monday

=== monday
And why did nobody tell us on Monday? Why did I hear it from the woman doing the water jugs? # speaker: leila # mood: angry
* [Explain that the consultant was on leave on Monday, and each team thought the other would tell them # move: defensive-response]
    ~ defended += 1
    ~ shift(trust, -2)
    ~ shift(confidence, -5)
    Dr Frost was on leave on Monday, and I think the day team assumed the night team would talk to you, and the other way round. # speaker: clinician
    So it fell down the gap between two teams. Like his dose. # speaker: leila # mood: angry
* [Say she is right: they should have been told on Monday, and that failure is the team's too # move: apologise # move: transparent-disclosure]
    ~ shift(trust, 4)
    ~ shift(confidence, 7)
    You should have been told on Monday, as soon as we knew. That's a second thing we got wrong. I'm sorry. # speaker: clinician
    { grace_in:
        I'm the sister on this ward. I should have made sure someone came to you. I'm sorry too. # speaker: grace
    }
* [Say that Shona should not have said anything before the team had spoken to them # move: defensive-response]
    ~ defended += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -6)
    Shona shouldn't have said anything before the team had spoken to you. # speaker: clinician
    { grace_in:
        Shona told the truth. We were the ones who didn't. # speaker: grace
        Grace says it quietly, and it lands harder than anything Leila has said.
    - else:
        At least she told me something. Which is more than the rest of you did. # speaker: leila # mood: angry
    }
- -> check

=== check
Amir shifts in his chair and winces, one hand going to his stomach.
{
- trust >= 60:
    He catches your eye, as if he is weighing something up.
- trust >= 40:
    He sits very straight, hands folded, and waits.
- else:
    He is looking past you, at nothing in particular.
}
* [Move on to what happens next; the nurses are doing his observations every four hours # move: narrow-agenda # move: detach]
    ~ shift(trust, -2)
    The nurses are keeping an eye on your observations, so let's talk about what happens next. # speaker: clinician
    Amir nods. Whatever he was weighing up, he puts it down.
* [Ask if you may look at the bruise and check his pulse and blood pressure, explaining as you go # move: ask-before-touch # move: plain-language # move: address-patient]
    ~ shift(trust, 3)
    May I look at the bruise, and check your pulse and blood pressure? I'll tell you what I find. # speaker: clinician
    The bruise spreads across the right of his abdomen, purple going yellow, firm and tender, still inside the pen line the nurses drew yesterday.
    It hasn't grown. Pulse 88, irregular with your AF. Blood pressure 124 over 72, sitting. # speaker: clinician
    { trust >= 55:
        -> told
    }
    Good. Then I'm fine. # speaker: amir # mood: neutral
* [Ask Leila how she thinks he has been # move: address-companion]
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    How do you think he's been, Ms Haddad? # speaker: clinician
    He says he's fine. He always says he's fine. He said it with a broken wrist. # speaker: leila # mood: guarded
    I am fine. # speaker: amir # mood: withdrawn
* [Ask Amir directly how he has been feeling since Monday: anything at all he has noticed # move: open-question # move: address-patient]
    ~ shift(autonomy, 2)
    How have you been feeling since Monday, Mr Haddad? Anything at all, however small. # speaker: clinician
    { trust >= 60:
        -> told
    }
    Tired. Sore. Eighty-one. # speaker: amir # mood: guarded
    He says it lightly, and asks whether anyone has seen his crossword.
- -> wants

= told
~ dizzy_told = true
~ dizzy_stage = 1
Amir is quiet for a moment. He looks at Leila, then back at you.
Since yesterday, when I stand up, the room goes. A few seconds. I hold on to something and it comes back. # speaker: amir # mood: guarded # disclose: dizzy
I didn't tell the nurses. I could see on my chart something had gone wrong, and nobody said. You stop volunteering things to people who don't volunteer things to you. # speaker: amir # mood: guarded
Dad. # speaker: leila # mood: distressed
Dizzy on standing, after a fall in his blood count. You know what that can mean. So does he.
-> dizzy_response

=== dizzy_response
* [Suggest it is probably his bisoprolol, and that he should get up slowly # move: conceal]
    ~ minimised += 1
    ~ shift(trust, -4)
    That may well be your bisoprolol. Take it slowly when you get up, and sit on the edge of the bed first. # speaker: clinician
    Perhaps. # speaker: amir # mood: withdrawn
    He has already thought of the bisoprolol. He has also thought of the other thing, and he sees that you haven't.
    { grace_in:
        Grace writes something on her handover sheet, and underlines it.
    }
* [Tell him plainly what it could mean, and get a lying and standing blood pressure and an urgent blood count now # move: escalate # move: plain-language # move: transparent-disclosure]
    ~ dizzy_acted = true
    ~ shift(trust, 5)
    ~ shift(confidence, 4)
    That matters. It can mean you've lost more blood than we thought, perhaps into the bruise. I want to check your blood pressure lying and standing, and repeat your blood count now. # speaker: clinician
    Lying, 126 over 74. Standing, 100 over 64, and he holds the back of the chair. The blood goes off marked urgent{dizzy_stage == 1:, and you text Dr Frost}.
    Twenty-six points. In my day we called that significant. # speaker: amir # mood: neutral
* [Thank him for telling you, and ask what made it hard to say # move: authentic-connection # move: open-question]
    ~ dizzy_acted = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    Thank you for telling me. What made it hard to say? # speaker: clinician
    Pride, partly. And her. She would have been at the nurses' station in her coat before I finished the sentence. # speaker: amir # mood: warm
    You check his blood pressure lying and standing there and then. It drops by twenty-six. You send an urgent blood count{dizzy_stage == 1:, and text Dr Frost}.
- { dizzy_stage == 1:
    -> wants
- else:
    { dizzy_acted:
        Dr Frost asks for a scan of the bruise. The blood thinner can wait until they know what it shows.
    }
    -> closing
}

=== wants
Leila turns the envelope over in her hands.
So what happens now? Do I post this and wait? # speaker: leila # mood: guarded
* [Tell them what the incident review will look at, and that you would like them to be part of it # move: neutral-process # move: transparent-disclosure]
    ~ fair_process = true
    ~ shift(trust, 3)
    ~ shift(confidence, 8)
    Priya reported it as a patient safety incident. The review will look at how it happened: the screen, the alert, the night cover, and me. You can tell them what you want answered, and you should see what they find. # speaker: clinician
    { confidence >= 50:
        -> never_again
    }
    Should? Or will? # speaker: leila # mood: guarded
* [Ask them both what they would want to come out of all this # move: elicit-values # move: address-patient]
    ~ shift(autonomy, 3)
    What would you both want to come out of this? Not what the hospital wants. What you want. # speaker: clinician
    { confidence >= 40:
        -> never_again
    }
    I want someone to be accountable. That's all I'm saying until I know who I'm dealing with. # speaker: leila # mood: angry
* [Say that it is under investigation, so you can't say any more at the moment # move: defensive-response # move: conceal]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -8)
    It's under investigation, so I'm afraid I can't say any more at the moment. # speaker: clinician
    You've been talking for twenty minutes. Now you can't? # speaker: leila # mood: angry
* [Explain that the complaints team will investigate and send her a formal reply in writing # move: defensive-response]
    ~ defended += 1
    ~ shift(confidence, -5)
    The complaints team will investigate and send you a formal response in writing. # speaker: clinician
    And meanwhile I wait for a letter from people who've never met him. # speaker: leila # mood: angry
- -> process

= never_again
~ wants_told = true
~ shift(confidence, 5)
Leila looks at her father. He nods: go on.
I don't want money. People think a complaint means money. # speaker: leila # mood: guarded
I want to know it can't happen to the next person's dad. And I want to be part of making sure. Not told afterwards in a letter. In the room. # speaker: leila # mood: distressed # disclose: never-again
And I would like to be told things before I read them on my chart. # speaker: amir # mood: neutral
-> process

=== process
And if we don't trust the hospital to mark its own homework? # speaker: leila # mood: guarded
* [Say that Dr Frost will decide how it is reviewed, and will explain when she comes # move: decide-for # move: defensive-response]
    ~ defended += 1
    ~ shift(autonomy, -3)
    ~ shift(confidence, -4)
    Dr Frost will decide how it's reviewed. She'll explain when she gets here. # speaker: clinician
    So we wait for the consultant. Again. # speaker: leila # mood: angry
* [Offer PALS now, and the free, independent NHS complaints advocacy service if they want someone outside the hospital # move: neutral-process # move: plain-language]
    ~ fair_process = true
    ~ shift(trust, 2)
    ~ shift(confidence, 8)
    Fair question. PALS, the patient advice service here, can help straight away. If you'd rather have someone from outside the hospital, there's a free, independent NHS complaints advocacy service; they can come to meetings with you. # speaker: clinician
    And if you're not satisfied with how we handle your complaint, the Health Service Ombudsman is independent of us. # speaker: clinician
    Write those down for me. # speaker: leila # mood: neutral
    She hands you the envelope, and a pen.
* [Offer to sort it out informally on the ward, so it doesn't have to go through the formal system # move: defensive-response # move: authentic-connection]
    ~ defended += 1
    ~ shift(confidence, -4)
    If you'd rather, we could sort this out between us, here on the ward, without making it formal. It's often quicker. # speaker: clinician
    Quicker for whom? # speaker: leila # mood: guarded
    You meant it kindly. It would also keep the whole thing on your ward, on your terms.
* [Ask what would make a review feel fair to them # move: elicit-values # move: neutral-process]
    ~ fair_process = true
    ~ shift(autonomy, 3)
    ~ shift(confidence, 6)
    What would make it feel fair to you? # speaker: clinician
    Leila thinks about it properly, the way she would a pupil's question.
    Someone who doesn't work on this ward. The actual report, not a summary. And asking questions before it's finished. # speaker: leila # mood: neutral
    I'll ask for all three, and tell Dr Frost you've asked. # speaker: clinician
- { trust < 17:
    -> leaving
}
-> frost

=== leaving
Amir reaches for his frame and gets up. He stands a few seconds, both hands on it, before he speaks.
I would like to go home. I can manage my own tablets. I managed other people's for forty years. # speaker: amir # mood: withdrawn
I'll get the car. # speaker: leila # mood: angry
* [Tell him he will need to sign a form to say he is leaving against medical advice # move: defensive-response # move: leverage-dependence]
    ~ defended += 1
    ~ shift(trust, -5)
    If you're going, you'll need to sign a form saying it's against medical advice. # speaker: clinician
    Of course. A form. # speaker: amir # mood: withdrawn
    He signs without reading it, which for Amir Haddad is a statement in itself.
* [Respect his decision, and explain plainly the risks of going and what to watch for # move: affirm-refusal # move: plain-language]
    ~ shift(autonomy, 6)
    It's your decision. I'd rather you stayed, because we don't know the bleeding has stopped. If you go, have your blood checked in two days, and call 999 if you feel faint, the bruise grows or you're short of breath. # speaker: clinician
    Thank you. That is the first plain list anyone here has given me. # speaker: amir # mood: neutral
* [Apologise, properly this time, and ask him to stay until Dr Frost has seen him # move: apologise # move: escalate # move: address-patient]
    ~ shift(trust, 8)
    I'm sorry, Mr Haddad. I've handled this badly, on top of the mistake itself. Will you stay until Dr Frost has seen you? She's on her way. # speaker: clinician
    { disclosed == 2:
        Amir looks at Leila for a long moment, then lowers himself back into the chair.
        Until the consultant comes. Then we will see. # speaker: amir # mood: guarded
        -> frost
    }
    Too late for properly, doctor. # speaker: amir # mood: withdrawn
- As they gather his things, you have a minute.
* [Let them go; it's his decision # move: detach]
    A nurse brings his tablets from the trolley. Nobody says much.
* [Ask Dr Frost to come now, before he leaves # move: escalate]
    Dr Frost comes up between patients, examines the bruise and arranges a blood test with his GP in two days. She tells him plainly she would rather he stayed. He thanks her, and goes.
* [Write his GP a clear letter: what went wrong, his blood count, and what to watch for # move: transparent-disclosure]
    ~ in_writing = true
    You write the letter yourself, with the error in the first paragraph, and give Amir a copy. He reads it twice and puts it in his cardigan pocket.
- -> self_discharge

=== frost
{ venue == "room":
    A knock, and Dr Elaine Frost comes in, still wearing her clinic lanyard. # sfx: door-knock
- else:
    Footsteps, and Dr Elaine Frost looks round the curtain, still wearing her clinic lanyard. # sfx: footsteps
}
Mr Haddad, Ms Haddad, I'm Elaine Frost, the consultant responsible for your care. I'm sorry this happened to you. # speaker: frost
{ dizzy_acted:
    I saw the text about the dizziness. I've asked for a scan of the bruise this afternoon. # speaker: frost
}
She turns to you. Where have we got to? # speaker: frost
* [Let Dr Frost take it from here # move: detach]
    Dr Frost has the incident report. She tells them plainly: twice the right dose for his kidneys, one extra dose, and most likely the cause of the bleeding.
    { disclosed < 2:
        ~ shift(trust, -6)
        ~ shift(confidence, -8)
        That's not what he told us. # speaker: leila # mood: angry
    - else:
        ~ shift(confidence, 2)
        It matches what you told them. Leila notices.
    }
* [Ask Dr Frost, in front of them, whether they can be involved in the review and see what it finds # move: escalate # move: neutral-process]
    ~ fair_process = true
    ~ shift(confidence, 6)
    Could Mr Haddad and Leila be part of the review, and see what it finds? # speaker: clinician
    Yes. You tell us your questions, and the review answers them. You'll see the findings, and comment before anything is final. # speaker: frost
    { disclosed < 2:
        ~ shift(confidence, -4)
        She sets out the facts as she goes: twice the right dose for his kidneys. Leila glances at you. It is more than you said.
    }
* [Summarise honestly, in front of them, what you have told them, including your part and anything you got wrong # move: transparent-disclosure # move: address-patient]
    { disclosed == 2:
        ~ shift(trust, 3)
        ~ shift(confidence, 3)
        I've told them I prescribed his enoxaparin twice a day without checking his kidneys, that it should have been once a day, and that it most likely caused the bleeding. # speaker: clinician
        Amir nods. It is the same account, in front of the consultant.
    - else:
        ~ disclosed = 2
        ~ shift(trust, 4)
        ~ shift(confidence, 2)
        I told them the dose "wasn't quite right". That wasn't honest enough. It was twice the right dose for his kidneys, and I didn't check them. # speaker: clinician
        Better late. # speaker: amir # mood: guarded
    }
    { dizzy_told && not dizzy_acted:
        ~ dizzy_acted = true
        And he's been dizzy on standing since yesterday. I should have acted on that straight away. # speaker: clinician
        Dr Frost checks his blood pressure lying and standing herself. It drops by twenty-six. She sends an urgent blood count.
    }
* {dizzy_told && not dizzy_acted} [Tell Dr Frost first about his dizziness on standing # move: escalate # move: transparent-disclosure]
    ~ dizzy_acted = true
    ~ shift(trust, 4)
    Before anything else: he's been dizzy on standing since yesterday. I said it was probably his bisoprolol. I'm not sure it is. # speaker: clinician
    Dr Frost checks his blood pressure lying and standing herself. It drops by twenty-six. She sends an urgent blood count and asks for a scan of the bruise.
    Thank you for saying that in front of me. # speaker: amir # mood: neutral
- -> restart

=== restart
There's a decision about your blood thinner. You need one for the AF, to protect you from a stroke, but it's stopped while this settles. # speaker: frost
{ dizzy_acted:
    Nothing restarts before we've seen the scan. But we can plan. # speaker: frost
}
She nods to you to go through it.
* [Recommend restarting his apixaban at the lower dose in a few days, once his blood count is steady # move: decide-for # move: plain-language]
    ~ restart_owner = "you"
    ~ shift(autonomy, -3)
    I'd restart your apixaban at the lower dose in a few days, once your blood count is steady. # speaker: clinician
    That is reasonable. # speaker: amir # mood: neutral
    It is. He would have liked to be asked.
* [Frame it in the numbers: his CHA2DS2-VASc and HAS-BLED scores, and when to restart a DOAC after a bleed # move: jargon # move: address-patient]
    ~ restart_owner = "amir"
    ~ shift(trust, 1)
    ~ shift(autonomy, 2)
    ~ shift(confidence, -4)
    CHA2DS2-VASc four, HAS-BLED three, so a strong case for restarting a DOAC once the haematoma is stable. The question is timing. # speaker: clinician
    Amir argues the timing with you, knowledgeably, and settles on a week. Leila has stopped following.
* [Lay out the options, restarting sooner or later with the risks each way, and ask Amir what matters most to him # move: offer-choice # move: elicit-values # move: address-patient]
    ~ restart_owner = "amir"
    ~ shift(trust, 3)
    ~ shift(autonomy, 8)
    Restart soon, and your stroke risk is lower but the bruise is likelier to bleed again. Wait, and it's the other way round. Either is reasonable. What matters most to you? # speaker: clinician
    For forty years I measured out other people's risks. Let me measure my own. # speaker: amir # mood: warm
    { trust >= 60 && not dizzy_told:
        -> told_late
    }
    When my blood count is steady. Apixaban, two and a half twice a day: I'm over eighty and my creatinine is over 133. And I check the chart. # speaker: amir # mood: neutral
    That's exactly the dose I'd choose. # speaker: frost
* [Ask Leila what she would like her father to do # move: address-companion # move: decide-for]
    ~ restart_owner = "leila"
    ~ shift(trust, -5)
    ~ shift(autonomy, -8)
    Ms Haddad, what would you like him to do? # speaker: clinician
    I'd like him never to have another injection in this building. # speaker: leila # mood: angry
    It is my stroke, Leila, not yours. # speaker: amir # mood: guarded
    He says it gently. He is looking at you.
- -> closing

= told_late
~ dizzy_told = true
~ dizzy_stage = 2
Amir stops, and looks at his daughter.
Then before I measure anything, you should know. Since yesterday, when I stand up, the room goes. A few seconds, then it comes back. # speaker: amir # mood: guarded # disclose: dizzy
I told nobody. Until twenty minutes ago I wasn't sure anybody here would tell me the truth back. # speaker: amir # mood: guarded
Dad. # speaker: leila # mood: distressed
-> dizzy_response

=== closing
Leila holds up the envelope.
So. Do I send this? # speaker: leila # mood: guarded
* [Ask her to hold off until she has seen what the review finds # move: defensive-response]
    ~ defended += 1
    ~ shift(confidence, -6)
    Could you hold off until you've seen what the review finds? # speaker: clinician
    No. I'll send it. And I'll keep a copy. # speaker: leila # mood: angry
* [Ask Amir to say in his own words what happens next, so you know you have been clear # move: teach-back # move: address-patient]
    ~ in_writing = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    I've said a lot. Could you tell me in your own words what happens next, so I know I've been clear? # speaker: clinician
    Blood count tomorrow. Blood thinner stopped. A review of what happened. # speaker: amir # mood: neutral
    And a letter saying what you've told us, I'd hope. # speaker: leila # mood: guarded
    Yes: in writing, with one named person to contact. I should have said that. # speaker: clinician
* [Say that is between her and the complaints team # move: detach]
    ~ shift(confidence, -3)
    That's between you and the complaints team, really. # speaker: clinician
    Right. # speaker: leila # mood: guarded
* [Say it is entirely her choice and won't affect his care; promise a written account of today and a named contact # move: separate-roles # move: transparent-disclosure]
    ~ in_writing = true
    ~ shift(confidence, 6)
    ~ shift(trust, 2)
    That's your choice, and it won't change your father's care. If you send it, I'll make sure your questions reach the review. And you'll have what we've said today in writing, with one named person to contact. # speaker: clinician
    Dr Frost gives them her own name.
- -> outcome

=== outcome
In the corridor, Dr Frost asks how you are, and means it. The review, she says, will look at how a tired doctor could make that mistake at eleven at night, not only at you. # bg: ward # ambience: ward
{
- disclosed == 2 && apologised && fair_process && trust >= 50 && confidence >= 45:
    -> candour
- defended > minimised + 1 || confidence < 20:
    -> complaint
- disclosed == 2 && apologised && not fair_process:
    -> complaint
- else:
    -> moved_on
}

= candour
{
- dizzy_told && dizzy_acted:
    His repeat blood count is 104. The scan shows a contained bleed in the muscle of his abdominal wall. He has fluids, and blood is cross-matched in case; he doesn't need it. By Friday he can stand without holding on.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure before she goes home, because of her handover note. A scan and fluids; by Friday he can stand without holding on.
- dizzy_told:
    That evening the room goes again, and he presses the bell at once. A scan and fluids; by Friday he can stand without holding on.
- else:
    That evening he rings the bell and tells the nurse the room goes when he stands. He has decided he can say things here now. A scan and fluids follow.
}
{ restart_owner == "amir":
    He restarts apixaban the next week, at the dose he chose.
}
{ in_writing:
    The written account arrives four days later, as promised.
- else:
    A written account arrives from Dr Frost a week later.
}
Leila sends her letter anyway, with a note: not a complaint about people, but so it is on the record.
Three weeks later she sits at the review table with an advocate beside her and asks why the alert fires for everything. Nobody has a good answer yet. They write the question down.
Amir stays with the team until he goes home, and asks for you by name on the ward round. # ending: candour-and-fair-process
-> END

= complaint
{ apologised && trust >= 50:
    Amir tells the nurses the young doctor was honest with him. But nobody offered Leila a way into what happens next, so she takes the only one she can find.
}
{
- dizzy_told && dizzy_acted:
    The dizziness turns out to be a contained bleed in the muscle of his abdominal wall: a scan and fluids, and he is all right.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure at five o'clock, because of her handover note: a scan and fluids, and he is all right.
- dizzy_told:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell; he was told to get up slowly. The six o'clock blood count is 94.
- else:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell. The six o'clock blood count is 94, and that goes into Leila's letter too.
}
Leila sends her letter that evening, and another the next week. The reply, six weeks later, says lessons have been learned. It does not say which, or by whom.
She takes it to the Parliamentary and Health Service Ombudsman. Amir's care continues, and it is good care, but every conversation now has a notebook on the table. # ending: formal-complaint
-> END

= moved_on
Leila doesn't send her letter. She is tired, and her father asks her not to.
{ disclosed == 2 && not apologised:
    You told them what happened. Nobody quite said sorry to him, or asked what they needed next.
}
{
- dizzy_told && dizzy_acted:
    The dizziness turns out to be a contained bleed in the muscle of his abdominal wall. He has a scan and fluids, and thanks everyone politely.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure at five o'clock, because of her handover note. He has a scan and fluids, and thanks everyone politely.
- dizzy_told:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell; he was told to get up slowly. The six o'clock blood count is 94.
- else:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell. The six o'clock blood count is 94. Asked if he has felt dizzy, he says: a little. Since Tuesday.
}
From then on he answers every question, and volunteers nothing. Leila photographs his chart on every visit.
They have stopped asking. They have not stopped noticing. # ending: moved-on-mistrustful
-> END

=== self_discharge
Amir leaves at ten past four, on his frame, with Leila carrying a bag of tablets he has checked twice.
{ in_writing:
    His GP has your letter the next morning, the error in the first paragraph.
}
{ defended >= 2:
    Leila's letter goes to the chief executive that night, with a new paragraph at the end.
}
On Friday, at home, he stands up from his armchair, the room goes, and this time he ends up on the floor. Leila calls an ambulance.
{ dizzy_told:
    He is admitted to a different hospital, twelve miles away, and tells them about the dizziness and the enoxaparin at once. # ending: self-discharge
- else:
    He is admitted to a different hospital, twelve miles away. The first thing he tells them is that he has been dizzy since Tuesday. # ending: self-discharge
}
-> END
