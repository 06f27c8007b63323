// The notes: a Sunday night in an emergency department. Nadia Clarke, a Black British chemistry
// teacher with sickle cell disease, arrives in a painful crisis with her partner Bex. A
// healthcare assistant calls Bex her friend and sends her out; an old note on the record says
// "?drug-seeking", and the registrar, citing it, wants to wait and see. The player is her nurse:
// the person with the least formal power over the prescription, and the most over what happens
// in the next half hour. Racism, homophobia, allyship and the record that follows her.
// Facilitator guide: docs/scenarios/the-notes.md
INCLUDE ../../lib/power.ink

VAR trust = 30       // 0..100: Nadia's trust in the player, shaped before she arrives by how she has been treated here
VAR autonomy = 45    // 0..100: how far Nadia's own informed wishes, and her own care plan, drive what is done
VAR safety = 50      // 0..100: Nadia's pain and safety: strong pain relief in time, her breathing watched, a red flag acted on
VAR record = 20      // 0..100: what the next team reads about her: the label, her care plan, Bex's place
VAR clock = 8        // minutes since Nadia came through the doors at 21:32; the engine adds each choice's time tag

// The run's variant, drawn from its seed before the first line (meta.json "variation").
VAR wants = 0   // 1: to direct her own care from her care plan; 2: for Bex to speak for her while the pain is bad; 3: for you to take over for now and talk later
VAR route = 0   // who can act fast: 1 Dr Marsh, the consultant, is on the floor; 2 Marsh is in resus, but the haematology registrar answers; 3 neither, quickly
VAR digs = 0    // 0: Dr Hale backs down when shown the plan and the guideline; 1: he digs in
VAR chest = 0   // 1: since eight she has had a catch on breathing in and a cough: acute chest syndrome beginning
VAR past = 0    // 0: the note is from her last visit here, fourteen months ago, and she has read it; 1: it is four years old and she has never seen it
// One draw split five ways: consecutive small draws from ink's generator come out correlated.
~ temp draw = RANDOM(0, 71)
~ wants = draw % 3 + 1
~ route = (draw / 3) % 3 + 1
~ digs = (draw / 9) % 2
~ chest = (draw / 18) % 2
~ past = draw / 36
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))
{ past == 0:
    ~ shift(trust, -4)
- else:
    ~ shift(trust, 10)
}

VAR pathway = false      // the player started her on the pathway at once and did her observations
VAR obs_done = false
VAR read_alert = false   // the player read the alert before talking to her
VAR plan_heard = false   // Nadia, or Bex for her, has told the player her care plan
VAR bex_in = true        // Bex is in the bay
VAR mum_told = false
VAR oxygen = false
VAR chest_told = false   // Nadia has told the player about her chest
VAR acs_acted = false    // suspected acute chest syndrome is being treated as one
VAR dose_at = 0          // minutes after arrival when the first strong opioid went in; 0: not yet
VAR by = ""              // who got it there: hale, marsh, levy, pgd, late
VAR challenged = false   // the player named the note to Dr Hale
VAR hale_moved = false   // Dr Hale changed his mind
VAR marsh_review = false // Dr Marsh will review the alert
VAR levy_note = false    // haematology will write on her record
VAR told_label = false   // Nadia knows tonight what the note says and that it was used
VAR last_told = false
VAR waited = false       // the player accepted the hour's wait once already
VAR datix = false
VAR documented = false
VAR statement = false    // Nadia's own request for review, or her statement, is under way
VAR nok_fixed = false
VAR ftsu = false
VAR pca = ""             // hers, chosen, bex, recommended, told, handed-back
VAR bex_sent = false     // Bex was sent out of the bay at some point
VAR chest_heard = false  // the player asked Dr Hale to start with her chest
VAR promised = false     // the player said they would come up to the ward at eight
VAR charted = false     // the brisk check charted a falling sats and a fast breathing rate that nobody read
VAR later = 0            // minutes of the night that pass off the clock, after the first dose (not a stake: nobody is waiting on them)

-> bay

=== function now()
~ temp t = 21 * 60 + 32 + clock + later
~ temp h = (t / 60) mod 24
~ temp m = t mod 60
~ temp hh = "" + h
{ h < 10:
    ~ hh = "0" + h
}
{ m < 10:
    ~ return hh + ":0" + m
}
~ return hh + ":" + m

=== obs
~ obs_done = true
{ chest == 1:
    Pulse 104. Blood pressure 128 over 76. Temperature 37.8. Breathing 22 a minute. Oxygen saturation 95% on air.
- else:
    Pulse 98. Blood pressure 124 over 78. Temperature 37.2. Breathing 18 a minute. Oxygen saturation 98% on air.
}
->->

=== bay
Sunday, 21:40. Majors, in the emergency department at Northgate General Hospital. # bg: ward # ambience: ward
The board at the nurses' station says thirty-one patients in the department and nine waiting for beds. You have bays 7 to 12 tonight. Bay 9 is new.
Ten minutes ago you gave bay 8, a man of forty with a kidney stone, the morphine Dr Hale prescribed for him twenty minutes after he arrived. He thanked you twice.
The triage note for bay 9: Nadia Clarke, 28. Sickle cell disease, HbSS. Painful crisis in her lower back and both thighs since this afternoon. Pain 9 out of 10. Took her own paracetamol, ibuprofen and dihydrocodeine at 18:30, with no effect. Arrived 21:32. Triage category: very urgent. With her: Bex Hollis (friend).
In the corner of her record there is a small red flag: Alert, see clinical note.
Behind the curtain a woman lies on her side, knees drawn up, a grey hoodie that says KINGSMEAD ACADEMY SCIENCE pulled over the hospital blanket. Her hair is in twists under a satin bonnet. Every few breaths she stops, holds still, and starts again.
Beside her, on the plastic chair, a woman in a green bomber jacket holds a hot-water bottle against Nadia's back with one hand and a phone in the other.
Evening. Before you ask: it's a nine. I don't give out tens. I'm saving ten for marking the Year 11 mocks. # speaker: nadia # mood: guarded
The woman on the chair almost laughs, and doesn't.
{
- wants == 1:
    My care plan's on your system. Dr Whitfield wrote it in October. What, how much, how often. I can talk you through it faster than the screen loads. # speaker: nadia # mood: guarded
- wants == 2:
    This is Bex. She's got all of it on her phone. When it's like this I can't think in a straight line. Let her talk for me. # speaker: nadia # mood: distressed
- else:
    I can't do the whole story again tonight. I told the triage nurse. Please. Just get it going. # speaker: nadia # mood: distressed
}
{ past == 0:
    Her eyes go to the screen by the trolley and stay there a moment, as if she knows what is in the corner of it.
}
* [Introduce yourself, and ask Nadia to tell you about the pain and what works for her # move: address-patient # move: open-question # time: 2 # why: Nadia is asked as the expert on her own crises before anyone reads her file; for a Nadia who told triage and wants it started, it is one more telling at a pain of nine.]
    I'm your nurse tonight. Tell me about the pain, and what works for you. # speaker: nurse
    {
    - wants == 1:
        ~ plan_heard = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 6)
        Lower back, both thighs, since about two. A cold snap, and I marked mocks all weekend and forgot to drink. My usual crisis. The landlord's come for the rent. # speaker: nadia # mood: neutral
        My plan: morphine under the skin, the dose Dr Whitfield set, inside thirty minutes. Paracetamol and ibuprofen regular. Fluids. Keep me warm. Never pethidine. And watch my breathing: I had a chest crisis at nineteen. # speaker: nadia # mood: neutral
        She says it like a lesson she has taught many times, to people who did not always listen.
    - wants == 2:
        ~ plan_heard = true
        ~ shift(trust, 2)
        ~ shift(autonomy, -1)
        It's my back. My legs. It's. # speaker: nadia # mood: distressed
        She runs out of breath and looks at the woman on the chair.
        Since two this afternoon. Her usual crisis, back and thighs. Her plan's on my phone: morphine under the skin, the dose her haematologist set, within half an hour. I'm Bex. # speaker: bex # mood: guarded
    - else:
        ~ shift(trust, -3)
        ~ shift(safety, -2)
        I told the triage nurse. It's on there. Can you just read it? Please. # speaker: nadia # mood: distressed
    }
* [Tell her you're starting her sickle cell pathway now: observations, her care plan, pain relief inside the half hour, questions after # move: act-on-risk # move: plain-language # time: 1 # why: You take the first minutes off Nadia's hands and say exactly what you are doing and by when; a Nadia who wanted to steer from her own plan is steered instead, for now.]
    ~ pathway = true
    ~ shift(safety, 4)
    I'm your nurse tonight. I'm starting your sickle cell pathway now: your observations, your care plan, and pain relief in you by two minutes past ten, half an hour from when you arrived. Questions after. # speaker: nurse
    {
    - wants == 3:
        ~ shift(trust, 7)
        Thank you. Yes. That. # speaker: nadia # mood: relieved
    - wants == 1:
        ~ shift(trust, 1)
        ~ shift(autonomy, -3)
        Fine. But check the dose on my plan, not the standard one. They're different. # speaker: nadia # mood: guarded
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, -1)
        Nadia nods towards the chair.
        Her plan's on my phone, if your screen's slow. I'm Bex. # speaker: bex # mood: guarded
    }
    You put the cuff on her arm and the probe on her finger.
    -> obs ->
* [Read the alert and her notes on the screen first, so you know what you are walking into # move: detach # time: 2 # why: You meet the word drug-seeking before you meet Nadia, and you also find her care plan; she watches you read the screen while she holds still against the pain.]
    ~ read_alert = true
    ~ shift(trust, -3)
    -> alert_text ->
    Nadia watches you read. She knows which screen that is.
    { past == 0:
        She has read that note herself, on the NHS app, at three in the morning.
    }
* [Ask Nadia whether she wants to tell you herself, or would rather Bex did # move: offer-control # move: address-patient # time: 1 # why: Nadia chooses whose voice carries her history tonight, which is what she wants if she has asked Bex to speak for her, and a small detour if she would rather say it herself.]
    Do you want to tell me, or would you rather Bex did? # speaker: nurse
    {
    - wants == 2:
        ~ plan_heard = true
        ~ shift(trust, 7)
        ~ shift(autonomy, 6)
        Bex. Please. # speaker: nadia # mood: relieved
        Since two this afternoon: her usual crisis, lower back and both thighs. Cold weekend, not enough water, a pile of marking. Home painkillers at half six, nothing. Her plan's here: morphine under the skin, the dose Dr Whitfield set, within thirty minutes; paracetamol and ibuprofen regular; keep her warm; never pethidine. She had acute chest syndrome at nineteen, so they watch her breathing. # speaker: bex # mood: neutral
        She's been my voice in here before. It goes better. # speaker: nadia # mood: neutral
    - wants == 1:
        ~ plan_heard = true
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        I can talk. Thanks for asking, though. # speaker: nadia # mood: neutral
        Morphine under the skin, the dose on my plan, inside thirty minutes. Paracetamol, ibuprofen, fluids, warmth. No pethidine. Watch my chest: I had acute chest at nineteen. # speaker: nadia # mood: neutral
    - else:
        ~ shift(safety, -1)
        Whoever. Bex. Please just. # speaker: nadia # mood: distressed
    }
- -> friend

=== alert_text
The red flag opens: CAUTION, ?DRUG-SEEKING. SEE NOTE.
{ past == 0:
    The note is from 14 November last year, her last visit: Patient requesting morphine by name and dose. Known to department. ?Drug-seeking behaviour. Oral analgesia, discharged, GP to follow up. Signed by a locum doctor, Dr L. Barton.
- else:
    The note is from 3 September 2021: Patient requesting morphine by name and dose. Not known to department. ?Drug-seeking behaviour. Oral analgesia, discharged, GP to follow up. Signed by a locum doctor, Dr L. Barton.
}
Below it, dated last October, her individual care plan from Dr Sarah Whitfield, consultant haematologist. HbSS, on hydroxycarbamide, usual haemoglobin 84. Usual crisis: lower back and thighs. Acute chest syndrome once, at nineteen: watch her breathing, incentive spirometer. In hospital: morphine under the skin at the dose set here, within 30 minutes of arrival; further doses as set here every 20 to 30 minutes until she is comfortable; a PCA pump if she needs more than three. Paracetamol regularly, ibuprofen if her kidneys are normal. No pethidine. She knows her crises: listen to her.
->->

=== friend
{ not obs_done:
    Lorraine Tate, the healthcare assistant, wheels the observations machine in and takes Nadia's with the ease of twenty years.
    -> obs ->
- else:
    Lorraine Tate, the healthcare assistant, comes in with a bag of saline for the drip stand.
}
Are you family, love? It's one visitor and next of kin only in majors tonight. We had a bit of trouble in the waiting room earlier, and Marcus has said. # speaker: lorraine # mood: neutral
I'm her partner. # speaker: bex # mood: guarded
Lorraine glances at the screen.
It's got next of kin as a Mrs Marcia Clarke. Your friend can wait outside, and we'll come and get you when she's settled. # speaker: lorraine # mood: neutral
She says it kindly, already turning to the drip stand. Bex looks at Nadia.
{ trust >= 45:
    ~ mum_told = true
    Marcia Clarke was my mum. She died in March. Bex is my next of kin. We're getting married in June. # speaker: nadia # mood: angry # disclose: mum
    Lorraine's hand stops on the drip stand.
- else:
    Nadia says nothing. She has closed her eyes. Bex picks up the rucksack, slowly, as if someone might stop her.
}
* [Say it: Bex is Nadia's partner, and she stays if Nadia wants her # move: challenge-prejudice # move: bystander-direct # time: 1 # why: Bex's word about who she is counts the first time she says it, and Nadia does not have to argue for her own partner at a pain of nine.]
    Lorraine, Bex is Nadia's partner. She's told us. She stays, if Nadia wants her. # speaker: nurse
    Oh. Sorry, love. I go by what the screen says. I'll tell Marcus his rule wants to say partners. # speaker: lorraine # mood: guarded
    {
    - wants == 1:
        ~ shift(trust, 4)
        I'd have said it myself. But thank you. # speaker: nadia # mood: neutral
    - wants == 2:
        ~ shift(trust, 8)
        ~ shift(autonomy, 2)
        Nadia's hand finds Bex's sleeve and holds on.
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 2)
        Nadia breathes out, and Bex puts the rucksack down.
    }
* [Ask Nadia who she wants with her # move: offer-control # move: address-patient # time: 1 # why: Nadia decides who stays, and also has to say again, to another stranger, what Bex has just told one.]
    Nadia, who do you want with you? # speaker: nurse
    { wants == 1:
        ~ shift(trust, 6)
        ~ shift(autonomy, 5)
        Bex stays. She's my partner, like she said. # speaker: nadia # mood: neutral
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        Bex. She said. Why does nobody hear her the first time? # speaker: nadia # mood: angry
    }
    Right you are. # speaker: lorraine # mood: guarded
* [Ask Lorraine to bring a warm blanket and a heat pack for bay 9 # move: bystander-distract # time: 1 # why: Lorraine goes off on an errand, Bex stays where she is, and nobody says out loud who Bex is; the screen still says what it said.]
    ~ shift(trust, 1)
    ~ shift(safety, 1)
    Lorraine, could you grab a warm blanket and a heat pack for her? She needs to be kept warm. # speaker: nurse
    Right you are. # speaker: lorraine # mood: neutral
    She goes. Bex sits back down, not quite all the way, as if the chair might be taken back.
* [Let Lorraine apply Marcus's rule: Bex can come back once Nadia is settled # move: comply-policy # move: stay-silent # time: 0 # why: The rule is kept and the bay is quiet, and Nadia loses the person who carries her care plan and speaks for her when she can't.]
    ~ bex_in = false
    ~ bex_sent = true
    { wants == 2:
        ~ shift(trust, -12)
        ~ shift(autonomy, -10)
    - else:
        ~ shift(trust, -8)
        ~ shift(autonomy, -5)
    }
    I'll be right outside. Her plan's on my phone. Ask for me. # speaker: bex # mood: distressed
    She goes. Nadia turns her face to the curtain.
- -> assess

=== assess
{ not read_alert:
    -> alert_text ->
- else:
    You have her care plan up already.
}
{ chest == 1:
    Her numbers from a few minutes ago sit beside it: breathing 22, oxygen 95% on air, temperature 37.8.
}
{ not plan_heard:
    Nadia shifts on the trolley and holds her breath until it passes.
}
* [Ask her whether anything about this crisis is different from her usual, and what she needs from tonight # move: open-question # move: elicit-values # time: 2 # why: Nadia is asked as the expert on her own crises, including what does not fit; whether she mentions anything new depends on how far she trusts you yet.]
    Is anything about this one different from your usual? And what do you need from tonight? # speaker: nurse
    { wants == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
    }
    {
    - chest == 1 && trust >= 50:
        -> chest_disclose ->
    - chest == 1:
        Same as always. Back and legs. # speaker: nadia # mood: guarded
        She doesn't meet your eye when she says it.
    - else:
        Nothing new. Same landlord, same rent. # speaker: nadia # mood: neutral
        { wants == 1:
            What I need is my plan followed, and to be asked before it isn't. # speaker: nadia # mood: neutral
        }
    }
* [Confirm the essentials in closed questions: site, score, what she took and when # move: narrow-agenda # time: 1 # why: You have what the prescription and the PGD need inside a minute, and nothing Nadia was not asked about comes up.]
    ~ shift(trust, -1)
    ~ shift(autonomy, -2)
    ~ shift(safety, 1)
    Back and thighs. Nine. Half six: paracetamol, ibuprofen, dihydrocodeine. # speaker: nadia # mood: guarded
    She answers exactly what she is asked, the way you answer a form.
* {chest == 1} [Offer her oxygen for the sats of 95, tell her why, and ask straight out about her breathing and her chest # move: act-on-risk # move: ask-about-risk # move: plain-language # time: 1 # why: Nadia hears why one number matters and gets oxygen for it, and a direct question about her chest gives her a reason to say what she had been keeping back.]
    ~ oxygen = true
    ~ shift(safety, 6)
    ~ shift(trust, 2)
    Your oxygen level is 95 on air. That's low enough that I want you on some oxygen now, and it makes me ask: any pain in your chest, or trouble breathing? # speaker: nurse
    { trust >= 36:
        -> chest_disclose ->
    - else:
        Just the back. # speaker: nadia # mood: guarded
        She lets you loop the tubing over her ears. She breathes in, carefully, and stops halfway.
    }
* [Go straight to the doctor for her care-plan morphine, and tell her you'll be back with it before two minutes past ten # move: act-on-risk # move: plain-language # time: 1 # why: Nadia's severe pain is the risk, and the prescription is chased before NICE's half hour runs out; she knows when to expect you, and what she might have told you if you had stayed is left for later.]
    I'm going straight to the doctor for the morphine on your plan. I'll be back with it before two minutes past ten. # speaker: nurse
    { chest == 1:
        ~ shift(safety, -2)
    - else:
        ~ shift(safety, 4)
    }
    {
    - wants == 3:
        ~ shift(trust, 5)
        Go. Thank you. # speaker: nadia # mood: relieved
    - wants == 1:
        ~ shift(autonomy, -2)
        The dose on my plan. Not the standard one. # speaker: nadia # mood: guarded
    - else:
        ~ shift(trust, 2)
        Nadia nods, eyes shut.
    }
- -> hale

=== chest_disclose
~ chest_told = true
There's a thing. Since about eight it catches, here, when I breathe in. # speaker: nadia # mood: guarded # disclose: chest
She puts her hand flat against her right side, under the breast.
{ past == 0:
    And I've had a cough since this afternoon. I wasn't going to say. Last time I mentioned a new pain, it went in my notes as escalating pain complaints. # speaker: nadia # mood: guarded
- else:
    And I've had a cough since this afternoon. I wasn't going to say. A new pain sounds like asking for more. # speaker: nadia # mood: guarded
}
You think of the line in her care plan: acute chest syndrome, once, at nineteen.
-> chest_act ->
->->

=== chest_act
{ oxygen:
    The oxygen is already on.
}
* [Tell her this could be acute chest syndrome: oxygen now, a doctor to her now, and you will say exactly that to the doctor # move: act-on-risk # move: plain-language # time: 2 # why: Nadia hears what you are worried about and what happens next, and a new pain in her chest is treated as a red flag, not as asking for more.]
    ~ acs_acted = true
    ~ oxygen = true
    ~ shift(safety, 12)
    ~ shift(trust, 4)
    That could be the start of acute chest syndrome, like at nineteen. I'm keeping you on oxygen, and I'm getting a doctor to you now, and I'll say exactly that. # speaker: nurse
    Thank you for not making me say it twice. # speaker: nadia # mood: relieved
* [Ask her whether she'd like you to mention it to the doctor # move: offer-choice # time: 1 # why: Nadia is handed the decision about a red flag at the moment she is most afraid of being heard as asking for more; her chest waits on her answer.]
    Would you like me to mention it to the doctor? # speaker: nurse
    { wants == 1:
        ~ acs_acted = true
        ~ shift(safety, 6)
        Yes. Obviously. That's why I told you. # speaker: nadia # mood: angry
    - else:
        ~ shift(safety, -4)
        ~ shift(trust, -2)
        I don't know. Will he think I'm piling it on? # speaker: nadia # mood: distressed
        You say you'll mention it. It goes into your head as one more thing to say, in a list.
    }
* [Note it, and mention it when the doctor reviews her pain # move: narrow-agenda # time: 0 # why: The chest pain goes into your notes to wait for the pain review, and Nadia, who nearly did not say it, sees it filed rather than acted on.]
    ~ shift(safety, -4)
    ~ shift(trust, -3)
    I'll note it, and mention it when the doctor reviews your pain. # speaker: nurse
    Nadia looks at the ceiling.
- ->->

=== hale
{ now() }. The nurses' station. # bg: front-desk # ambience: ward
Dr Simon Hale, the registrar running majors tonight, is typing with a sandwich in his other hand. He has been in since two.
Pinned above the desk is the department's sickle cell patient group direction, brought in after a serious incident two years ago. You were signed off on it last month. A signed-off nurse may give the first dose of morphine under the skin, at the dose in the patient's individual care plan, up to the PGD's maximum dose, if her pain is 7 or more, her sats are 94% or more on air, her breathing rate is 10 to 24, she is not drowsy, she has had no opioid for two hours, and she has no new chest symptoms. Not if a doctor has examined her and recorded a clinical reason not to give it. Otherwise a doctor sees her first. The doctor responsible must be told.
You give it to him straight. Nadia Clarke, bay 9, 28, HbSS in a painful crisis, pain nine, her own painkillers at half six with no effect; her care plan says morphine under the skin. She came in at 21:32.
{
- acs_acted:
    And a new pain on the right when she breathes in, a cough, sats 95 on air, temperature 37.8, acute chest syndrome at nineteen. I'm worried this is acute chest syndrome. # speaker: nurse
- chest_told:
    And she mentioned a new pain on the right when she breathes in. # speaker: nurse
}
Dr Hale clicks the red flag and reads the note aloud, the date and the words.
{
- chest_told && not acs_acted && digs == 0:
    ~ acs_acted = true
    ~ shift(safety, 4)
    A new pain on breathing in? Then I'll see her chest first. Chest X-ray, bloods, cultures. # speaker: hale # mood: neutral
- chest_told && not acs_acted:
    Chest pain, back pain, leg pain. It goes with the flag. # speaker: hale # mood: guarded
}
{ acs_acted:
    Suspected acute chest: chest X-ray, bloods with cultures, antibiotics on the protocol, keep her sats up, the spirometer, and I'll ring haematology. I'll examine her in ten minutes. # speaker: hale # mood: neutral
    But no morphine until I've seen the film. Opioids on top of a bad chest, in someone with that flag. Let's wait and see. # speaker: hale # mood: guarded
- else:
    I've sat on one serious incident panel about stacked opioids in this department, and I'm not sitting on another. She's flagged, and triage says she was laughing. Ten out of ten doesn't do stand-up. # speaker: hale # mood: guarded
    Paracetamol when it's due at half ten, a heat pack, and I'll review her in an hour. Let's wait and see. # speaker: hale # mood: guarded
}
* [Name it: the note is a label, not a finding; give him her care plan, NICE's thirty minutes and her pain score, and ask him to prescribe now # move: challenge-prejudice # move: bystander-direct # time: 2 # why: Dr Hale hears, from the nurse who has just assessed Nadia, that a locum's guess is standing in for an assessment; whether he moves depends on him, and on how it lands.]
    ~ challenged = true
    That note is a label, not a finding. She asked for what her care plan says, by name, because her haematologist told her to. She's scored nine. NICE says analgesia within thirty minutes of arrival, and it's been { clock } minutes. # speaker: nurse
    { acs_acted:
        And pain relief is part of treating a chest. If it hurts to breathe in, she won't breathe in. # speaker: nurse
    }
    Please prescribe from her plan, now. # speaker: nurse
    { digs == 0:
        ~ hale_moved = true
        ~ by = "hale"
        ~ shift(record, 12)
        He looks at the care plan for a long moment, and then at the date on the note.
        Asking for your own care plan by name isn't drug-seeking, is it. # speaker: hale # mood: neutral
        From her plan, then{ acs_acted:, with her sats and breathing rate every half hour}. And I'm putting a line under that alert: not a clinical contraindication. # speaker: hale # mood: neutral
        -> dosed
    - else:
        ~ shift(safety, -2)
        Are you telling me how to manage opioids? I've made my decision. Document your concern if you want to. # speaker: hale # mood: angry
        He turns back to his screen.
        -> hale_digs
    }
* [Go to Marcus, the nurse in charge, and ask him to get a senior decision now # move: escalate # time: 3 # why: Nadia's wait goes up the line to someone with the authority to end it, over Dr Hale's head and at the cost of minutes; who answers depends on the night.]
    -> via_marcus
* {not chest_told} [Tell him you'll give her first dose under the department's sickle cell PGD, as her care plan says, and document why # move: work-around # move: act-on-risk # time: 1 # why: Nadia gets the dose her plan sets inside the half hour, on your own authority and openly, with Dr Hale told; the note itself is not touched, and the disagreement is yours to carry.]
    -> via_pgd
* [Accept his plan: paracetamol at half ten, a heat pack, and his review in an hour # move: comply-policy # move: stay-silent # time: 0 # why: The department stays calm and Dr Hale's decision stands, and Nadia spends the next hour at a nine with the reason for it never said out loud.]
    -> waiting
* [Go back and tell Nadia what he said, and ask her what she wants you to do # move: transparent-disclosure # move: offer-choice # time: 2 # why: Nadia hears what is being said about her and gets to direct what happens next, which suits her if she wants to steer, and hands her a fight if she asked you to take over.]
    -> ask_nadia

=== hale_digs
{ now() }. Dr Hale is back at his screen at the nurses' station. Across majors, bay 9's curtain has not moved. # bg: front-desk
* [Take it to Marcus, the nurse in charge, now # move: escalate # time: 2 # why: The disagreement goes to the person who runs the floor tonight, and through him to whoever can overrule a registrar; Nadia waits while it travels.]
    -> via_marcus
* {not chest_told} [Give her first dose under the sickle cell PGD yourself, and tell Dr Hale you are doing it # move: work-around # move: act-on-risk # time: 1 # why: Nadia's first dose goes in on your authority, within the PGD's criteria and said out loud to the registrar who refused it; the flag on her record stays exactly as it was.]
    -> via_pgd
* [Bleep the haematology registrar yourself: it is their patient and their care plan # move: escalate # move: bystander-delegate # time: 2 # why: The team who wrote Nadia's plan are asked to stand behind it; whether anyone answers a bleep at this hour depends on the night.]
    -> via_levy
* [Write down what you asked for and what he said, and wait for his review # move: bystander-document # move: comply-policy # time: 2 # why: There is a record of what was asked and refused, with times, and Nadia waits for the hour all the same.]
    ~ documented = true
    -> waiting

=== via_marcus
Marcus Bell, the nurse in charge, is at the ambulance doors with a clipboard. You tell him in four sentences.
Right. Facts. Show me. # speaker: marcus # mood: neutral
He reads the care plan and the note on the screen, and then the time.
{
- route == 1:
    ~ by = "marsh"
    ~ marsh_review = true
    ~ shift(record, 12)
    ~ clock = clock + 3
    Dr Helen Marsh, the consultant, is two bays down, writing up a discharge. Marcus brings her over.
    She reads the care plan, then the note, then the care plan again.
    She prescribes it on the system there and then, from the plan.
    Give it now. # speaker: marsh # mood: neutral
    { acs_acted:
        With oxygen, sats and breathing every half hour, and I'll look at her chest with Simon. Analgesia is part of treating a chest, not a risk to it. # speaker: marsh # mood: neutral
    }
    Simon, a word, after. And I'll review that alert with haematology tomorrow. It shouldn't be on her record. # speaker: marsh # mood: guarded
    -> dosed
- route == 2:
    ~ by = "levy"
    ~ levy_note = true
    ~ shift(record, 8)
    ~ clock = clock + 5
    Helen's in resus with a trauma call. I'll bleep haematology. # speaker: marcus # mood: neutral
    Five minutes later Dr Jonah Levy, the haematology registrar on call, rings back and asks for Dr Hale.
    She's ours, Simon. Follow her care plan. That note is four lines from a locum against a plan from her consultant. I'll come in and see her{ acs_acted:, and her chest, within the hour}, and I'll write on her record tomorrow. # speaker: levy # mood: guarded
    Fine. From her plan. # speaker: hale # mood: guarded
    -> dosed
- chest_told:
    ~ by = "marsh"
    ~ shift(record, 4)
    ~ clock = clock + 8
    Helen's in resus with a trauma call, and haematology isn't answering: the registrar's on call from home. # speaker: marcus # mood: guarded
    With a new chest, the PGD is out. Marcus goes into resus himself and comes back eight minutes later.
    Helen's prescribed it on the system from resus, from her plan, with oxygen, and sats and breathing every half hour. And Datix the delay. # speaker: marcus # mood: neutral
    -> dosed
- else:
    ~ shift(record, 2)
    ~ clock = clock + 2
    Helen's in resus with a trauma call, and haematology isn't answering: the registrar's on call from home. # speaker: marcus # mood: guarded
    You're signed off on the sickle cell PGD. If she meets it, it's your call, and I'll stand next to you. Tell Simon. And Datix the delay. # speaker: marcus # mood: neutral
    -> via_pgd
}

=== via_levy
{ route == 2:
    ~ by = "levy"
    ~ levy_note = true
    ~ shift(record, 8)
    ~ clock = clock + 3
    Dr Jonah Levy, the haematology registrar on call, rings back in three minutes.
    Nadia Clarke? I know her. Put Dr Hale on. # speaker: levy # mood: neutral
    She's ours, Simon. Follow her care plan. That note is four lines from a locum against a plan from her consultant. I'll come in and see her{ acs_acted:, and her chest, within the hour}, and I'll write on her record tomorrow. # speaker: levy # mood: guarded
    Fine. From her plan. # speaker: hale # mood: guarded
    -> dosed
- else:
    ~ clock = clock + 6
    You bleep haematology and wait by the phone. Six minutes. Switchboard says the registrar is on call from home and may be driving.
    Marcus has seen you standing by the phone.
    -> via_marcus
}

=== via_pgd
You check the PGD against her, line by line. Pain nine. Sats { chest == 1: 95|98} on air. Breathing { chest == 1: 22|18}. Awake and talking. Last opioid at half six. No new chest symptoms reported. She meets it.
Dr Hale, I'm giving Nadia Clarke her first dose under the sickle cell PGD, from her care plan. I'll document it and do her obs every half hour. # speaker: nurse
{ digs == 0 && not challenged:
    He looks up, and holds your eye for a second.
    Fine. Fair. Tell me how she is at half past. # speaker: hale # mood: neutral
- else:
    Your PGD. Your registration. # speaker: hale # mood: angry
}
~ by = "pgd"
-> dosed

=== waiting
{ waited:
    -> very_late
}
~ waited = true
~ clock = clock + 24
~ shift(safety, -6)
~ shift(trust, -4)
You go back to your other bays. Bay 11's chest pain needs a repeat ECG, bay 7's head wound needs neuro obs, and bay 12 is a new admission.
At { now() } Lorraine finds you.
Bay 9's crying. Not loud. You'd want to know. # speaker: lorraine # mood: guarded # bg: ward
{ not bex_in:
    Through the doors to the waiting room you can see Bex at the reception desk, phone in hand, asking a question you can guess.
}
Nadia is on her side with her forehead against the trolley rail. She doesn't look up.
It's been { clock } minutes. # speaker: nadia # mood: distressed
* [Go back to Dr Hale: she is past NICE's thirty minutes, and you say so # move: challenge-prejudice # move: bystander-direct # time: 2 # why: Dr Hale hears the time and the guideline from the nurse who has watched the hour go; the half hour is already gone, and what is left to save is the next half.]
    ~ challenged = true
    She's been here { clock } minutes at a nine. NICE says thirty. The note isn't a reason, it's a label. Please prescribe from her plan. # speaker: nurse # bg: front-desk
    { digs == 0:
        ~ hale_moved = true
        ~ by = "hale"
        ~ shift(record, 8)
        Dr Hale rubs his eyes.
        You're right. I let that flag do my thinking. From her plan. # speaker: hale # mood: guarded
        -> dosed
    - else:
        I said I'd review her at eleven. # speaker: hale # mood: angry
        -> hale_digs
    }
* [Take it to Marcus, the nurse in charge, now # move: escalate # time: 2 # why: The disagreement goes to the person who runs the floor tonight, and through him to whoever can overrule a registrar; Nadia waits while it travels.]
    -> via_marcus
* {not chest_told} [Give her first dose under the sickle cell PGD yourself, and tell Dr Hale you are doing it # move: work-around # move: act-on-risk # time: 1 # why: Nadia's first dose goes in on your authority, within the PGD's criteria and said out loud to the registrar who refused it; the flag on her record stays exactly as it was.]
    -> via_pgd
* [Give her the paracetamol that is due at half ten, and tell her the doctor will be along soon # move: comply-policy # move: false-reassurance # time: 1 # why: Nadia gets a tablet she took four hours ago with no effect, and a promise about a doctor you cannot make; the wait goes on.]
    Dr Hale will be along soon. Here's your paracetamol. # speaker: nurse
    She takes it without looking at you.
    -> very_late

=== very_late
~ clock = clock + 30
~ by = "late"
{ now() }. Dr Hale comes to bay 9 at last, reads the chart, and looks at Nadia properly for the first time. # bg: ward
Fine. Morphine, from her plan. She does look uncomfortable. # speaker: hale # mood: neutral
-> dosed

=== ask_nadia
Back in bay 9. It's { now() }. # bg: ward
~ told_label = true
Dr Hale has read a note on your record, from { past == 0: last November|2021}. It says drug-seeking. He wants to give you paracetamol and wait an hour. What do you want me to do? # speaker: nurse
{
- wants == 1:
    ~ shift(trust, 5)
    ~ shift(autonomy, 8)
    Bleep haematology. Dr Levy's on call this weekend; he knows me, and it's his department's plan being ignored. If he doesn't answer, get your nurse in charge. # speaker: nadia # mood: angry
    -> via_levy
- wants == 2 && bex_in:
    ~ shift(trust, 3)
    ~ shift(autonomy, 4)
    -> bex_goes
- wants == 2:
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    ~ clock = clock + 3
    Get Bex. She's got the plan. She does this better than me. # speaker: nadia # mood: distressed
    You fetch Bex from the waiting room. She comes through the doors at a run.
    ~ bex_in = true
    -> bex_goes
- else:
    ~ shift(trust, -4)
    ~ shift(autonomy, -2)
    I can't. I can't do the fight tonight. Please. You sort it. # speaker: nadia # mood: distressed
    You go back to the station. Two more minutes have gone.
    -> hale_digs
}

= bex_goes
Bex has her phone out already, the care plan open on it.
Give me his name. # speaker: bex # mood: angry
She comes with you to the nurses' station and holds the phone out to Dr Hale. # bg: front-desk
That's her consultant's plan. It says within thirty minutes. It's been { clock }. # speaker: bex # mood: angry
{ digs == 0:
    ~ hale_moved = true
    ~ by = "hale"
    ~ shift(record, 8)
    Dr Hale takes the phone and reads it properly.
    Fine. From her plan. Thank you, er. Your friend's been very helpful. # speaker: hale # mood: neutral
    Partner. # speaker: bex # mood: angry
    -> dosed
- else:
    I don't discuss clinical decisions with visitors. # speaker: hale # mood: guarded
    I'm not a visitor. I'm her partner. # speaker: bex # mood: angry
    Then you'll want what's safe for her. # speaker: hale # mood: guarded
    Bex goes back to the bay without a word.
    -> hale_digs
}

=== dosed
~ dose_at = clock
{
- clock <= 30:
    ~ shift(safety, 15)
- clock <= 45:
    ~ shift(safety, 6)
- clock <= 60:
    ~ shift(safety, 0)
- else:
    ~ shift(safety, -8)
}
{
- by == "pgd":
    Aisha, from bays 13 to 18, checks the controlled drug with you: the PGD names you, and the dose is the one her consultant wrote. # bg: ward
- by == "marsh":
    Marcus checks the controlled drug with you against Dr Marsh's prescription on the system. # bg: ward
- else:
    Dr Hale has prescribed it on the system, from her plan. Marcus checks the controlled drug with you against it. # bg: ward
}
At { now() } you give Nadia the morphine her care plan sets, under the skin of her tummy, where she asks for it.
{ clock <= 30:
    It is { clock } minutes since she came through the doors: inside NICE's thirty.
- else:
    It is { clock } minutes since she came through the doors. NICE's thirty minutes ran out at 22:02.
}
{ acs_acted:
    The chest X-ray is booked, bloods and cultures are off, the antibiotics are running, and the incentive spirometer is on her table. The department's pathway: her pain, her breathing, her sats and how drowsy she is, every thirty minutes.
- else:
    The department's pathway: her pain, her breathing, her sats and how drowsy she is, every thirty minutes now, until she is comfortable.
}
-> telling

=== telling
Nadia's shoulders come down a centimetre. Not the pain going yet: the waiting going.
{ told_label:
    -> race
}
{ past == 0:
    It was the note, wasn't it. Last November's. I read my records on the app at three in the morning once. I know what it says. # speaker: nadia # mood: angry
- else:
    Something took a while out there. Your face came back different. Was it about me? # speaker: nadia # mood: guarded
}
* [Tell her plainly what the note says, that Dr Hale cited it, and what you did about it # move: transparent-disclosure # move: challenge-prejudice # time: 2 # why: Nadia learns what her own record says and what was done in her name tonight, which lets her decide what to do about it; it is a hard thing to hear at a pain of nine.]
    ~ told_label = true
    There's a note on your record from { past == 0: last November|2021}, written by a locum. It says you asked for morphine by name and dose, and queries drug-seeking. Dr Hale cited it as a reason to wait. { challenged: I told him it's a label, not a finding.} { by == "pgd": I gave you your dose under our protocol myself.}{ by == "marsh": Dr Marsh, the consultant, overruled him.}{ by == "levy": Haematology backed your plan.}{ by == "late": I should have pushed, sooner.} # speaker: nurse
    {
    - wants == 3:
        ~ shift(trust, 2)
        Thank you. Tell me the rest tomorrow. I can't hold it tonight. # speaker: nadia # mood: withdrawn
    - past == 0:
        ~ shift(trust, 8)
        ~ shift(autonomy, 4)
        Thank you for not pretending. Everyone pretends. # speaker: nadia # mood: guarded
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 5)
        2021? My first week in this city. I didn't even have a care plan then. I asked for what worked. That's all. # speaker: nadia # mood: angry
    }
* [Tell her the doctor was being careful with opioids, and it's sorted now # move: conceal # move: false-reassurance # time: 1 # why: Nadia is spared the word tonight, and told something she can check on her phone; if she already knows what the note says, she now knows you will not say it.]
    The doctor was just being careful with opioids. It's sorted now. # speaker: nurse
    { past == 0:
        ~ shift(trust, -8)
        Careful. Right. # speaker: nadia # mood: withdrawn
    - else:
        ~ shift(trust, -2)
        ~ shift(autonomy, -2)
        Okay. # speaker: nadia # mood: guarded
        She doesn't believe you, and she is too tired to say so.
    }
* [Ask her about the attendance the note is from, if she wants to tell you # move: open-question # move: authentic-connection # time: 2 # why: Nadia gets to tell the night the label was written in her own words, if she trusts you with it, and you learn what the note left out.]
    ~ told_label = true
    There's a note from a visit in { past == 0: November|2021}. Do you want to tell me about that night? # speaker: nurse
    { trust >= 42:
        ~ last_told = true
        ~ shift(trust, 4)
        ~ shift(autonomy, 3)
        ~ shift(record, 4)
        -> last_time ->
    - else:
        ~ shift(trust, 1)
        Another time. # speaker: nadia # mood: guarded
    }
* {wants == 3} [She asked for the talking to wait: answer her question, yes, the note was part of it, then tell her the morphine's in, you'll be back at half past, and the rest is hers when she wants it # move: respect-delegation # time: 0 # why: Nadia's question gets a straight yes, and the rest waits, as she asked, with a time you will be back; she hears that the note mattered without having to hold all of it tonight.]
    ~ shift(trust, 6)
    ~ shift(safety, 2)
    Yes, the note was part of it, and it shouldn't have been. The morphine's in. I'll be back at half past to check it's working, and I'll tell you all of it when you want. # speaker: nurse
    Thank you. That's all I wanted. # speaker: nadia # mood: relieved
- -> race

=== last_time
{ past == 0:
    Last November I came in at a nine. I said what my plan says: morphine, under the skin, this dose. Dr Whitfield told me to say it, word for word, because people get it wrong. # speaker: nadia # mood: guarded # disclose: last-time
    The locum said, you know your doses very well. Three hours on a trolley. Home with co-codamol. Next morning I was on the day unit with my haemoglobin at 61, and Dr Whitfield was on the phone to your department shouting. # speaker: nadia # mood: angry
    Nobody took the note off. I checked. # speaker: nadia # mood: withdrawn
- else:
    My first week here. New job, new flat, no haematologist yet. I asked for what had always worked at home: morphine, and the dose. # speaker: nadia # mood: guarded # disclose: last-time
    He said I seemed to know a lot about morphine. I went home on co-codamol and came back the next night worse. That's when I met Dr Whitfield. # speaker: nadia # mood: angry
    I never knew he wrote anything. Four years that's been sat there. # speaker: nadia # mood: withdrawn
}
->->

=== race
{ bex_in:
    Bex has stopped pretending to look at her phone.
}
Bay 8. The man with the kidney stone. He had morphine before his coat was off; I heard him thank you. He's white, I'm Black, and I've got a flag. Go on. Tell me it's not that. # speaker: nadia # mood: angry
* [Tell her you can't see inside Dr Hale's head, but a flag like that and a wait like this are what keeps happening to Black patients with sickle cell # move: challenge-prejudice # move: authentic-connection # time: 1 # why: Nadia hears her reading of tonight taken seriously, by someone who was there, without being promised a verdict on a man neither of you can see inside.]
    ~ shift(trust, 8)
    ~ shift(autonomy, 2)
    I can't see inside his head. But a flag like that, and a wait like this, are what keeps happening to Black patients with sickle cell. There was a parliamentary inquiry about it. It's called No One's Listening. { challenged: I've said it to him, and I'll say it again.|I should have said it to him, and I will.} # speaker: nurse
    Nadia looks at you for a long moment.
    No one's listening. That's about right. # speaker: nadia # mood: guarded
* [Tell her you're sure it isn't about race: he's careful with everyone # move: dismiss-experience # move: false-reassurance # time: 1 # why: Nadia's account of tonight becomes a question of her perception, from the nurse who gave bay 8 his morphine; what she tells you next will be less.]
    ~ shift(trust, -10)
    ~ shift(autonomy, -3)
    I'm sure it isn't about race. He's careful with everyone. # speaker: nurse
    Course you are. # speaker: nadia # mood: withdrawn
    She turns her face to the curtain. { bex_in: Bex looks at you as if she is writing your name down.}
* [Ask her what she would want done about it # move: elicit-values # move: address-patient # time: 1 # why: Nadia gets to say what should happen next about the way she was treated, which she may want to steer herself, or may want to leave until she can think.]
    What would you want done about it? # speaker: nurse
    {
    - wants == 1:
        ~ shift(trust, 5)
        ~ shift(autonomy, 7)
        I want it written down. Whatever your form is. And I want that note looked at by someone who knows sickle cell, not by a locum. # speaker: nadia # mood: angry
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        Ask Bex. She's been keeping a list. Every attendance, times, names. # speaker: nadia # mood: guarded
        { bex_in:
            Bex holds up her phone. Eleven attendances. Two with a time to pain relief under an hour.
        }
    - else:
        Not tonight. Please. # speaker: nadia # mood: withdrawn
    }
* [Say the wait will be looked into, and move on to her observations # move: detach # time: 0 # why: The conversation closes on a promise nobody has made yet, and Nadia's observations are done on time.]
    ~ shift(trust, -3)
    ~ shift(safety, 1)
    It'll be looked into. Let's do your obs. # speaker: nurse
    She holds out her arm for the cuff without a word.
-
{ chest == 1 && not chest_told && trust >= 60:
    And there's something else. I haven't said. # speaker: nadia # mood: guarded
    -> chest_disclose ->
}
-> bedside

=== bedside
{ by == "late":
    Dr Hale stays to examine her.
- else:
    { now() }. Dr Hale comes to bay 9 to examine her.
}
{ bex_in:
    -> with_bex
- else:
    -> alone
}

= with_bex
Evening, Ms Clarke. I'm Dr Hale. # speaker: hale # mood: neutral
He turns to Bex.
Would your friend mind stepping out while I examine? # speaker: hale # mood: neutral
* [Tell him Bex is Nadia's partner, and that Nadia decides who stays # move: challenge-prejudice # move: bystander-direct # time: 1 # why: Dr Hale is corrected in front of the two women he has just misnamed, and Nadia is not the one who has to do it, again, tonight.]
    Bex is Nadia's partner, not her friend. And it's Nadia's call who stays. # speaker: nurse
    { wants == 2:
        ~ shift(trust, 7)
        ~ shift(autonomy, 3)
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 2)
    }
    { digs == 0:
        Sorry. Partner. Would you like her to stay? # speaker: hale # mood: neutral
    - else:
        Fine. Stay, then. # speaker: hale # mood: guarded
    }
    She stays. # speaker: nadia # mood: neutral
* [Ask Nadia whether she wants Bex to stay # move: offer-control # move: address-patient # time: 1 # why: Nadia decides who is in the room for her own examination; she also has to name Bex to one more stranger, and this one is a doctor.]
    Nadia, do you want Bex to stay? # speaker: nurse
    {
    - wants == 1:
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        She stays. She's my partner, doctor, not my friend. # speaker: nadia # mood: angry
    - wants == 2:
        ~ shift(trust, 4)
        ~ shift(autonomy, 5)
        She stays. And she talks. She knows my last three admissions better than your computer does. # speaker: nadia # mood: guarded
    - else:
        ~ shift(trust, 2)
        She stays. # speaker: nadia # mood: withdrawn
    }
* [Hand him her care plan on Bex's phone, and ask him to start with her chest # move: bystander-distract # time: 1 # why: The talk turns to her plan and her breathing, where her risk is, and Bex stays in the room; nobody corrects the word friend, and Nadia hears it go by.]
    ~ shift(trust, 1)
    ~ shift(safety, 1)
    Her consultant's care plan is on Bex's phone, if it's quicker than the screen. She had acute chest at nineteen: could you start with her chest? # speaker: nurse
    Dr Hale takes it. Bex stays. The word friend stays too.
    -> chest_first ->
* [Say nothing: it's his examination # move: stay-silent # time: 0 # why: Bex leaves the room because a doctor assumed who she was, and Nadia is examined at a nine without the person who speaks for her.]
    ~ bex_in = false
    ~ bex_sent = true
    { wants == 2:
        ~ shift(trust, -10)
        ~ shift(autonomy, -6)
    - else:
        ~ shift(trust, -6)
        ~ shift(autonomy, -4)
    }
    Bex looks at Nadia, then at you, and goes out through the curtain. She comes back in when Dr Hale has gone, and doesn't look at you.
    ~ bex_in = true
- -> examined

= alone
Evening, Ms Clarke. I'm Dr Hale. You were in good spirits at triage, I gather. Jokes. # speaker: hale # mood: neutral
* [Say, in front of her, that humour isn't a pain score: she scored nine # move: challenge-prejudice # move: bystander-direct # time: 1 # why: Dr Hale hears, in front of Nadia, that her jokes are not evidence against her pain, and Nadia does not have to defend her own sense of humour.]
    ~ shift(trust, 6)
    ~ shift(autonomy, 2)
    Humour isn't a pain score. She scored nine. # speaker: nurse
    I joke when it's bad. Ask anyone who's met me. # speaker: nadia # mood: guarded
* [Ask Nadia whether she would like Bex fetched from the waiting room for this # move: offer-control # move: address-patient # time: 2 # why: Nadia gets back the person she came with, for the examination and for what comes after; the remark about her jokes goes unanswered.]
    ~ bex_in = true
    { wants == 2:
        ~ shift(trust, 8)
        ~ shift(autonomy, 6)
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
    }
    Would you like Bex here for this? I can fetch her. # speaker: nurse
    Yes. Please. # speaker: nadia # mood: relieved
    Bex comes through the doors at a run.
* [Ask him to start with her chest and her care plan # move: bystander-distract # time: 1 # why: The examination starts where her risk is, and the remark about her jokes goes by without anyone naming it.]
    ~ shift(trust, 1)
    ~ shift(safety, 1)
    Could you start with her chest? She had acute chest at nineteen, and her care plan's up on the screen. # speaker: nurse
    -> chest_first ->
* [Say nothing: it's his examination # move: stay-silent # time: 0 # why: The remark stands: Nadia is examined by a doctor who has just said her jokes count against her, and nobody in the bay disagreed.]
    ~ shift(trust, -6)
    ~ shift(autonomy, -3)
    Nadia stops smiling, and doesn't start again.
- -> examined

= chest_first
~ chest_heard = true
{ chest == 1 && not acs_acted:
    ~ acs_acted = true
    ~ shift(safety, 10)
    He listens on the right for a long time, then on the left, then on the right again. Quieter at the right base, and crackles. He looks at her sats on the monitor: 95.
    That's a chest. X-ray now, bloods and cultures, antibiotics on the protocol, oxygen, the spirometer. And I'm ringing haematology. # speaker: hale # mood: guarded
    Nadia, why didn't you say it hurt to breathe in? # speaker: hale # mood: neutral
    Because of the note. # speaker: nadia # mood: angry
}
->->

= examined
{
- acs_acted:
    He listens for a long time on the right side of her chest. Quieter at the base, he says. The X-ray will tell us.
- chest_heard:
    He listens to her chest first: clear on both sides. Then her back and her thighs.
- chest_told:
    He presses on her back and her thighs, and listens to her chest for a few seconds.
- else:
    He presses on her back and her thighs. He doesn't listen to her chest.
}
-> reassess

=== reassess
~ later = later + 20
{ now() }. Half an hour since the first dose. Her reassessment is due. Marcus has put a new patient in bay 12, and bay 11's repeat ECG is waiting.
{
- by == "pgd" && digs == 0:
    Dr Hale has written up the repeat doses from her plan after all.
- by == "pgd" && route == 1:
    Dr Marsh has written up the repeat doses from her plan.
- by == "pgd":
    Marcus has got Dr Marsh to write up the repeat doses from her plan, between resus patients.
}
* [Do her full reassessment: pain, how drowsy she is, breathing rate and sats, and ask her how her chest feels # move: open-question # move: address-patient # time: 4 # why: Nadia's breathing is watched as well as her pain, and she is asked about her chest, which her care plan asks for; the new patient in bay 12 waits four minutes for you, twice as long as the brisk check.]
    How's the pain, and how's your chest feeling? Let me do your numbers properly. # speaker: nurse
    {
    - chest == 1 && not chest_told:
        ~ shift(safety, 4)
        Sats 94% on air. Breathing 24. Temperature 38.1. She is splinting her right side when she breathes in. The numbers are enough on their own.
        { trust >= 25:
            -> chest_disclose ->
        - else:
            Just tired. # speaker: nadia # mood: guarded
            -> chest_act ->
        }
    - chest == 1 && not acs_acted:
        ~ shift(safety, 4)
        Sats 94% on air. Breathing 24. Temperature 38.1. She is splinting her right side when she breathes in: the catch she told you about is worse.
        -> chest_act ->
    - chest == 1:
        ~ shift(safety, 4)
        Pain six. Awake, talking. Sats 96% on two litres. Breathing 20. You give her the next dose her plan allows, and check the spirometer: she's doing it.
    - else:
        ~ shift(safety, 2)
        Pain six. Awake, talking. Breathing 16. Sats 98% on air. You give her the next dose her plan allows.
    }
* [Do her sedation score, breathing rate, sats and pain in two minutes, give the next dose, tell her you'll be back within the hour, and go to bay 12 # move: keep-to-time # time: 2 # why: Nadia's next dose goes in after the checks the morphine needs, and bay 12 is seen sooner; there is no time to ask how her chest feels, which matters if it is going.]
    {
    - chest == 1 && not acs_acted:
        ~ shift(safety, -8)
    - chest == 1:
        ~ shift(safety, -3)
    - else:
        ~ shift(safety, 2)
    }
    {
    - chest == 1 && not acs_acted:
        ~ charted = true
        Sedation: awake. Breathing 24. Sats 94% on air. Pain six. You chart the numbers, give the next dose from her plan, and go to bay 12. Nobody has asked her about her chest, and on the chart the numbers sit one line below the ones from triage.
    - chest == 1:
        Sedation: awake. Breathing 20. Sats 96% on two litres. Pain six. You give the next dose from her plan and go to bay 12, without asking how her chest feels or whether she is using the spirometer.
    - else:
        Sedation: awake. Breathing 16. Sats 98% on air. Pain six. You give the next dose from her plan, tell her you'll be back within the hour, and go to bay 12.
    }
* [Score her pain from the end of the trolley, give the next dose, and get to bay 12 # move: proceed-regardless # move: detach # time: 1 # why: Nadia's next dose of morphine goes in on a pain score called from the foot of the trolley, with no check of how drowsy she is or how she is breathing: the stacked doses Dr Hale's panel was about.]
    {
    - chest == 1 && not acs_acted:
        ~ shift(safety, -10)
    - chest == 1:
        ~ shift(safety, -5)
    - else:
        ~ shift(safety, -4)
    }
    Pain six, she says, from under the blanket. You give the next dose from her plan and go to bay 12.
* [Ask Nadia if she'd rather you left her obs until later, so she can sleep # move: offer-choice # time: 1 # why: Nadia gets a say in being woken, and the checks the morphine makes necessary, on her breathing and how drowsy she is, become optional.]
    ~ shift(trust, 1)
    { chest == 1:
        ~ shift(safety, -6)
    - else:
        ~ shift(safety, -3)
    }
    Would you rather I left your obs till later, so you can sleep? # speaker: nurse
    Please. Later. # speaker: nadia # mood: withdrawn
- -> decide

=== decide
~ later = later + 15
{ now() }. The plan for the night comes down from the doctors: admission to Ward 21 under haematology, for pain relief by a PCA pump or by doses from the ward nurses, fluids, and the spirometer{ acs_acted:, with oxygen and the antibiotics, and haematology deciding about a transfusion once the X-ray is back}.
The ward wants to know which kind of pain relief, before the porter comes.
{
- wants == 1:
    I want to talk it through. Last time the PCA made me sick for a day. The time before it was fine. # speaker: nadia # mood: neutral
- wants == 2:
    Bex. Tell them about the PCA. # speaker: nadia # mood: neutral
- else:
    I know the options. I've done this since I was four: the pump, or the nurses doing it. You choose tonight. I trust you. I'll argue tomorrow if I want. # speaker: nadia # mood: neutral
}
* [Lay out the two options, a PCA pump or doses from the ward nurses, and ask which she wants # move: offer-choice # move: plain-language # time: 2 # why: Nadia weighs the pump against the nurses' doses herself, which is what she wants if she means to steer; if she has asked you to choose, she is handed the question back.]
    There are two ways. A PCA pump: you press the button and it gives a small dose, with a lockout so it can't give too much. Or the ward nurses give you doses from your plan when you need them. Which do you want? # speaker: nurse
    {
    - wants == 1:
        ~ pca = "hers"
        ~ shift(trust, 5)
        ~ shift(autonomy, 8)
        The pump. With the anti-sickness written up from the start, not after I've been sick. # speaker: nadia # mood: neutral
    - wants == 2:
        ~ pca = "hers"
        ~ shift(trust, 2)
        ~ shift(autonomy, 3)
        Bex? # speaker: nadia # mood: guarded
    - else:
        ~ pca = "handed-back"
        ~ shift(trust, -5)
        ~ shift(autonomy, -1)
        I said. You choose. # speaker: nadia # mood: withdrawn
    }
* {wants == 3} [She asked you to choose: pick the PCA pump, tell her why, and that she can change it on the ward # move: respect-delegation # time: 1 # why: Nadia, who knows both options better than you do, gets the decision she asked you to make, with the reason and a way back; tomorrow is still hers.]
    ~ pca = "chosen"
    ~ shift(trust, 7)
    ~ shift(autonomy, 3)
    ~ shift(safety, 2)
    The pump, then, with the anti-sickness written up from the start. It means you're not waiting for a nurse at three in the morning. If you don't like it on the ward, say, and they'll change it. # speaker: nurse
    The pump. Good. Thank you. # speaker: nadia # mood: relieved
* {bex_in} [Ask Nadia if she wants Bex to tell the ward what worked last time # move: offer-control # move: address-patient # time: 2 # why: Nadia decides whether Bex speaks for her, which is what she wants if Bex is her voice in here, and a step round her if she wants to say it herself.]
    Do you want Bex to tell them what worked last time? # speaker: nurse
    {
    - wants == 2:
        ~ pca = "bex"
        ~ shift(trust, 6)
        ~ shift(autonomy, 6)
        ~ shift(safety, 2)
        Pump, but with the anti-sickness prescribed from the start. Last time nobody did, and she was sick all night. And her spirometer, every hour she's awake. # speaker: bex # mood: neutral
        That. # speaker: nadia # mood: relieved
    - wants == 1:
        ~ shift(trust, -1)
        ~ shift(autonomy, 1)
        I can tell them. # speaker: nadia # mood: guarded
    - else:
        ~ shift(trust, 1)
        Whatever Bex says. # speaker: nadia # mood: neutral
    }
* [Recommend the PCA pump, with the reasons, and ask if it fits # move: recommend-clearly # time: 1 # why: Nadia hears what you would advise and why, and is asked whether it fits; for a Nadia who wanted to weigh it herself it arrives half-decided, and for one who asked you to choose it is nearly what she asked for.]
    ~ pca = "recommended"
    I'd go for the pump, with the anti-sickness written up from the start: you won't be waiting for a nurse to be free. Does that fit? # speaker: nurse
    {
    - wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        Maybe. Tell me how the lockout's set. # speaker: nadia # mood: neutral
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
        Bex? # speaker: nadia # mood: neutral
    - else:
        ~ shift(trust, 4)
        ~ shift(autonomy, 2)
        ~ shift(safety, 1)
        The pump. Fine. # speaker: nadia # mood: neutral
    }
* [Tell her the team have decided on the PCA pump, and the ward will explain # move: decide-for # time: 0 # why: The decision arrives made, with the reasons left to the ward; Nadia, who has managed this since she was four, is told rather than asked.]
    ~ pca = "told"
    { wants == 3:
        ~ shift(trust, -1)
        ~ shift(autonomy, -2)
    - else:
        ~ shift(trust, -4)
        ~ shift(autonomy, -6)
    }
    The team have gone for the PCA. The ward will explain it. # speaker: nurse
    Nadia nods at the ceiling.
- -> record_moment

=== record_moment
~ later = later + 10
{ now() }. Nadia is a four, dozing{ oxygen:, under the oxygen}. The porter for Ward 21 is forty minutes away.
On the screen, above everything else, the red flag is still there: CAUTION, ?DRUG-SEEKING. It will be the first thing the ward sees, and the first thing the next emergency department sees.
{
- hale_moved:
    Dr Hale's line sits under it: not a clinical contraindication. The flag itself is still red.
- marsh_review:
    Dr Marsh has said she will review it with haematology. Nothing has changed on the screen yet.
- levy_note:
    Dr Levy has said he will write on her record tomorrow. Nothing has changed on the screen yet.
}
* [Write an incident report: the decision to wait, the reason given for it, and the note it rests on, and ask for the alert to be reviewed # move: act-on-structure # time: 5 # why: What happened to Nadia tonight goes where the department has to learn from it, and the flag goes to people who can take it down; it takes five minutes from your other bays.]
    ~ datix = true
    ~ shift(record, 18)
    { last_told:
        ~ shift(record, 4)
    }
    You write it as it happened: arrival 21:32, pain nine, care plan, first strong analgesia at { dose_at } minutes{ dose_at > 30:, past the NICE thirty}, the reason given, the alert it rests on{ last_told:, and how that note came to be written}. Under what should change: review the alert; attach her care plan to the department's alert instead; and ask haematology to be contacted whenever an emergency department doctor departs from her plan.
    { marsh_review:
        You copy in Dr Marsh, who has already said she will look.
    }
* [Write it all in her nursing notes: times, pain scores, what was said and by whom # move: bystander-document # time: 3 # why: There is a plain record, in her own notes, of what was asked for and what was said; it stays in her notes, where only the next person to read them will find it.]
    ~ documented = true
    ~ shift(record, 8)
    You write it down, times and words, under your name.
* [Tell Nadia what the note says and how she can ask for it to be reviewed, or add her own statement, and ask what she wants you to do # move: support-decision # move: transparent-disclosure # time: 3 # why: Nadia gets the route to change her own record and a say in what is done, which is what she wants if she means to steer; if she asked for the rest to wait, it is one more thing tonight.]
    { not told_label:
        There's a note on your record from { past == 0: last November|2021}, written by a locum, that queries drug-seeking. Dr Hale cited it tonight. # speaker: nurse
    }
    ~ told_label = true
    You can ask for that note to be reviewed by the clinical team, and you can add your own statement to your record, saying what happened. I can report tonight's delay too. What would you like? # speaker: nurse
    {
    - wants == 1:
        ~ statement = true
        ~ shift(record, 16)
        ~ shift(autonomy, 6)
        ~ shift(trust, 3)
        ~ datix = true
        Both. Report it. And I'll write my statement tonight; I've been drafting it in my head for a year. # speaker: nadia # mood: neutral
        She dictates it to her phone, in full sentences, with dates, while you write the incident report beside her: the times, the reason given, the alert.
    - wants == 2:
        ~ statement = true
        ~ shift(record, 12)
        ~ shift(autonomy, 4)
        ~ shift(trust, 3)
        Bex. Write it with me. # speaker: nadia # mood: neutral
        { not bex_in:
            ~ bex_in = true
            You fetch Bex from the waiting room.
        }
        ~ datix = true
        Bex already has most of it, in her list. And yes, report it, Nadia says. You write the incident report while they write her statement.
    - else:
        ~ shift(record, 3)
        ~ shift(trust, -2)
        Tomorrow. Please. # speaker: nadia # mood: withdrawn
    }
* [Leave it: her pain is treated, and a medical alert isn't a nurse's to change # move: comply-policy # time: 0 # why: Nothing on Nadia's record changes tonight, and the next team to open it will read the same word first.]
    ~ shift(record, -4)
    You close the record. The flag stays red in the corner.
- -> nok

=== nok
One more box on the screen: next of kin. Mrs Marcia Clarke, mother, with a landline number.
{ mum_told:
    Nadia has already said it, to Lorraine, in front of you: her mum died in March, and Bex is her next of kin.
}
* {mum_told} [Change it to Bex, as Nadia told Lorraine, and tell her it's done # move: act-on-structure # time: 1 # why: Nadia's own words from earlier are what changes the record, and she does not have to say, a third time tonight, who her partner is.]
    ~ nok_fixed = true
    ~ shift(record, 10)
    ~ shift(trust, 5)
    Bex is down as your partner and next of kin now, like you told Lorraine. # speaker: nurse
    Thank you. Once was enough. # speaker: nadia # mood: relieved
* [Ask Nadia whether she wants Bex recorded as her partner and next of kin, and change it if she does # move: act-on-structure # move: offer-choice # time: 1 # why: The record starts to say who Nadia's person is, in her words and with her say-so, so the next rule about next of kin counts Bex in.]
    ~ nok_fixed = true
    ~ shift(record, 10)
    Your next of kin still says your mum. Would you like Bex down as your partner and next of kin? # speaker: nurse
    {
    - mum_told:
        ~ shift(trust, 1)
        I said. Yes. # speaker: nadia # mood: guarded
    - trust >= 35:
        ~ mum_told = true
        ~ shift(trust, 4)
        Mum died in March. Nobody's changed anything since I was seventeen. Yes. Bex. Partner. # speaker: nadia # mood: distressed # disclose: mum
    - else:
        ~ shift(trust, 4)
        Yes. Bex Hollis. Partner. Put fiancée if there's a box. # speaker: nadia # mood: neutral
    }
* {not mum_told} [Change the next of kin to Bex yourself; it's obvious # move: decide-for # time: 1 # why: The record is put right, and Nadia's personal details are changed without anyone asking her; it is her information, and you do not know why it said what it said.]
    ~ nok_fixed = true
    ~ shift(record, 6)
    { wants == 1:
        ~ shift(trust, -3)
    - else:
        ~ shift(trust, -1)
    }
    You type Bex's name over Marcia Clarke's. You don't know who Marcia Clarke was.
    Later Nadia sees the screen. You might have asked, she says. But yes.
* [Leave it for the ward to update when she's admitted # move: comply-policy # time: 0 # why: The box that sent Bex out of the bay tonight goes up to the ward unchanged, and Bex is still, on paper, nobody.]
    ~ shift(record, -2)
    The ward can do it.
- -> handover

=== handover
~ later = later + 25
{ now() }. Ward 21 rings for handover. # bg: front-desk
From the phone: Hi, it's Siobhan on 21. Her bed's ready. I see she's flagged. Anything I should know?
* [Hand over her care plan, her breathing, Bex as her partner, and that the alert is not a clinical reason to wait # move: act-on-structure # time: 2 # why: The ward nurse meets Nadia through her care plan and her partner, not through the flag, and hears from you that the flag is not a reason to wait.]
    ~ shift(record, 8)
    { chest == 1:
        ~ shift(safety, 4)
    - else:
        ~ shift(safety, 2)
    }
    HbSS crisis, her individual care plan's on the system, first dose at { dose_at } minutes. Watch her breathing{ acs_acted:, with suspected acute chest on oxygen, antibiotics and the spirometer}. Her partner is Bex. And the flag: it's a locum's query from one night, not a finding. It's not a reason to wait. # speaker: nurse
    Noted, says Siobhan. Thanks. That's useful.
* [Hand over the clinical facts and leave the alert out of it # move: narrow-agenda # time: 1 # why: The ward hears what it needs for the night, and the red flag on its screen meets no word against it.]
    ~ shift(record, 1)
    { chest == 1:
        ~ shift(safety, 2)
    }
    You give the facts, the doses and the times, and say nothing about the flag. Siobhan doesn't ask again.
* [Tell her Nadia's flagged, so to keep an eye on how much she asks for # move: repeat-label # move: detach # time: 1 # why: The label travels to Ward 21 in your voice as well as on the screen, and the night nurse meets Nadia already counting her requests.]
    ~ shift(record, -8)
    { chest == 1:
        ~ shift(safety, -4)
    - else:
        ~ shift(safety, -2)
    }
    She's flagged, so keep an eye on how much she asks for. # speaker: nurse
    Will do, says Siobhan.
- -> checkin

=== checkin
~ later = later + 10
{ now() }. The porter is on his way. You go back to bay 9. # bg: ward
{
- trust >= 60:
    Nadia is awake. She moves the hot-water bottle off the chair so you can sit.
- trust >= 40:
    Nadia is awake, watching the curtain.
- else:
    Nadia has her eyes closed. She opens them when you come in, and closes them again.
}
* [Say sorry for the wait and the note, specifically, and tell her what you have done about it # move: apologise # move: bystander-delay # time: 2 # why: Nadia hears someone from tonight name what happened to her and what has been done, the first account of the night that is about her; if she asked for the talking to wait, it comes anyway.]
    {
    - wants == 3:
        ~ shift(trust, 3)
    - datix || statement:
        ~ shift(trust, 8)
    - else:
        ~ shift(trust, 5)
    }
    I'm sorry about tonight. { dose_at > 30: You waited { dose_at } minutes at a nine, and you shouldn't have.|The note shouldn't have been part of it.} { datix: I've reported it, and asked for the flag to be reviewed.}{ statement: Your statement's going on your record.}{ nok_fixed: And Bex is your next of kin on the system now.} # speaker: nurse
    { wants == 3:
        Thank you. Tomorrow, though. I can't hold it tonight. # speaker: nadia # mood: withdrawn
    - else:
        Thank you. Nobody's ever said sorry in here before. # speaker: nadia # mood: guarded
    }
    { bex_in:
        Bex puts her hand on Nadia's shoulder.
    }
* [Ask her, and Bex, how they are after tonight # move: bystander-delay # move: open-question # time: 2 # why: Nadia and Bex get room to say what tonight was like, in their own words, and whether they want more done about it; a Nadia who asked to talk later is asked now.]
    How are you both doing, after tonight? # speaker: nurse
    {
    - wants == 3:
        ~ shift(trust, 1)
        Tired. Ask me tomorrow. # speaker: nadia # mood: withdrawn
    - trust >= 55 && not last_told:
        ~ last_told = true
        ~ shift(trust, 5)
        -> last_time ->
    - else:
        ~ shift(trust, 5)
        Tired. Better than I was. Ask me again in the morning. # speaker: nadia # mood: neutral
    }
    { bex_in:
        I've started writing it down. All of it. Times. # speaker: bex # mood: guarded
    }
* {datix && not statement} [Tell her what you reported, and that she can add her own voice, through PALS or a statement for her record # move: support-decision # move: transparent-disclosure # time: 2 # why: Nadia knows what has been said about tonight in her name, and how to say it herself, on her own timetable.]
    I've reported what happened tonight and asked for the flag to be reviewed. You can add your own voice too: PALS, or a statement for your record. Whenever you want. # speaker: nurse
    { wants == 3:
        ~ shift(trust, 1)
        ~ shift(record, 2)
        Tomorrow. Please. # speaker: nadia # mood: withdrawn
    - else:
        ~ statement = true
        ~ shift(trust, 4)
        ~ shift(autonomy, 6)
        ~ shift(record, 6)
        Give me the leaflet. I'll write it on the ward. # speaker: nadia # mood: guarded
    }
* [Tell her you'll come up to Ward 21 before you go home at eight, and let the porter take her now # move: keep-to-time # time: 0 # why: Nadia goes up now, and the porter and bay 12 are not kept waiting; she has a time when you will come and talk, which is what she asked for if she wanted it later.]
    ~ promised = true
    I'll come up to Ward 21 before I go home at eight, and we'll talk then, if you want to. # speaker: nurse
    {
    - wants == 3:
        ~ shift(trust, 6)
        Eight. Good. I'll be awake. # speaker: nadia # mood: relieved
    - wants == 2:
        ~ shift(trust, 2)
        We'll both be there. # speaker: bex # mood: neutral
    - else:
        ~ shift(trust, 1)
        Eight, then. I'll have questions. # speaker: nadia # mood: guarded
    }
* [Wish her well and hand her over to the porter # move: detach # time: 0 # why: Nadia goes up to the ward at the end of a night that nobody from it has talked to her about.]
    ~ shift(trust, -2)
    Take care, Nadia. # speaker: nurse
-
{ chest == 1 && not chest_told && trust >= 62:
    Before you go. There's a thing I didn't say. # speaker: nadia # mood: guarded
    -> chest_disclose ->
}
-> morning

=== morning
07:40. The night is over. In the staff room, Dr Hale is making a coffee he won't drink. # bg: meeting-room # ambience: none
{ hale_moved:
    I've been thinking about bay 9. # speaker: hale # mood: guarded
- else:
    He nods to you, and looks back at the kettle.
}
* [Tell him, one to one, what the note did last night, and that humour isn't a pain score # move: bystander-direct # move: challenge-prejudice # time: 3 # why: Dr Hale hears it from someone he works with every week, without an audience; whether it changes anything for the next Nadia depends on him.]
    Last night a four-line note from a locum did the assessing. She waited at a nine because of a flag, and because she made jokes. Humour isn't a pain score. And look who flags like that one are on, in this department. # speaker: nurse
    { digs == 0:
        ~ shift(record, 12)
        { hale_moved:
            I know. I put a line under the alert. I'm going to ask Helen to take it to governance: flags like that one, and who they're on. I'd like to see how many are on people with sickle cell. # speaker: hale # mood: guarded
        - else:
            I know. I've been thinking about it since. I'll put a line under that alert before I go, and ask Helen to take flags like it to governance. # speaker: hale # mood: guarded
        }
    - else:
        ~ shift(record, 1)
        Noted. I'll think about it. # speaker: hale # mood: guarded
        He doesn't look as if he will.
    }
* [Tell Marcus you're taking the pattern, not just the night, to the Freedom to Speak Up guardian # move: escalate # time: 2 # why: How sickle cell patients are flagged and kept waiting here goes to someone whose job is to hear it, beyond one registrar and one night; Dr Hale hears about it from Marcus, not from you.]
    ~ ftsu = true
    ~ shift(record, 10)
    Marcus, I'm going to the Freedom to Speak Up guardian. Not about one doctor: about flags like that one, on patients like her. # speaker: nurse
    { bex_sent:
        Good. Put my name down too. My rule sent her partner out of majors last night. # speaker: marcus # mood: guarded
    - else:
        Good. Put my name down too. And I'm rewriting my visitors rule: partners count. # speaker: marcus # mood: guarded
    }
* [Ask Marcus to rewrite his visitors rule so that partners count, and to put flags like Nadia's on the department's governance agenda # move: advocate # time: 2 # why: The two rules that shaped Nadia's night, the visitors rule and the way alerts get written, go to the people who set them, so they can change for the next patient; nothing about Dr Hale is said.]
    ~ shift(record, 6)
    Marcus, { bex_sent: your next-of-kin-only rule sent Nadia's partner out of majors last night.|your next-of-kin-only rule nearly sent Nadia's partner out of majors last night.} Could it say partners? And could flags like hers go on the governance agenda: who writes them, who reviews them, who they're on? # speaker: nurse
    Yes to the first, before tonight's shift. The second I'll take to Helen. It'll need numbers. # speaker: marcus # mood: neutral
* {not datix} [Write the incident report now, before you go home # move: act-on-structure # time: 4 # why: The delay and the note it rested on go where the department has to learn from them, written while you still remember the times; you get home twenty minutes later.]
    ~ datix = true
    ~ shift(record, 14)
    You write it at the nurses' station while the day staff take handover around you: arrival, pain score, care plan, the time of the first dose, the reason given, the alert. What should change: review the alert.
* [Say nothing: it's done, and you work with him every week # move: stay-silent # time: 0 # why: The night stays between the two of you, and the flag, and the habit behind it, are there for the next shift.]
    ~ shift(record, -3)
    You make your own coffee.
- -> ending

=== ending
{ promised:
    At eight you go up to Ward 21, as you said you would, and sit on the chair by her bed for ten minutes before you go home. { wants == 3: She has a list of questions, and you answer all of them.}
}
{
- chest == 1 && not acs_acted:
    -> missed
- dose_at <= 30 && record >= 55:
    -> listened
- record >= 55:
    -> reported
- dose_at <= 60:
    -> this_time
- else:
    -> waited_out
}

= listened
{ acs_acted:
    The X-ray on Ward 21 shows a shadow at the right base: acute chest syndrome, caught at the start. Oxygen, antibiotics, the spirometer every hour and a top-up transfusion from haematology. She is home in six days.
- else:
    The crisis settles over four days on Ward 21. She goes home on the Thursday with her own painkillers and a follow-up with Dr Whitfield.
}
{ record >= 70:
    On Wednesday Dr Whitfield and Dr Marsh take the flag off her record. In its place the department's alert now says: Sickle cell disease. Individual care plan: follow it. Analgesia within 30 minutes.
- else:
    The flag comes off her record on the Wednesday, after a consultant reads the note and the care plan side by side.
}
{ nok_fixed:
    Next of kin: Bex Hollis, partner.
}
{ trust >= 60:
    On the ward she asks, twice, whether the nurse from bay 9 is on again tonight.
}
She marks the Year 11 mocks in the bed by the window. The average is up. # ending: listened-to
-> END

= reported
She had her first strong pain relief { dose_at } minutes after she came through the doors: { dose_at - 30 } minutes past the half hour NICE sets, at a pain of nine.
{ acs_acted:
    Her chest was caught, at least. Oxygen, antibiotics and a transfusion on Ward 21, and home in a week.
- else:
    The crisis settles over five days on Ward 21.
}
Your report goes to the department's patient safety meeting. The flag comes off her record, and the alert that replaces it points to her care plan. { ftsu: The Freedom to Speak Up guardian asks for every alert of that kind in the department, and finds nineteen: seventeen on Black patients.}
{ nok_fixed:
    Bex is her next of kin now, on paper too.
}
The next Nadia will be treated from her care plan. This one still waited. # ending: on-the-record
-> END

= this_time
{ dose_at <= 30:
    She had her first strong pain relief inside the half hour.
- else:
    She had her first strong pain relief { dose_at } minutes after she came through the doors.
}
{ acs_acted:
    Her chest was caught: oxygen, antibiotics and a transfusion on Ward 21, and home in a week.
- else:
    The crisis settles over four days on Ward 21.
}
{ nok_fixed:
    Bex is her next of kin now, on paper too.
}
In August, Nadia comes back through the same doors at a pain of eight. The first thing the triage nurse sees on the screen is a small red flag in the corner. # ending: this-time
-> END

= missed
{ dose_at <= 30:
    She had her first strong pain relief inside the half hour.
- else:
    She had her first strong pain relief { dose_at } minutes after she came through the doors.
}
At 03:10 on Ward 21 her oxygen level falls to 88%. The X-ray shows both lower lobes white. The outreach team take her to the high dependency unit, and haematology do an exchange transfusion at dawn.
She recovers. It takes three weeks, and somebody else gives the Year 11s their mock results.
{ charted:
    Her sats of 94% and breathing of 24 are on your chart from the emergency department, with no question about her chest beside them.
}
{ chest_told:
    She told you about the catch when she breathed in. It is in your notes, waiting for a review that looked at her back and her thighs. # ending: wait-and-see
- else:
    The catch when she breathed in, since eight o'clock, is in nobody's notes from the emergency department. She had decided it would sound like asking for more. # ending: wait-and-see
}
-> END

= waited_out
She had her first strong pain relief { dose_at } minutes after she came through the doors, most of it at a nine.
The crisis settles over six days on Ward 21.
{ nok_fixed:
    Bex is her next of kin now, on paper at least.
}
The flag is still in the corner of her record. Next time, she tells Bex in the car, she's going to the hospital forty minutes away. # ending: wait-and-see
-> END
