// After the error: a medication error with harm, an upset family and a complaint.
// Disclosure, apology and a fair process, with a patient who knows his medicines better
// than most doctors do; and the moments where the doctor has to decide, recommend or say no.
// Facilitator guide: docs/scenarios/after-the-error.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Amir's trust in the player; courteous, but he has waited two days to be told
VAR autonomy = 45    // 0..100: how far Amir's own informed values drive what is decided
VAR confidence = 25  // 0..100: Leila's confidence that the hospital will deal with this fairly
VAR safety = 50      // 0..100: Amir's safety: how soon and how surely a bleed that has not finished is found and managed

// What this run draws from its seed (meta.json "variation"); none of these change afterwards.
VAR wants = 0        // 1: to hear it all himself and weigh it himself; 2: Leila to speak for him; 3: for you to tell him what to do
VAR karim = 0        // 1: his son Karim is on speaker from Leeds, and wants to record; 0: Karim is not on the call, Leila is the one with a demand
VAR noticed = 0      // 0: the family noticed nothing; 1: Leila says at once that he went grey on standing last night; 2: she says it only once she trusts the process
VAR lead_free = 0    // 1: the patient safety lead can come today; 0: she is away until Monday
VAR count_back = 0   // 1: the repeat blood count comes back during the conversation, lower; 0: it is not back until the evening

~ wants = RANDOM(1, 3)
~ karim = RANDOM(0, 1)
~ noticed = RANDOM(0, 2)
~ lead_free = RANDOM(0, 1)
~ count_back = RANDOM(0, 1)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR grace_in = true        // Grace Mensah, the ward sister, is with the player
VAR leila_came = false     // Leila came to the nurses' station to find the player
VAR in_room = false        // true: the quiet room; false: curtains round his bed in the bay
VAR disclosed = 0          // 0 nothing yet, 1 blurred or deflected, 2 plainly and fully
VAR apologised = false     // a specific apology to Amir for the error itself
VAR defended = 0           // defensive responses: deflect, delay, control the process
VAR minimised = 0          // concealing or playing down
VAR fair_process = false   // a fair process offered: an independent advocate or lead, someone they accept, a voice in the review
VAR unsteady_told = false  // Leila has said he went grey on standing last night
VAR dizzy_told = false     // Amir has said the room goes when he stands
VAR dizzy_acted = false    // his lying and standing blood pressure has been checked and acted on
VAR dizzy_stage = 0        // where it came out: 1 at the check, 2 at the restart decision, 3 when the blood count came back
VAR scan_arranged = false  // an urgent scan and review of the bruise has been arranged
VAR result_waiting = false // the falling count came back and was left for later
VAR result_delayed = false // the falling count was ever left for later (never reset)
VAR half_dose = false      // Amir was let choose half a dose of apixaban into a bleed that may not have stopped
VAR boundary_held = false  // the demand (a recording to post, a nurse off the ward) met with an honest limit
VAR posted = false         // Karim posts his recording
VAR scapegoat = false      // the night nurse was let take the blame
VAR stays = true           // Amir stays in hospital for now
VAR wants_told = false
VAR in_writing = false
VAR restart_owner = 0      // who settled the restart: 1 Amir, 2 you, 3 Leila

-> station

=== station
Wednesday, 13:50, your first day back after a run of nights. # bg: ward # ambience: ward
Grace Mensah, the ward sister, meets you at the nurses' station with an envelope.
Mr Haddad, bed 14. His daughter's letter, for the chief executive. # speaker: grace
One sentence is underlined: I had to find out from a healthcare assistant that something went wrong with my father's injections.
You know what went wrong. You wrote the prescription.
Sunday, 23:10, four wards on one bleep. He was too drowsy to swallow his apixaban, so the plan said treatment-dose enoxaparin. You worked it out from his weight: 70 mg twice a day.
A kidney alert came up, as alerts do for almost every drug, and you clicked past it. With a creatinine clearance of 24, it should have been once a day.
Priya, the ward pharmacist, caught it on Monday, after two doses: one more than he should have had. Now there is a large bruise across his abdomen, and his haemoglobin has fallen from 128 to 113. The blood thinner is stopped. A repeat count went to the lab at noon. Nobody has told him.
Shona let something slip to the daughter while she changed his water jug. She meant well. Dr Frost's in clinic till three. Shall I say someone will be along later? # speaker: grace
* [Ring Dr Frost in clinic first, and ask how she wants it handled # move: seek-supervision # why: Dr Frost hears it from you and sends you in today with the duty of candour spelt out; Amir waits a few minutes more, and you go in with your consultant behind you.]
    ~ shift(confidence, 2)
    Dr Frost picks up between patients.
    Tell them. Today, in person, including that it was your prescription. It's likely to count as moderate harm, which makes it a notifiable safety incident under the duty of candour: say sorry, say what we know and what we don't, and it goes in writing afterwards. Take Grace. I'll be up by half three. # speaker: frost
    Grace has heard every word. She picks up his drug chart.
* [Ask Grace to tell them it is being looked into, and that Dr Frost will see them after clinic # move: defensive-response # why: Leila hears "being looked into" for a second day, and Amir goes on waiting to be told what he has already read on his chart; the first conversation starts with her coming to find you.]
    ~ defended += 1
    ~ leila_came = true
    ~ shift(trust, -5)
    ~ shift(confidence, -6)
    Could you say it's being looked into, and Dr Frost will come after clinic? It ought to come from a consultant. # speaker: clinician
    Four minutes later Grace is back, with a woman in a navy coat half a step behind her.
    "Being looked into" is what my school says when it hasn't decided what to tell the parents. I want the doctor who was on. Now, please. # speaker: leila # mood: angry
* [Say you will tell them yourself, now, and ask Grace to come with you # move: transparent-disclosure # why: Amir and Leila hear it today from the doctor who wrote the prescription, with the ward sister beside you; nobody has to come looking for the truth.]
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
{ karim == 1:
    His mobile lies face up on the bed table, on speaker. That's my brother, Karim, Leila says. He's in Leeds, on his break. He's listening.
}
Ah. The doctor. # speaker: amir # mood: guarded
{
- wants == 1:
    If this is about my enoxaparin, I would like all of it, doctor, numbers included. Then I will make up my own mind. # speaker: amir # mood: guarded
- wants == 2:
    If this is about my injections, talk to Leila. She does the talking in this family now, and I am tired. I will listen. # speaker: amir # mood: guarded
    Dad. # speaker: leila # mood: distressed
    I mean it, habibti. # speaker: amir # mood: neutral
- else:
    If this is about my injections, tell me straight. And then tell me what you would do. Forty years I told people what to do with their tablets. Today I would like to be told. # speaker: amir # mood: guarded
}
In the next bed, someone turns a radio down. The whole bay is listening.
* [Ask Amir where he would rather talk: here with the curtains drawn, or in the quiet room down the corridor; keep Grace with you # move: offer-choice # move: address-patient # why: Amir chooses where he hears it, with Grace as a witness. If he would rather someone else chose, the question hands the choice straight back to him.]
    Mr Haddad, I'd like to talk to you both about your injections. Here, or in the quiet room down the corridor? # speaker: clinician
    {
    - wants == 1:
        ~ in_room = true
        ~ shift(trust, 4)
        ~ shift(autonomy, 4)
        ~ shift(confidence, 2)
        The quiet room. I have been the ward's radio drama long enough. # speaker: amir # mood: neutral
    - wants == 2:
        ~ in_room = true
        ~ shift(trust, 1)
        ~ shift(confidence, 2)
        He looks at his daughter.
        Leila? # speaker: amir # mood: neutral
        The quiet room. Obviously. # speaker: leila # mood: guarded
    - else:
        ~ shift(trust, -1)
        ~ shift(confidence, -1)
        Wherever you think, doctor. Here will do. # speaker: amir # mood: neutral
        He does not get up. Grace draws the curtains, and the bay goes on listening through them.
    }
* [Suggest the quiet room, because the whole bay can hear, and ask if he can manage the walk; keep Grace with you # move: recommend-clearly # move: address-patient # why: Amir gets privacy from five other beds and a reason for it, on ground you chose for him; he can still say no, and Grace comes as a witness.]
    ~ in_room = true
    Mr Haddad, I'd like to talk to you both about your injections, and the whole bay can hear us here. There's a quiet room down the corridor. Can you manage the walk? # speaker: clinician
    {
    - wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
        ~ shift(confidence, 2)
        Thank you. Yes. # speaker: amir # mood: neutral
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 1)
        ~ shift(confidence, 3)
        Yes. Thank you. # speaker: leila # mood: guarded
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 1)
        ~ shift(confidence, 2)
        I can manage. # speaker: amir # mood: neutral
    }
* [Draw the curtains and talk at his bedside, just you, so that a doctor and a sister do not feel like a tribunal # move: decide-for # why: Amir is spared a doctor and a sister standing over him, and loses a witness and an ally; behind the curtains the bay still hears every word.]
    ~ grace_in = false
    ~ shift(trust, -1)
    ~ shift(autonomy, -3)
    Grace goes back to the station. The curtains stop at knee height, and the radio stays off. # sfx: curtain
    Very private. # speaker: amir # mood: guarded
* [Take Leila to the quiet room first, to hear her out before she upsets her father # move: address-companion # move: decide-for # why: Leila is taken out of earshot of the man it happened to, and Amir learns that the conversation about his own injections starts without him.]
    ~ in_room = true
    { wants == 2:
        ~ shift(trust, -3)
        ~ shift(autonomy, -3)
    - else:
        ~ shift(trust, -6)
        ~ shift(autonomy, -6)
    }
    Ms Haddad, could we have a word in the quiet room first? # speaker: clinician
    It was my stomach they injected, doctor. Not hers. Leila may speak for me. She may not be spoken to instead of me. # speaker: amir # mood: angry
    He's right. Whatever you've come to say, say it to him. # speaker: leila # mood: angry
    You all go to the quiet room.
- { in_room:
    He gets up on his frame and stands a moment, both hands on it, before he walks. Just stiff, he says.
}
-> opening

=== opening
{ in_room:
    The quiet room: four soft chairs, a box of tissues, a print of a lighthouse. Grace closes the door. # bg: meeting-room # ambience: meeting-room
}
I want to know what happened to my father. Not "an issue with the injections". What happened, and who did it. # speaker: leila # mood: angry
{ noticed == 1:
    ~ unsteady_told = true
    And last night, when he stood up to go to the toilet, he went grey and held on to the sink. I told a nurse. She said it was his age. # speaker: leila # mood: angry # disclose: grey-on-standing
}
Leila. Let the doctor sit down. # speaker: amir # mood: neutral
{ karim == 1:
    From the phone on the table, Karim: Go on, then.
}
He folds his glasses into his pocket, and waits to hear how you tell it.
* [Explain that there is a process for complaints, and that her letter has gone to the right team # move: defensive-response # why: Leila asked what happened to her father and hears about a procedure; Amir learns that the first thing the hospital protects is the process.]
    ~ defended += 1
    ~ shift(trust, -5)
    ~ shift(confidence, -6)
    I've seen your letter, Ms Haddad. There's a process for complaints, and it's gone to the right team. # speaker: clinician
    I didn't ask about the process. I asked what happened to my dad. # speaker: leila # mood: angry
    Amir puts his glasses back on, as if to read you more clearly.
* [Sit down, and ask what they already know and what they have been told # move: open-question # move: address-patient # why: Amir gets to show he has read his own chart, and you learn where to start; if he asked to be told straight, he waits a little longer for it.]
    Before I start, can I ask what you know already, and what you've been told? # speaker: clinician
    Told? Nothing. Shona said something went wrong, went bright red and left. # speaker: leila # mood: angry
    {
    - wants == 1:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        ~ shift(confidence, 2)
        Nobody has told me anything. But I read my chart. On Monday my enoxaparin went from twice a day to once, then stopped. I'd like to hear your version. # speaker: amir # mood: neutral
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 2)
        ~ shift(confidence, 2)
        I read my chart. Twice a day, then once, then nothing. Tell Leila what it means. # speaker: amir # mood: guarded
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 1)
        I read my chart, doctor. I asked you to tell me straight. # speaker: amir # mood: guarded
    }
* [Say first, to them both, who you are and that you wrote the prescription # move: transparent-disclosure # move: address-patient # why: Amir and Leila hear who is accountable before anything else; Leila came ready to fight someone who wasn't going to be here, and Amir hears the thing he was waiting to see whether anyone would say.]
    { wants == 1:
        ~ shift(trust, 6)
        ~ shift(confidence, 4)
    - else:
        ~ shift(trust, 7)
        ~ shift(confidence, 5)
    }
    I was the doctor on duty on Sunday night, and I wrote the prescription for your injections. Something went wrong with it, and I've come to tell you what. # speaker: clinician
    Leila opens her mouth, and closes it.
    Thank you. That is the right place to start. # speaker: amir # mood: neutral
- -> account

=== account
His drug chart is on your knee. The facts are simple. Saying them is not.
* [Give the clinical account: treatment-dose LMWH not renally adjusted for his CrCl, a raised anti-Xa, an abdominal wall haematoma # move: jargon # move: transparent-disclosure # why: Everything is said, in a language only Amir speaks; he ends up translating his own harm for his daughter, and Leila is left outside it.]
    ~ disclosed = 2
    { wants == 1:
        ~ shift(trust, 5)
    - else:
        ~ shift(trust, 2)
    }
    ~ shift(confidence, -5)
    I prescribed treatment-dose LMWH, one milligram per kilo BD, not renally adjusted for his CrCl. His anti-Xa was supratherapeutic, and he has an abdominal wall haematoma with a fifteen-gram Hb drop. # speaker: clinician
    Can someone say that in English? # speaker: leila # mood: angry
    Amir turns to his daughter.
    The dose was right for a man with good kidneys, habibti. Mine are not. For one day I had double. # speaker: amir # mood: neutral
    It is a clear explanation. It is his, not yours.
* [Say the dose "wasn't quite right for his kidneys", and that the hospital's checks picked it up quickly # move: conceal # why: Amir, who has read the chart, hears the error made smaller in front of his daughter, and learns how far your account can be trusted.]
    ~ disclosed = 1
    ~ minimised += 1
    The dose wasn't quite right for your kidneys. But our checks picked it up quickly, which is what they're there for. # speaker: clinician
    -> pressed
* [Explain: you prescribed the full dose twice a day without checking his kidneys, when it should have been once a day # move: transparent-disclosure # move: plain-language # why: Amir hears the sum he has already done, said back to him by the person who made the mistake, and Leila can follow every word of it.]
    ~ disclosed = 2
    ~ shift(trust, 8)
    ~ shift(autonomy, 3)
    ~ shift(confidence, 8)
    On Sunday night I prescribed your blood-thinning injections at the full dose, twice a day, without checking your kidney function. # speaker: clinician
    Your kidneys clear it slowly, so it should have been once a day. You had one dose too many before the pharmacist spotted it, and that most likely caused the bruise and the drop in your blood count. # speaker: clinician
    Amir nods slowly, like a man checking a sum he has already done.
    Seventy twice a day, with my kidneys. Yes. That is what I worked out. # speaker: amir # mood: neutral
* [Explain what lined up on Sunday night: four wards, an alert that fires for everything, kidney results on another screen # move: defensive-response # why: Everything said is true and belongs in the review, but Leila hears that nobody did anything, and Amir is still waiting for someone to say who wrote it.]
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
* [Hold the line: the details are for the review, and you would rather not go into numbers today # move: defensive-response # move: conceal # why: Amir, who already has the numbers, is told he may not discuss them; the review becomes a place to keep the truth from him rather than to find it.]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -10)
    ~ shift(autonomy, -4)
    ~ shift(confidence, -8)
    I'd rather not go into numbers today. The review will look at all of that properly. # speaker: clinician
    Amir closes the chart and takes off his glasses. Leila writes something on the back of her envelope, and underlines it.
* [Own it and say sorry: it was your prescription, you didn't check his kidneys, and it was double the right dose # move: transparent-disclosure # move: apologise # move: address-patient # why: Amir gets the plain fact and an apology in one breath, late but whole, and sees you correct yourself in front of his daughter.]
    ~ disclosed = 2
    ~ apologised = true
    ~ shift(trust, 5)
    ~ shift(confidence, 4)
    You're right. I wrote it, I didn't check your kidneys, and it was twice what it should have been. I'm sorry, and I should have said so straight away. # speaker: clinician
    Yes. You should. But you have said it now. # speaker: amir # mood: neutral
- -> sorry

=== sorry
A silence. Leila is waiting for something, and so, you realise, is Amir.
* [Apologise to Leila for how she found out: from a healthcare assistant, not from you # move: apologise # move: address-companion # why: Leila gets the apology she wrote to the chief executive for; the apology for the harm itself goes past the man who was harmed.]
    ~ shift(confidence, 8)
    ~ shift(autonomy, -2)
    Ms Haddad, I'm sorry you heard it over a water jug. You should have heard it from me, on Monday. # speaker: clinician
    Yes. I should. # speaker: leila # mood: guarded
    Amir looks {in_room: at the lighthouse|at the curtain}. The apology has gone past him.
* [Say sorry to Amir: you made a mistake, and it hurt him # move: apologise # move: address-patient # why: Amir hears sorry said to him, for a named mistake and its harm; if the mistake has not yet been named, he hears an apology with nothing inside it.]
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
* [Say you are sorry they have both been so upset by all this # move: defensive-response # why: The apology is for their feelings, not for the dose; Leila hears that her anger is the problem, and Amir hears nobody own what happened to him.]
    ~ defended += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -6)
    I'm sorry you've both been so upset by all this. # speaker: clinician
    I'm not upset by "all this". I'm upset because my father was given the wrong dose. # speaker: leila # mood: angry
* [Say the hospital regrets what happened, but you have been told not to say anything that admits liability # move: defensive-response # move: conceal # why: Amir and Leila hear that the hospital is protecting itself from them; an apology would not have admitted liability, and now the silence sounds like a lawyer.]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -8)
    ~ shift(confidence, -10)
    The hospital regrets what happened. I've been told not to say anything that admits liability. # speaker: clinician
    Told by whom? # speaker: leila # mood: angry
    You are not sure. An apology is not an admission of liability: section 2 of the Compensation Act 2006 says so, and the GMC and NMC expect you to say sorry. You heard that on a training day, the same one where someone said the opposite.
- -> demand

=== demand
{ karim == 1:
    Karim, from the phone on the table: I'm recording this, by the way. All of it. It's going on Facebook tonight, with your name and the nurse's, so people know what this place does to old men.
    Karim. # speaker: leila # mood: distressed
    Karim: What? People should know.
    Amir closes his eyes for a moment.
    -> recording
}
Leila sits forward.
The nurse who gave him those injections. I want his name, and I want him off this ward. Today. Can you promise me that? # speaker: leila # mood: angry
Amir looks at his daughter, then at you. He knows who wrote the dose.
* [Say you can't promise that and won't: Daniel gave the dose you prescribed; the review looks at every step, and if anyone acted unsafely it will be dealt with # move: honest-limit # move: transparent-disclosure # why: Leila hears an honest no and the real chain of events, and Amir sees you refuse to let a nurse carry your prescription; the demand is met with a reason, not a promise you cannot keep.]
    ~ boundary_held = true
    ~ shift(trust, 5)
    ~ shift(confidence, 2)
    I can't promise that, and I won't. Daniel gave the dose I prescribed, at the time I wrote it. The review will look at every step, including his and mine. If it finds anyone acted unsafely, that will be dealt with properly. # speaker: clinician
    Leila stares at you. Then she sits back.
    At least you didn't just say yes. # speaker: leila # mood: guarded
    { grace_in:
        Daniel has asked after your father every shift since Monday. # speaker: grace
    }
* [Tell her you will pass on to the ward manager that she wants him taken off the ward # move: conceal # why: Leila hears her demand accepted, and the nurse who gave what you prescribed is left to carry your error; nothing she has been told can be kept, and Amir knows it.]
    ~ minimised += 1
    ~ scapegoat = true
    ~ shift(trust, -5)
    ~ shift(confidence, 3)
    I understand. I'll pass that on to the ward manager. # speaker: clinician
    He gave what was written, Leila. The doctor wrote it. # speaker: amir # mood: guarded
    { grace_in:
        Grace says nothing. Her jaw sets.
    }
* [Ask Leila what she needs, to feel her father is safe on this ward now # move: elicit-values # move: open-question # why: Leila is asked what lies under the demand and says it; the demand itself is left standing, and Amir watches a nurse's name stay on the table for your mistake.]
    ~ shift(trust, 1)
    ~ shift(confidence, 2)
    What would you need, to feel he's safe on this ward now? # speaker: clinician
    Him gone. # speaker: leila # mood: angry
    She breathes out.
    Honestly? Someone checking his doses who knows about his kidneys. And the truth, when something happens. # speaker: leila # mood: guarded
    She has not let go of the name.
* [Tell her staffing matters are not something you can discuss # move: defensive-response # move: detach # why: Leila hears a rule where she wanted an answer, and Amir hears nothing about who actually wrote the dose; the question goes into her letter instead.]
    ~ defended += 1
    ~ shift(trust, -3)
    ~ shift(confidence, -6)
    I'm afraid staffing matters aren't something I can discuss. # speaker: clinician
    Then I'll ask someone who can. # speaker: leila # mood: angry
- -> numbers

= recording
* [Tell Karim he may record it for the family if his father agrees, but ask him not to post it, say why, and say you can't stop him # move: hold-boundary # move: address-patient # why: Karim keeps his record and Amir is asked first; the limit on posting is said openly, with its reasons, without a threat or a pretence that you can forbid it.]
    ~ boundary_held = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    ~ shift(confidence, 3)
    Karim, you're welcome to record this for your family, if your father's happy with that. I'd ask you not to post it. {in_room: Nobody else should end up on it.|There are five other men in this bay, and they can be heard.} Naming staff online won't get you answers; the review will. I can't stop you, and I won't pretend I can. Everything I say today will come to you in writing anyway. # speaker: clinician
    Record it for yourself, Karim. Not for Facebook. I am not a post. # speaker: amir # mood: neutral
    A pause on the line. Then Karim: Fine. For us.
* [Ask Karim to stop recording: hospital policy is that families don't record staff # move: comply-policy # move: defensive-response # why: Karim hears a rule that cannot stop him, since a patient may record his own consultation, and Amir watches the hospital argue about a phone instead of telling him about his injections.]
    ~ posted = true
    ~ defended += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -6)
    I'm sorry, Karim, it's hospital policy that families don't record staff. # speaker: clinician
    Karim: Then I'll record it anyway. You lot can't stop a man recording what's done to his own father.
    He is more right than you are.
* [Say that's fine: Karim can record and post whatever he likes # move: address-companion # why: Karim's plan goes ahead without anyone asking Amir, who is the one on the recording; other people's privacy and Amir's own wishes are left to his son.]
    ~ posted = true
    ~ shift(trust, -2)
    ~ shift(autonomy, -3)
    ~ shift(confidence, 2)
    That's fine. Record whatever you like. # speaker: clinician
    Karim. I am {in_room: sitting in a hospital cardigan|sitting in a bay with five other men}. I do not want to be on Facebook. # speaker: amir # mood: guarded
    Karim: Too late, Dad.
* [Ask Amir what he wants: is he happy for this to be recorded, and shared? # move: address-patient # move: open-question # why: Amir decides about a recording of himself, and says so; the posting is left between him and his son, with nobody saying what it could cost.]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    Mr Haddad, are you happy to be recorded, and for it to be shared? # speaker: clinician
    Record, yes. Post, no. # speaker: amir # mood: neutral
    Karim: Dad, you always protect them.
    I protect me. # speaker: amir # mood: guarded
    Karim doesn't say whether he will.
- -> numbers

=== numbers
Amir leans forward, one hand flat over the bruise.
Did anyone check an anti-Xa level? And this: is it in the muscle, or only under the skin? # speaker: amir # mood: guarded
And is he going to be all right? # speaker: leila # mood: distressed
Her voice cracks. She is a head of year; she is used to being the one who keeps her voice steady.
* [Reassure Leila: he is stable, and there should be no lasting harm # move: false-reassurance # move: address-companion # why: Leila gets a breath of relief that nobody can honestly give yet, and Amir, who asked the questions, hears his answer go to his daughter, and hears it overpromise.]
    ~ minimised += 1
    ~ shift(trust, -5)
    ~ shift(autonomy, -2)
    ~ shift(confidence, 2)
    Ms Haddad, he's stable, and we don't expect any lasting harm. Honestly, the worst is over. # speaker: clinician
    Leila lets out a breath she seems to have held since Tuesday.
    I asked about my anti-Xa, doctor. And nobody can promise that yet. # speaker: amir # mood: guarded
* [Answer him as one professional to another, in technical terms # move: jargon # move: address-patient # why: Amir gets his answers in the language he worked in for forty years; Leila's question, the one she could barely ask, goes unanswered.]
    { wants == 1:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
    - else:
        ~ shift(trust, 1)
    }
    ~ shift(confidence, -5)
    Anti-Xa on Monday was supratherapeutic, trending down. Clinically an abdominal wall haematoma, possibly tracking into the rectus sheath. No imaging yet. Haemodynamically stable. # speaker: clinician
    Amir nods: a language he spoke for forty years. Leila looks between you like someone watching a sport she doesn't know.
* [Say the results are best gone through once the review has looked at everything # move: defensive-response # move: conceal # why: Amir is told his own results are to wait for the hospital's review; he learns that asking gets him nothing, and so may stop asking.]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -8)
    ~ shift(confidence, -6)
    It's probably best to go through the results once the review has looked at everything. # speaker: clinician
    They are my results, doctor. In my notes. # speaker: amir # mood: angry
* [Answer both: his questions in his own terms, then in plain words what is known, what isn't yet, and what you are watching for # move: plain-language # move: transparent-disclosure # move: address-patient # why: Amir gets straight answers and Leila an honest "I can't promise that yet", with what would change it; nobody is comforted with something you do not know.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 4)
    ~ shift(confidence, 7)
    Yes: on Monday it was above the range we aim for, and it's falling. The bruise is in your abdominal wall, perhaps into the muscle. We haven't scanned it. # speaker: clinician
    Will he be all right? We think so, but I can't promise it yet. We don't know for certain the bleeding has stopped, so we're checking his blood and keeping the blood thinner stopped. # speaker: clinician
    If the bruise grows, or he feels faint or dizzy, or his count falls again, we'd scan it, and he might need a transfusion. # speaker: clinician
    At the word dizzy, Amir's eyes go to the window. Only for a moment.
- { count_back == 1:
    -> result
}
-> tonight

=== result
A knock. Grace looks in{not in_room: round the curtain}, holding a slip of paper. # sfx: door-knock
The lab's phoned his repeat count. A hundred and four. It was a hundred and thirteen on Monday. # speaker: grace
Falling. # speaker: amir # mood: guarded
Leila looks from her father to you.
* [Tell them what the result means, and that you are stopping here to check his blood pressure, get the bruise scanned and blood cross-matched, and tell Dr Frost, then come back # move: act-on-risk # move: transparent-disclosure # why: Amir hears the number and exactly what you are doing about it, now; the conversation waits twenty minutes, and a bleed that has not finished does not get to wait with it.]
    ~ dizzy_stage = 3
    ~ scan_arranged = true
    ~ dizzy_acted = true
    ~ dizzy_told = true
    ~ shift(safety, 12)
    ~ shift(trust, 3)
    ~ shift(confidence, 2)
    It means he may still be bleeding into the bruise. I'm going to stop here and deal with that first: his blood pressure lying and standing, a scan of the bruise, blood cross-matched in case, and Dr Frost told. Then I'll come back, and we'll carry on. # speaker: clinician
    Go. We'll be here. # speaker: leila # mood: distressed
    { wants == 1:
        Ask for a group and save as well. # speaker: amir # mood: neutral
    }
    Lying, 126 over 74. Standing, 100 over 64, and he holds the back of the chair.
    Since yesterday, when I stand up, the room goes. I should have said. # speaker: amir # mood: guarded # disclose: dizzy
    Twenty minutes later the scan is booked for four, Dr Frost is on her way, and you sit down again.
    -> walkback
* [Tell them the result, and ask Amir whether he would rather finish talking first or deal with it now # move: offer-choice # move: transparent-disclosure # move: address-patient # why: Amir is handed a choice about a falling blood count that is really a decision about safety; the bleed waits as long as the conversation does.]
    ~ result_waiting = true
    ~ result_delayed = true
    ~ shift(safety, -6)
    It's lower. It may mean he's still bleeding into the bruise. Would you rather we finish talking first, or deal with it now? # speaker: clinician
    { wants == 3:
        ~ shift(trust, -2)
        You tell me, doctor. That is what I asked you for. # speaker: amir # mood: guarded
        Leila says finish, and nobody moves.
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, 3)
        Finish. I have waited two days to hear this. # speaker: amir # mood: neutral
    }
* [Thank Grace, and carry on; you will deal with it when you have finished here # move: detach # move: conceal # why: Amir heard the number; he watches it put aside while you talk, and learns that a falling count comes second to the conversation about the last mistake.]
    ~ result_waiting = true
    ~ result_delayed = true
    ~ minimised += 1
    ~ shift(safety, -8)
    ~ shift(trust, -4)
    Thanks, Grace. I'll sort it when we've finished here. # speaker: clinician
    Amir looks at the slip of paper in Grace's hand until the door closes.
- -> tonight

=== walkback
Amir reaches for his frame.
Excuse me. I need the toilet. # speaker: amir # mood: neutral
* [Ask him to wait for a wheelchair and for Grace to go with him, and say it is because of the drop in his blood pressure # move: act-on-risk # move: plain-language # why: Amir hears why, from the numbers he has just seen, and gets there safely; he would rather have walked, and he knows why he isn't.]
    ~ shift(safety, 5)
    ~ shift(autonomy, -1)
    { wants == 1:
        ~ shift(trust, 1)
    - else:
        ~ shift(trust, 3)
    }
    Could you wait for a wheelchair, and let Grace go with you? Your pressure dropped twenty-six points when you stood. I don't want you to fall. # speaker: clinician
    Twenty-six. Yes. In my day we called that significant. # speaker: amir # mood: neutral
    He doesn't like it. He does it.
* [Leave it to him how he gets there # move: offer-control # move: address-patient # why: Amir keeps the decision about his own legs, minutes after his blood pressure fell on standing; nobody has said out loud what that drop means for a walk down the corridor.]
    ~ shift(autonomy, 3)
    ~ shift(safety, -6)
    Of course. Take your time. # speaker: clinician
    In the corridor he stops, grey, one hand on the rail. Grace catches his elbow. Nothing worse, this time.
* [Ask Grace to fetch a wheelchair # move: decide-for # why: Amir gets there safely, and is talked over on the way: the decision about how he moves is made across him, without the reason.]
    ~ shift(safety, 5)
    ~ shift(autonomy, -4)
    ~ shift(trust, -2)
    Grace, could you get a wheelchair? # speaker: clinician
    I am here, doctor. I can hear. # speaker: amir # mood: guarded
- Ten minutes later he is back in his chair.
{
- dizzy_stage == 2:
    -> closing
- dizzy_stage == 3:
    -> tonight
}
-> next_steps

=== tonight
{
- wants == 1:
    And tonight? My apixaban was due at six, before all this. I want it back. My wife had her stroke at seventy-nine; I watched. A stroke frightens me more than a bruise. # speaker: amir # mood: guarded
- wants == 2:
    What about his blood thinner tonight? He's been on it for years. # speaker: leila # mood: guarded
    Amir waits for your answer, not hers.
- else:
    And my apixaban tonight? What should I do? # speaker: amir # mood: guarded
}
* [Tell him the blood thinner stays stopped tonight, and why: the bleeding has to settle first; when to restart is his decision, with Dr Frost # move: act-on-risk # move: plain-language # why: Amir hears a safety decision made openly, with the reason and what is still his to decide, the restart; his fear of a stroke is heard, and not obeyed tonight.]
    ~ shift(safety, 6)
    ~ shift(autonomy, 1)
    {
    - wants == 1:
        ~ shift(trust, 1)
        Not tonight. While it may still be bleeding, a blood thinner could make the bleed worse. When to restart, and at what dose, is your decision, with Dr Frost, once your count is steady. # speaker: clinician
        He looks at you over his glasses.
        Yes. I knew. I wanted to hear you say it. # speaker: amir # mood: neutral
    - else:
        ~ shift(trust, 4)
        Not tonight. While it may still be bleeding, a blood thinner could make the bleed worse. When to restart is a decision for you and Dr Frost, once your count is steady. # speaker: clinician
        Good. That is clear. # speaker: amir # mood: neutral
    }
* [Lay out the stroke and bleeding risks of a dose tonight, and let him choose # move: offer-choice # move: plain-language # move: address-patient # why: Amir is handed a choice that is not safely his tonight: a dose into a bleed that may not have stopped, framed as his call, by the doctor whose last dose caused it.]
    ~ shift(safety, -8)
    A dose tonight lowers your stroke risk a little, and raises the risk of more bleeding. It's your choice. # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 4)
        ~ half_dose = true
        ~ shift(safety, -4)
        Then half a dose. You can write that. # speaker: amir # mood: neutral
        Grace looks at you, and then at him. I'm sorry, Mr Haddad: I won't give any apixaban tonight, not half, not while it may still be bleeding. I'll ask Dr Frost to speak to you about it. # speaker: grace
        Amir looks from her to you. He had made a choice, and it has been taken back by the nurse, not the doctor who offered it.
    - wants == 2:
        ~ shift(trust, -2)
        Don't look at me, Leila says. Amir says he'll think about it. Nobody writes anything.
    - else:
        ~ shift(trust, -4)
        I asked you what I should do, doctor. # speaker: amir # mood: guarded
    }
* [Say Dr Frost will decide about his blood thinner when she comes # move: decide-for # move: defensive-response # why: The question is parked with a consultant who is not in the room; Amir hears nobody here will answer him about his own tablets.]
    ~ defended += 1
    ~ shift(trust, -3)
    ~ shift(confidence, -2)
    Dr Frost will decide about that when she comes. # speaker: clinician
    Everything waits for Dr Frost. # speaker: leila # mood: guarded
* [Tell him a few days without it won't matter at all # move: false-reassurance # why: Amir is comforted with something that isn't true, a stroke risk that is small but not nothing; a man who watched his wife's stroke hears his worry waved away.]
    ~ shift(safety, 2)
    ~ shift(trust, -3)
    A few days without it won't matter at all. # speaker: clinician
    At all? With my heart? # speaker: amir # mood: guarded
- -> monday

=== monday
And why did nobody tell us on Monday? Why did I hear it from the woman doing the water jugs? # speaker: leila # mood: angry
* [Explain that the consultant was on leave on Monday, and each team thought the other would tell them # move: defensive-response # why: Leila gets a reason that sounds like an excuse, and sees the same gap between teams that let the dose through; nobody has yet said the delay was wrong.]
    ~ defended += 1
    ~ shift(trust, -2)
    ~ shift(confidence, -5)
    Dr Frost was on leave on Monday, and I think the day team assumed the night team would talk to you, and the other way round. # speaker: clinician
    So it fell down the gap between two teams. Like his dose. # speaker: leila # mood: angry
* [Say she is right: they should have been told on Monday, and that failure is the team's too # move: apologise # move: transparent-disclosure # why: Leila hears the delay named as a second thing that went wrong, not explained away, and Amir hears that two days of silence count.]
    ~ shift(trust, 4)
    ~ shift(confidence, 7)
    You should have been told on Monday, as soon as we knew. That's a second thing we got wrong. I'm sorry. # speaker: clinician
    { grace_in:
        I'm the sister on this ward. I should have made sure someone came to you. I'm sorry too. # speaker: grace
    }
* [Say that Shona should not have said anything before the team had spoken to them # move: defensive-response # why: The one person who told them the truth is blamed for it; Leila learns that in this hospital the problem is telling, not the silence.]
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
- { noticed == 2 && confidence >= 45:
    ~ unsteady_told = true
    Leila looks at her father, then back at you.
    Then I'll tell you something, since you're telling us things. Last night, when he got up for the toilet, he went grey and held on to the sink. I told a nurse. She said it was his age. # speaker: leila # mood: distressed # disclose: grey-on-standing
    Leila. # speaker: amir # mood: guarded
}
-> home

=== home
Leila stands up, and puts the envelope in her coat pocket.
I want him out of here. I'll take him home tonight and look after him myself. # speaker: leila # mood: angry
{
- wants == 1:
    What are the risks, doctor? Give me them, and I will decide. # speaker: amir # mood: guarded
- wants == 2:
    Amir looks at his daughter.
    Leila decides these things now. # speaker: amir # mood: neutral
- else:
    What would you do, doctor? # speaker: amir # mood: guarded
}
* [Recommend he stays until his blood count is steady and the bruise has been seen to, say why, and that it is still his decision # move: recommend-clearly # move: affirm-refusal # why: Amir and Leila get your view, with its reasons, and keep the decision; a man who asked what you would do is told, and one who wants to decide still can.]
    ~ shift(safety, 4)
    I'd like him to stay until his count is steady and we know what the bruise is doing, because if it is still bleeding, home is where it would be found late. It's your decision, Mr Haddad, and nobody will treat you differently if you go. # speaker: clinician
    {
    - wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        Then I stay. Thank you for answering the question. # speaker: amir # mood: neutral
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(confidence, 3)
        Leila sits down again, slowly.
        Two more days. Then I'm taking him. # speaker: leila # mood: guarded
    - else:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
        Reasonable. I'll stay. Sit down, Leila. # speaker: amir # mood: neutral
    }
* [Lay out the risks of going and of staying, and leave the choice with him # move: offer-choice # move: plain-language # move: address-patient # why: Amir gets the risks each way and the choice; if he asked what you would do, he is turned back into the decider, and Leila, the one who wants him home, fills the gap.]
    Staying, we can watch the bruise and his count. Going, you'd be more comfortable, and if it's still bleeding it could be found late. It's your choice. # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
        ~ shift(safety, 2)
        Then I stay, for now. Sit down, Leila. # speaker: amir # mood: neutral
    - wants == 2:
        ~ shift(safety, -4)
        ~ stays = false
        Then he's coming home, Leila says. Amir does not argue with her.
    - else:
        ~ shift(trust, -4)
        ~ shift(safety, -2)
        I asked what you would do. # speaker: amir # mood: guarded
        Leila takes his coat from the back of the chair, and holds it.
    }
* [Tell Leila he is not fit to go home # move: address-companion # move: decide-for # why: The decision about Amir's discharge is announced to his daughter over his head; he stays, and learns that the hospital decides about him by talking to her.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -5)
    ~ shift(safety, 2)
    Ms Haddad, he isn't fit to go home. # speaker: clinician
    He is sitting right here. # speaker: amir # mood: angry
* [Say that if he leaves it will be against medical advice, and he will have to sign a form # move: defensive-response # move: leverage-dependence # why: Amir hears the hospital protecting itself with a form; the risk to him is never explained, and the threat makes leaving feel like the only dignified answer.]
    ~ defended += 1
    ~ shift(trust, -6)
    ~ shift(confidence, -4)
    ~ shift(safety, 1)
    If he leaves, it'll be against medical advice, and he'll need to sign a form. # speaker: clinician
    Of course. A form. # speaker: amir # mood: withdrawn
- { dizzy_acted:
    -> next_steps
}
-> check

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
{ unsteady_told:
    You have not forgotten what Leila said about the sink.
}
* [Move on to what happens next; the nurses are doing his observations every four hours # move: narrow-agenda # move: detach # why: Amir's wince passes without a question, and so does whatever he was weighing up; four-hourly observations are done sitting in a chair.]
    ~ shift(trust, -2)
    ~ shift(safety, -4)
    The nurses are keeping an eye on your observations, so let's talk about what happens next. # speaker: clinician
    Amir nods. Whatever he was weighing up, he puts it down.
* [Ask if you may look at the bruise and check his pulse and blood pressure sitting, explaining as you go # move: ask-before-touch # move: plain-language # move: address-patient # why: Amir is asked before he is touched and told each finding; a sitting blood pressure is normal in a man who only feels it when he stands, unless he trusts you enough to say so.]
    ~ shift(trust, 3)
    May I look at the bruise, and check your pulse and blood pressure? I'll tell you what I find. # speaker: clinician
    The bruise spreads across the right of his abdomen, purple going yellow, firm and tender, still inside the pen line the nurses drew yesterday.
    It hasn't grown. Pulse 88, irregular with your AF. Blood pressure 124 over 72, sitting. # speaker: clinician
    { trust >= 55 || unsteady_told:
        -> told
    }
    Good. Then I'm fine. # speaker: amir # mood: neutral
* [Ask Leila how she thinks he has been # move: address-companion # why: Amir's own account of his body is asked of his daughter; he answers the way he always does, and a symptom he has not told anyone stays untold.]
    ~ shift(trust, -3)
    ~ shift(autonomy, -4)
    How do you think he's been, Ms Haddad? # speaker: clinician
    He says he's fine. He always says he's fine. He said it with a broken wrist. # speaker: leila # mood: guarded
    I am fine. # speaker: amir # mood: withdrawn
* [Ask Amir how he has been feeling since Monday: anything at all he has noticed # move: open-question # move: address-patient # why: Amir is invited to say what only he knows; whether he says it depends on what the last half hour has taught him about telling you things.]
    ~ shift(autonomy, 2)
    How have you been feeling since Monday, Mr Haddad? Anything at all, however small. # speaker: clinician
    { trust >= 60 || unsteady_told:
        -> told
    }
    Tired. Sore. Eighty-one. # speaker: amir # mood: guarded
    He says it lightly, and asks whether anyone has seen his crossword.
* [Tell him you are checking his blood pressure lying and then standing, now, because his blood count has fallen; say what you are looking for # move: act-on-risk # move: plain-language # why: Amir hears what you are doing and why before you do it, and the check finds what a sitting blood pressure would miss; he did not ask for it, and he would have waited to be asked.]
    ~ dizzy_acted = true
    ~ dizzy_told = true
    ~ dizzy_stage = 1
    ~ shift(safety, 10)
    { unsteady_told:
        ~ shift(trust, 4)
        ~ shift(confidence, 3)
    - else:
        ~ shift(trust, 1)
    }
    Your blood count has fallen, and I want to know whether you're still losing blood. I'm going to check your blood pressure lying down and then standing. If it drops a lot when you stand, that tells us something a sitting reading won't. # speaker: clinician
    Lying, 126 over 74. Standing, 100 over 64, and he holds the back of the chair.
    Twenty-six points. He sits down.
    Since yesterday, when I stand up, the room goes. I didn't tell the nurses. # speaker: amir # mood: guarded # disclose: dizzy
    { scan_arranged:
        The scan is already booked.
    - else:
        ~ scan_arranged = true
        You send an urgent blood count, ask for a scan of the bruise, and text Dr Frost.
    }
    -> walkback
- -> next_steps

= told
~ dizzy_told = true
~ dizzy_stage = 1
~ shift(safety, 2)
Amir is quiet for a moment. He looks at Leila, then back at you.
{ unsteady_told:
    Leila has told you. Yes. Since yesterday, when I stand up, the room goes. A few seconds. I hold on to something and it comes back. # speaker: amir # mood: guarded # disclose: dizzy
- else:
    Since yesterday, when I stand up, the room goes. A few seconds. I hold on to something and it comes back. # speaker: amir # mood: guarded # disclose: dizzy
}
I didn't tell the nurses. I could see on my chart something had gone wrong, and nobody said. You stop volunteering things to people who don't volunteer things to you. # speaker: amir # mood: guarded
Dad. # speaker: leila # mood: distressed
Dizzy on standing, after a fall in his blood count. You know what that can mean. So does he.
-> dizzy_response

=== dizzy_response
* [Suggest it is probably his bisoprolol, and that he should get up slowly # move: false-reassurance # why: Amir is given the safe explanation he had already thought of and set aside; the dangerous one goes unchecked, and he sees that you have not thought of it.]
    ~ minimised += 1
    ~ shift(trust, -4)
    ~ shift(safety, -6)
    That may well be your bisoprolol. Take it slowly when you get up, and sit on the edge of the bed first. # speaker: clinician
    Perhaps. # speaker: amir # mood: withdrawn
    He has already thought of the bisoprolol. He has also thought of the other thing, and he sees that you haven't.
    { grace_in:
        Grace writes something on her handover sheet, and underlines it.
    }
* [Tell him what it could mean, and check his blood pressure lying and standing and send an urgent blood count now # move: act-on-risk # move: plain-language # move: transparent-disclosure # why: Amir hears the worrying explanation said aloud, and sees it checked at once; the conversation pauses for the one thing in it that cannot wait.]
    ~ dizzy_acted = true
    ~ shift(safety, 10)
    ~ shift(trust, 4)
    ~ shift(confidence, 3)
    That matters. It can mean you've lost more blood than we thought, perhaps into the bruise. I want to check your blood pressure lying and standing, and repeat your blood count, now. # speaker: clinician
    Lying, 126 over 74. Standing, 100 over 64, and he holds the back of the chair. The blood goes off marked urgent{dizzy_stage == 1:, and you text Dr Frost}.
    { not scan_arranged:
        ~ scan_arranged = true
    }
* [Thank him for telling you, and ask what made it hard to say # move: authentic-connection # move: open-question # why: Amir is thanked and asked, and tells you about pride and his daughter; the blood pressure is checked a few minutes later than it could have been.]
    ~ dizzy_acted = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    ~ shift(safety, 4)
    Thank you for telling me. What made it hard to say? # speaker: clinician
    Pride, partly. And her. She would have been at the nurses' station in her coat before I finished the sentence. # speaker: amir # mood: warm
    A few minutes later you check his blood pressure lying and standing. It drops by twenty-six. You send an urgent blood count{dizzy_stage == 1:, and text Dr Frost}.
    { not scan_arranged:
        ~ scan_arranged = true
    }
- { dizzy_acted:
    -> walkback
}
{ dizzy_stage == 1:
    -> next_steps
}
-> closing

=== next_steps
Leila turns the envelope over in her hands.
So what happens now? Do I post this and wait? # speaker: leila # mood: guarded
* [Tell them what the incident review will look at, and ask what questions they want it to answer # move: transparent-disclosure # move: elicit-values # why: Amir and Leila hear what the review will look at, you included, and are asked what they want it to answer; who outside the ward will hear those questions is still open.]
    ~ fair_process = true
    ~ shift(trust, 3)
    ~ shift(confidence, 6)
    Priya reported it as a patient safety incident. The review will look at how it happened: the screen, the alert, the night cover, and me. Under the national framework, PSIRF, it should involve you: your questions, your account, and your view of what it finds. # speaker: clinician
    { confidence >= 50:
        -> never_again
    }
    Should? Or will? # speaker: leila # mood: guarded
* [Ask them both what they would want to come out of all this # move: elicit-values # move: address-patient # why: Amir and Leila are asked what they want, not told what the hospital will do; Leila answers only if she has begun to believe the answer will count.]
    ~ shift(autonomy, 3)
    What would you both want to come out of this? Not what the hospital wants. What you want. # speaker: clinician
    { confidence >= 40:
        -> never_again
    }
    I want someone to be accountable. That's all I'm saying until I know who I'm dealing with. # speaker: leila # mood: angry
* [Say that it is under investigation, so you can't say any more at the moment # move: defensive-response # move: conceal # why: After twenty minutes of talking, Leila hears the door close; Amir learns that what happens next will happen without him.]
    ~ defended += 1
    ~ minimised += 1
    ~ shift(trust, -4)
    ~ shift(confidence, -8)
    It's under investigation, so I'm afraid I can't say any more at the moment. # speaker: clinician
    You've been talking for twenty minutes. Now you can't? # speaker: leila # mood: angry
* [Explain that the complaints team will investigate and send her a formal reply in writing # move: defensive-response # why: Leila's questions are handed to people who have never met her father, and she is told to wait for a letter.]
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
* [Say that Dr Frost will decide how it is reviewed, and will explain when she comes # move: decide-for # move: defensive-response # why: Leila's question about fairness is answered with who is in charge; the family wait for the consultant again, with no say in how the review is run.]
    ~ defended += 1
    ~ shift(autonomy, -3)
    ~ shift(confidence, -4)
    Dr Frost will decide how it's reviewed. She'll explain when she gets here. # speaker: clinician
    So we wait for the consultant. Again. # speaker: leila # mood: angry
* [Offer PALS now, and the free, independent NHS complaints advocacy service if they want someone outside the hospital # move: neutral-process # move: plain-language # why: Leila gets the names of people who will stand with her, one of them outside the hospital altogether, and the Ombudsman if the hospital's answer isn't good enough.]
    ~ fair_process = true
    ~ shift(trust, 2)
    ~ shift(confidence, 7)
    Fair question. PALS, the patient advice service, is part of the hospital but not of this ward, and can help straight away. If you'd rather have someone from outside, there's a free, independent NHS complaints advocacy service; they can come to meetings with you. # speaker: clinician
    And if you're not satisfied with how we handle your complaint, the Parliamentary and Health Service Ombudsman is independent of us. # speaker: clinician
    Write those down for me. # speaker: leila # mood: neutral
    She hands you the envelope, and a pen.
* [Offer to ask Joanne Pryce, the patient safety lead, who does not work on this ward, to meet them and hear their questions # move: escalate # why: Leila and Amir are offered someone outside the ward who runs the review, to hear their questions; how much that is worth today depends on whether she can come.]
    ~ fair_process = true
    I can ask Joanne Pryce to meet you. She leads patient safety for the hospital; she doesn't work on this ward and wasn't involved in your father's care. # speaker: clinician
    { lead_free == 1:
        ~ shift(trust, 3)
        ~ shift(confidence, 10)
        You text her. She replies before you look up: she can come at four.
        Leila writes it on the envelope.
        Four. Today? # speaker: leila # mood: neutral
        Today. # speaker: clinician
    - else:
        ~ shift(confidence, 1)
        You text her. The reply is automatic: on leave until Monday. The earliest would be Tuesday.
        Tuesday. # speaker: leila # mood: guarded
        She writes it down, without much hope.
    }
* [Offer to sort it out informally on the ward, so it doesn't have to go through the formal system # move: defensive-response # move: authentic-connection # why: Meant kindly, it keeps the whole thing on your ward and on your terms; Leila hears an offer to make her complaint smaller.]
    ~ defended += 1
    ~ shift(confidence, -4)
    If you'd rather, we could sort this out between us, here on the ward, without making it formal. It's often quicker. # speaker: clinician
    Quicker for whom? # speaker: leila # mood: guarded
    You meant it kindly. It would also keep the whole thing on your ward, on your terms.
* [Ask what would make a review feel fair to them, and agree to ask for it # move: elicit-values # move: neutral-process # why: Leila and Amir name what fair would look like to them, someone from off the ward, the actual report, a voice before it's finished, and you commit to asking for it.]
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
* [Tell him he will need to sign a form to say he is leaving against medical advice # move: defensive-response # move: leverage-dependence # why: Amir's last exchange with the hospital is a form; he signs without reading it and leaves knowing the paperwork, not the risk.]
    ~ defended += 1
    ~ shift(trust, -5)
    ~ shift(safety, -4)
    If you're going, you'll need to sign a form saying it's against medical advice. # speaker: clinician
    Of course. A form. # speaker: amir # mood: withdrawn
    He signs without reading it, which for Amir Haddad is a statement in itself.
* [Say it is his decision, that you would rather he stayed and why, and give him a written list of what to watch for and when to be seen # move: affirm-refusal # move: recommend-clearly # move: plain-language # why: Amir leaves with his decision respected, your honest view of it, and a plain plan for the bleed that may not have finished; if he falls ill at home, he knows what to do.]
    ~ in_writing = true
    ~ shift(autonomy, 6)
    ~ shift(trust, 2)
    ~ shift(safety, 6)
    It's your decision. I'd rather you stayed, because we don't know the bleeding has stopped. If you go, have your blood checked in two days, and call 999 if you feel faint, the bruise grows or you're short of breath. I'll write that down, and write to your GP. # speaker: clinician
    Thank you. That is the first plain list anyone here has given me. # speaker: amir # mood: neutral
* [Apologise again, and ask him to stay until Dr Frost has seen him # move: apologise # move: escalate # move: address-patient # why: Amir hears you own how badly this has gone and is asked to wait for the consultant; whether he stays depends on whether he has, by now, been told the truth.]
    I'm sorry, Mr Haddad. I've handled this badly, on top of the mistake itself. Will you stay until Dr Frost has seen you? She's on her way. # speaker: clinician
    { disclosed == 2:
        ~ shift(trust, 6)
        ~ shift(safety, 6)
        Amir looks at Leila for a long moment, then lowers himself back into the chair.
        Until the consultant comes. Then we will see. # speaker: amir # mood: guarded
        -> frost
    }
    ~ shift(trust, 1)
    Too late for sorry, doctor. # speaker: amir # mood: withdrawn
- -> self_discharge

=== frost
{ in_room:
    A knock, and Dr Elaine Frost comes in, still wearing her clinic lanyard. # sfx: door-knock
- else:
    Footsteps, and Dr Elaine Frost looks round the curtain, still wearing her clinic lanyard. # sfx: footsteps
}
Mr Haddad, Ms Haddad, I'm Elaine Frost, the consultant responsible for your care. I'm sorry this happened to you. # speaker: frost
{ result_waiting:
    ~ result_waiting = false
    ~ scan_arranged = true
    ~ shift(safety, 4)
    A hundred and four? Grace caught me in the corridor. Then we scan that bruise this afternoon, and cross-match blood. That can't wait. # speaker: frost
- else:
    { scan_arranged:
        I had your message. The scan is booked for four. # speaker: frost
    }
}
{ half_dose:
    ~ shift(trust, -3)
    And no apixaban tonight, Mr Haddad, not half a dose, not any, while the bleed may not have stopped. Grace was right to stop it. We'll decide the restart together once your count is steady. # speaker: frost
}
She turns to you.
Where have we got to? # speaker: frost
* [Let Dr Frost take it from here # move: detach # why: The consultant tells them, plainly; if your account was blurred, Leila now hears the difference, and Amir hears it from someone else.]
    Dr Frost has the incident report. She tells them plainly: twice the right dose for his kidneys, one extra dose, and most likely the cause of the bleeding.
    { disclosed < 2:
        ~ shift(trust, -6)
        ~ shift(confidence, -8)
        That's not what he told us. # speaker: leila # mood: angry
    - else:
        ~ shift(confidence, 2)
        It matches what you told them. Leila notices.
    }
* [Ask Dr Frost, in front of them, whether someone not involved in his care can take their questions to the review, and whether they will see its findings # move: escalate # move: neutral-process # why: Amir and Leila hear the consultant commit, in front of them, to a route into the review that does not run through the team that harmed him, and to showing them what it finds.]
    ~ fair_process = true
    ~ shift(confidence, 6)
    Could Mr Haddad and Leila have someone not involved in his care take their questions to the review? And will they see what it finds? # speaker: clinician
    Yes. The patient safety team will give you a named contact who wasn't involved. You tell them your questions, and the review answers them. You'll see the findings, and comment before anything is final. # speaker: frost
    { disclosed < 2:
        ~ shift(confidence, -4)
        She sets out the facts as she goes: twice the right dose for his kidneys. Leila glances at you. It is more than you said.
    }
* [Summarise, in front of them, what you have told them, including your part and anything you got wrong # move: transparent-disclosure # move: address-patient # why: Amir hears the same account again in front of the consultant, or hears you correct what you blurred earlier; either way, he knows the story will not change.]
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
        ~ scan_arranged = true
        ~ shift(safety, 4)
        And he's been dizzy on standing since yesterday. I should have acted on that straight away. # speaker: clinician
        Dr Frost checks his blood pressure lying and standing herself. It drops by twenty-six. She sends an urgent blood count.
    }
* {dizzy_told && not dizzy_acted} [Tell Dr Frost first, before anything else, about his dizziness on standing # move: act-on-risk # move: escalate # why: The consultant hears the one thing that cannot wait before anything about the complaint; Amir hears you put his body ahead of the conversation about your mistake.]
    ~ dizzy_acted = true
    ~ scan_arranged = true
    ~ shift(safety, 10)
    ~ shift(trust, 4)
    Before anything else: he's been dizzy on standing since yesterday. I said it was probably his bisoprolol. I'm not sure it is. # speaker: clinician
    Dr Frost checks his blood pressure lying and standing herself. It drops by twenty-six. She sends an urgent blood count and asks for a scan of the bruise.
    Thank you for saying that in front of me. # speaker: amir # mood: neutral
- -> restart

=== restart
There's a decision about your blood thinner. You need one for the AF, to protect you from a stroke, but it's stopped while this settles. The question is when to restart it, and at what dose. # speaker: frost
{ scan_arranged:
    Nothing restarts before we've seen the scan. But we can plan. # speaker: frost
}
{ wants == 3:
    Amir looks at you, not at her.
    You know what I know, doctor, and I know what you know. I have heard the options. You two decide. I mean it. # speaker: amir # mood: neutral
}
She nods to you to go through it.
* [Recommend restarting apixaban at the lower dose once his blood count is steady, give your reasons, and ask whether that fits # move: recommend-clearly # move: plain-language # why: Amir gets a clear recommendation with reasons and is asked whether it fits; if he wanted to weigh it himself, he hears your answer before the options.]
    ~ restart_owner = 2
    I'd restart your apixaban at two and a half milligrams twice a day, once your blood count has been steady for a few days: your age and your kidneys both point to the lower dose. Does that fit with what matters to you? # speaker: clinician
    {
    - wants == 3:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        It does. Thank you. # speaker: amir # mood: warm
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(confidence, 2)
        Leila looks at her father. He nods. That's fine, she says.
    - else:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        That is reasonable. # speaker: amir # mood: neutral
        It is. He would have liked to be asked first.
    }
* [Frame it in the numbers: his CHA2DS2-VASc and HAS-BLED scores, and when to restart a DOAC after a bleed # move: jargon # move: address-patient # why: Amir can argue the scores with you, and does; Leila, who will be the one at home with him, stops following her father's stroke decision.]
    ~ restart_owner = 1
    ~ shift(confidence, -4)
    CHA2DS2-VASc four, HAS-BLED three, so a strong case for restarting a DOAC once the haematoma is stable. The question is timing. # speaker: clinician
    { wants == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 3)
        Amir argues the timing with you, knowledgeably, and settles on a week. Leila has stopped following.
    - else:
        ~ shift(trust, -1)
        Amir follows every number, and settles on a week because somebody has to. Leila has stopped following.
    }
* [Lay out the options, restarting sooner or later with the risks each way, and ask Amir what matters most to him # move: offer-choice # move: elicit-values # move: address-patient # why: Amir weighs his own stroke against his own bleed, which is what he asked for if he wanted to decide; if he asked you to decide, he is handed back a decision he had already, knowingly, given you.]
    ~ restart_owner = 1
    Restart soon, and your stroke risk is lower but the bruise is likelier to bleed again. Wait, and it's the other way round. Either is reasonable. What matters most to you? # speaker: clinician
    {
    - wants == 1:
        ~ shift(trust, 4)
        ~ shift(autonomy, 8)
        For forty years I measured out other people's risks. Let me measure my own. # speaker: amir # mood: warm
    - wants == 2:
        ~ shift(trust, 1)
        ~ shift(autonomy, 2)
        He looks at Leila. They talk it through between them, quietly, in Arabic and English.
    - else:
        ~ shift(trust, -5)
        ~ shift(autonomy, -1)
        I asked you to decide, doctor. I have decided enough for one lifetime. # speaker: amir # mood: guarded
        He chooses, in the end, because you have left him no one else to choose.
    }
    { trust >= 60 && not dizzy_told:
        -> told_late
    }
    When my blood count is steady. Apixaban, two and a half twice a day: I'm over eighty and my kidneys are what they are. And I check the chart. # speaker: amir # mood: neutral
    That's exactly the dose I'd choose. # speaker: frost
* {wants == 2} [Put the question to Leila, as Amir asked, with her father listening # move: respect-delegation # move: address-companion # why: Amir asked for Leila to speak for him, and this is the way of deciding he chose; he listens, and the last word is still his.]
    ~ restart_owner = 3
    Ms Haddad, your father asked you to speak for him. What do you think he should do? # speaker: clinician
    ~ shift(trust, 5)
    ~ shift(autonomy, 4)
    Leila asks three good questions, looks at her father, and says: the lower dose, when his count is steady. He nods. That is what I asked for, he says.
* {wants != 2} [Put the question to Leila, with her father listening # move: address-companion # why: Amir has not asked Leila to speak for him; his own stroke decision passes to his daughter in front of him.]
    ~ restart_owner = 3
    Ms Haddad, what do you think your father should do? # speaker: clinician
    ~ shift(trust, -5)
    ~ shift(autonomy, -8)
    I'd like him never to have another injection in this building. # speaker: leila # mood: angry
    It is my stroke, Leila, not yours. # speaker: amir # mood: guarded
    He says it gently. He is looking at you.
* {wants == 3} [Decide it with Dr Frost, as he asked: restart at the lower dose once his count is steady; tell him why, and that he can change his mind # move: respect-delegation # move: plain-language # why: Amir, who knows the options as well as you do, asked you to decide; you decide, say why, and leave the door open, and he is spared a choice he had knowingly handed over.]
    ~ restart_owner = 2
    ~ shift(trust, 7)
    ~ shift(autonomy, 4)
    Then this is what we'd do: restart apixaban at two and a half milligrams twice a day, once your count has been steady for a few days, because your age and your kidneys both point to the lower dose. If you change your mind, or want to talk it over again, you can. # speaker: clinician
    Good. That is what I would have told a customer. # speaker: amir # mood: warm
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
* [Ask her to hold off until she has seen what the review finds # move: defensive-response # why: Leila hears the hospital ask her to wait, again, and keeps a copy; a complaint is her right, and the request makes it sound like a threat to be managed.]
    ~ defended += 1
    ~ shift(confidence, -6)
    Could you hold off until you've seen what the review finds? # speaker: clinician
    No. I'll send it. And I'll keep a copy. # speaker: leila # mood: angry
* [Ask Amir to say in his own words what happens next, so you know you have been clear # move: teach-back # move: address-patient # why: Amir says the plan back in his own words and you hear what stuck; Leila asks for it in writing, and gets a promise of it.]
    ~ in_writing = true
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    I've said a lot. Could you tell me in your own words what happens next, so I know I've been clear? # speaker: clinician
    Blood count tomorrow. Blood thinner stopped. A review of what happened. # speaker: amir # mood: neutral
    And a letter saying what you've told us, I'd hope. # speaker: leila # mood: guarded
    Yes: in writing, with one named person to contact. I should have said that. # speaker: clinician
* [Say that is between her and the complaints team # move: detach # why: Leila is told her letter is nothing to do with you, by the doctor it is mostly about; she leaves the room with no one to write to but the chief executive.]
    ~ shift(confidence, -3)
    That's between you and the complaints team, really. # speaker: clinician
    Right. # speaker: leila # mood: guarded
* [Say it is entirely her choice and won't affect his care; promise a written account of today and a named contact # move: separate-roles # move: transparent-disclosure # why: Leila hears that complaining will not cost her father anything, and that what was said today will reach them in writing, with a name to ring.]
    ~ in_writing = true
    ~ shift(confidence, 6)
    ~ shift(trust, 2)
    That's your choice, and it won't change your father's care. If you send it, I'll make sure your questions reach the review. And you'll have what we've said today in writing, with one named person to contact. # speaker: clinician
    Dr Frost gives them her own name.
- -> outcome

=== outcome
In the corridor, Dr Frost asks how you are, and means it. The review, she says, will look at how a tired doctor could make that mistake at eleven at night, not only at you. # bg: ward # ambience: ward
{ not stays:
    -> self_discharge
}
{
- disclosed == 2 && apologised && fair_process && not half_dose && trust >= 50 && confidence >= 45:
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
- dizzy_acted || scan_arranged:
    His scan shows a contained bleed in the muscle of his abdominal wall. He has fluids, and blood is cross-matched in case; he doesn't need it. By Friday he can stand without holding on.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure before she goes home, because of her handover note. A scan and fluids; by Friday he can stand without holding on.
- dizzy_told:
    That evening the room goes again, and he presses the bell at once. A scan and fluids; by Friday he can stand without holding on.
- else:
    That evening he rings the bell and tells the nurse the room goes when he stands. He has decided he can say things here now. A scan and fluids follow.
}
{ result_delayed:
    The scan waited on the conversation, though: the count of a hundred and four was put aside while you talked, and the bleed was an hour or more further on before anyone acted on it. That goes into the review too, in your own words.
}
{ restart_owner == 1:
    He restarts apixaban the next week, at the dose he chose.
}
{ restart_owner == 2:
    He restarts apixaban the next week, at the dose you recommended, and checks the chart anyway.
}
{ in_writing:
    The written account arrives four days later, as promised.
- else:
    A written account arrives from Dr Frost a week later.
}
{ boundary_held && karim == 1:
    Karim keeps his recording. He plays it to his own son, and doesn't post it.
}
Leila sends her letter anyway, with a note: not a complaint about people, but so it is on the record.
Three weeks later she sits at the review table with an advocate beside her and asks why the alert fires for everything. Nobody has a good answer yet. They write the question down.
{ noticed == 2 && not unsteady_told:
    She mentions, too, that he went grey at the sink on Tuesday night and a nurse said it was his age. Nobody had asked. They write that down as well.
}
Amir stays with the team until he goes home, and asks for you by name on the ward round. # ending: candour-and-fair-process
-> END

= complaint
{ apologised && trust >= 50:
    Amir tells the nurses the young doctor was honest with him. But nobody offered Leila a way into what happens next, so she takes the only one she can find.
}
{
- dizzy_acted || scan_arranged:
    The scan shows a contained bleed in the muscle of his abdominal wall: fluids, a watchful night, and he is all right.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure at five o'clock, because of her handover note: a scan and fluids, and he is all right.
- dizzy_told:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell; he was told to get up slowly. The six o'clock blood count is 94.
- else:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell. The six o'clock blood count is 94, and that goes into Leila's letter too.
}
{ unsteady_told && not (dizzy_acted || scan_arranged):
    Leila had told you about the sink. That goes into the letter as well.
}
{ posted:
    Karim's recording goes up that night. By morning it has three thousand views, your name, and Daniel's.
}
{ scapegoat:
    Daniel, the night nurse, is taken off the ward for two weeks while it is looked into. He gave the dose you wrote.
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
- dizzy_acted || scan_arranged:
    The scan shows a contained bleed in the muscle of his abdominal wall. He has fluids, and thanks everyone politely.
- dizzy_told && grace_in:
    Grace checks his lying and standing blood pressure at five o'clock, because of her handover note. He has a scan and fluids, and thanks everyone politely.
- dizzy_told:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell; he was told to get up slowly. The six o'clock blood count is 94.
- else:
    At four in the morning the room tips and he sits down hard on the bed. He doesn't press the bell. The six o'clock blood count is 94. Asked if he has felt dizzy, he says: a little. Since Tuesday.
}
{ unsteady_told && not (dizzy_acted || scan_arranged):
    Leila had told you about the sink. She remembers that you heard it.
}
{ posted:
    Karim posts his recording anyway. Amir asks him to take it down, and he does, two days later.
}
From then on he answers every question, and volunteers nothing. Leila photographs his chart on every visit.
They have stopped asking. They have not stopped noticing. # ending: moved-on-mistrustful
-> END

=== self_discharge
{ stays:
    Amir leaves at ten past four, on his frame, with Leila carrying a bag of tablets he has checked twice.
    { scan_arranged:
        He goes before the scan he was booked for.
    }
- else:
    Amir goes home that evening with Leila, as she wanted, with a bag of tablets he has checked twice.
    { scan_arranged:
        The scan showed a bleed in the muscle of his abdominal wall. He goes home anyway, with a blood test booked for Friday.
    }
}
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
