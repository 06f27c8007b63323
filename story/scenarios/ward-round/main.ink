// Ward round: a post-take round in a bed crisis. A consultant jokes about a patient's weight
// within her hearing and humiliates a junior doctor; the player is the final-year student at
// the bottom of the hierarchy. What Doreen will say about going home depends on whether anyone
// makes the bedside safe again, and her sugar may not wait for the round to finish.
// Facilitator guide: docs/scenarios/ward-round.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Doreen's trust in the player, and through them in the team
VAR autonomy = 30    // 0..100: how far Doreen's own informed values drive her care and discharge
VAR safety = 50      // 0..100: Doreen's safety: her sugars tonight, and an insulin plan she can manage at home
VAR priya = 40       // 0..100: how Priya is holding up, and whether anyone on the team stood by her
VAR waiting = 0      // minutes bed four holds up the round, the thirteen patients after her and the bed the emergency department needs

// The run's variant, drawn from its seed before the first line.
VAR wants = 0    // what Doreen wants: 1 to be told straight; 2 her daughter Karen in on it; 3 to be left to rest, the team deciding the details
VAR glucose = 0  // the sugar chart: 1 a 4.1 at six, below the inpatient target of 6 to 10, and she is well now; 2 a 3.6 at six, and low again on the round
VAR backup = 0   // who backs the student up: 0 nobody; 1 Priya; 2 Sister Doyle, at the bedside
~ wants = RANDOM(1, 3)
~ glucose = RANDOM(1, 2)
~ backup = RANDOM(0, 2)
~ shift(trust, RANDOM(-6, 6))
~ shift(autonomy, RANDOM(-6, 6))

VAR met_doreen = false     // the player introduced themself before the round
VAR knew_request = false   // the player knows Priya requested the HbA1c overnight
VAR respect = 10           // Grant's professional regard for the student: it buys a hearing later
VAR addressed = false      // the remark or the telling-off has been named to Grant
VAR bristled = false       // Grant was challenged on the round and did not apologise
VAR grant_sorry = false    // Grant has apologised to Doreen
VAR late_sorry = false     // ...after the student spoke to him privately, not on the round
VAR priya_asked = false    // Priya asked the player not to report anything
VAR checked_in = false     // the player went back to Doreen about the round
VAR documented = false
VAR delegated = false
VAR bernie_told = false
VAR escalated = false
VAR avoid_told = false
VAR ken_told = false
VAR asked = ""             // how the player asked about insulin: closed, open, show, karen
VAR insulin_known = false  // the team knows she cannot read her pen
VAR self_admin = false     // she will do her own insulin on the ward tonight, with a nurse
VAR tell_tomorrow = false  // she will tell Grant herself on tomorrow's round
VAR plan_with_her = false  // the discharge plan was made with Doreen, or by her informed wish, not about her
VAR dietitian = ""         // later (her own choice), pushed, or empty
VAR dose_reviewed = false  // tonight's glargine has been reviewed: down by a fifth, sugars before meals and at bedtime, titrated
VAR hypo_caught = false    // (glucose 2) the low on the round was checked and treated at once
VAR raised = false         // the student raised the sugar with Grant in front of the team
VAR promised = false       // the student told Doreen they would be back at eleven

-> corridor

=== corridor
Tuesday, 8:30. Ward 9, acute medicine, the morning after the take. # bg: ward # ambience: ward
The board at the nurses' station says OPEL 4 in red: the hospital is full, and the emergency department has nowhere to put anyone.
Dr Richard Grant arrives with a coffee and his phone to his ear. He is the best diagnostician in the building; even the people who dread his rounds say so.
Eight discharges by noon. Yes. I heard you the first time. # speaker: grant
His team: Dr Sam Okafor, the registrar; Dr Priya Nair, the foundation doctor; and you, the final-year student. He signs your placement assessment on Friday.
Fourteen patients, two hours. Student, you present bed four. Cellulitis. Should be within your gift. # speaker: grant
Priya has been in since seven, and looks as if she never went home.
* [Read her notes and results at the trolley, so you can present well # move: detach # why: Doreen is bed four, cellulitis, and a stranger when the round reaches her; you arrive knowing the HbA1c was requested at 02:14 and what her sugar did after last night's insulin, and nothing of what she wants.]
    ~ knew_request = true
    ~ shift(respect, 1)
    HbA1c requested by Dr Nair at 02:14, not yet reported. No diabetes clinic letters for two years. No eye screening. Next of kin: Karen Walsh, daughter.
    { glucose == 1:
        Sugar 21 on arrival. Forty units of glargine at ten last night, her usual dose, as charted. At six this morning: 4.1.
    - else:
        Sugar 21 on arrival. Forty units of glargine at ten last night, her usual dose, as charted. At six this morning: 3.6, treated by the night nurse with orange juice; 5.2 a quarter of an hour later.
    }
    The same forty units are charted again for tonight.
    You know a great deal about bed four. You haven't met her.
* [Slip ahead to bed four and introduce yourself to Mrs Walsh # move: authentic-connection # move: address-patient # why: Doreen meets one person from the team as a person before the round stands over her, and tells you what she wants from it; Grant and the team wait a minute for you.]
    ~ met_doreen = true
    ~ shift(trust, 8)
    ~ shift(waiting, 1)
    By the window, a woman in a lilac cardigan sits with her left leg on two pillows, a puzzle book held inches from her face.
    Hello, Mrs Walsh. I'm one of the medical students. I'll be telling the team about you. # speaker: student
    Doreen, love. Thirty-eight years a dinner lady at St Anne's. I've fed half the doctors in this town. # speaker: doreen # mood: warm
    {
    - wants == 1:
        And I'll tell you what I told the night doctor. Don't flannel me. If it's bad, say it's bad, and say what you'd do. # speaker: doreen # mood: guarded
    - wants == 2:
        Our Karen'll ring at dinner time. My daughter. Anything they decide, she wants to hear it; she's better with doctors than I am. # speaker: doreen # mood: neutral
    - else:
        I've not slept a wink. The lady opposite's been calling for her mam all night. Do what you need to, love, and then let me shut my eyes. # speaker: doreen # mood: guarded
    }
    Is that him in charge? The tall one? He's got a voice that carries. # speaker: doreen # mood: guarded
    Student! Where's my student? # speaker: grant
* [Ask Priya, aside, whether she's all right # move: authentic-connection # why: Priya is asked how she is by someone on the team before the round starts, and you learn that this is a pattern, not a bad morning.]
    ~ knew_request = true
    ~ shift(priya, 8)
    You okay? # speaker: student
    Fine. Yesterday he called me a phlebotomist with a stethoscope, in front of a family. # speaker: priya # mood: guarded
    Bed four's HbA1c still isn't back. I requested it at two. # speaker: priya # mood: guarded
    { backup == 1:
        If he starts on anyone today, I'm not standing there like a lemon again. I mean it. # speaker: priya # mood: angry
    - else:
        Don't say anything, okay? He's fine if you keep your head down. # speaker: priya # mood: guarded
    }
- -> bed_four

=== bed_four
At 8:52 the round arranges itself around bed four: four people standing, one lying down.
{ backup == 2:
    Sister Bernie Doyle is already there, doing Doreen's observations. She does not move out of the way, and she watches Grant the way she might watch a drip rate.
}
{
- met_doreen:
    Doreen puts the puzzle book face down and gives you a small nod.
- wants == 1:
    Doreen lowers a puzzle book she has been holding very close to her face, and looks straight at Grant, like someone waiting for a verdict.
- wants == 2:
    Doreen lowers a puzzle book she has been holding very close to her face. Her phone is on the blanket, a text on the screen from Karen: RING ME WHEN THEY'VE BEEN X.
- else:
    Doreen is lying back with her eyes shut. She opens them when the curtain rattles, and looks from one stranger to the next.
}
You are holding her observation chart. Capillary glucose at 06:00: { glucose == 1: 4.1 mmol/L.|3.6 mmol/L, treated; 5.2 at 06:15.} Glargine, forty units, given at 22:00; forty units charted again for tonight.
{ backup == 1:
    Across the bed, Priya catches your eye and gives you the smallest nod.
- else:
    Priya stares at the drug chart as if it might save her.
}
Go on, then. # speaker: grant
* [Ask Mrs Walsh if she'd like to tell it herself, and add the results after # move: open-question # move: address-patient # move: offer-control # why: Doreen is offered the telling of her own story in front of the consultant; the round stops for it, which suits her only if she has the energy to tell it again.]
    ~ shift(respect, 1)
    ~ shift(waiting, 2)
    Mrs Walsh, would you like to tell Dr Grant what happened, in your own words? # speaker: student
    { wants == 3:
        ~ shift(trust, -2)
        ~ shift(autonomy, 2)
        Oh, love. I've told it four times since midnight. # speaker: doreen # mood: withdrawn
        She tells it a fifth time anyway, eyes half shut: the garden gate, the shivers, June next door making her come in. Grant looks at his watch twice.
    - else:
        ~ shift(trust, 6)
        ~ shift(autonomy, 6)
        Grant glances at his watch, but he lets her.
        Caught my shin on the garden gate Saturday. By Sunday night it was red and hot and I was shivering like a wet dog. I'd not have come in at all, with my husband at home, only June next door made me. # speaker: doreen # mood: guarded
        Clearer than most of my registrars. # speaker: grant
    }
* [Present to the team in the usual shorthand # move: jargon # move: detach # why: The round gets a tidy thirty-second summary and Doreen hears herself discussed in words she cannot use, as if she were the woman in the next bed.]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    Seventy-two-year-old lady, type 2 diabetic on basal insulin, BMI 38. Three days of left lower limb erythema and swelling, febrile, CRP 148. Cellulitis. # speaker: student
    Competent. Dull, but competent. # speaker: grant
    Doreen looks from face to face, as if you were discussing the woman in the next bed.
* [Face Mrs Walsh and present it to her as much as to the team, in plain words # move: plain-language # move: address-patient # why: Doreen hears her own story told to her face in words she can correct, without having to tell it again; it takes a minute longer than the shorthand.]
    ~ shift(waiting, 1)
    ~ shift(trust, 5)
    ~ shift(autonomy, 3)
    Mrs Walsh, stop me if I get anything wrong. You knocked your shin on Saturday; by Sunday it was red, hot and swollen and you were shivery. It's an infection, so you're on antibiotics through a drip. # speaker: student
    That's it. And I was sick in June's car. Don't tell her. # speaker: doreen # mood: warm
    A bedside manner. How novel. # speaker: grant
- -> the_remark

=== the_remark
Grant is good at this. He asks before he lifts the blanket, and his hands are gentle. He marks the edge of the redness with a skin pen, then parts her toes.
There's the way in. Athlete's foot. Treat that, or she's back in a month. # speaker: grant
He straightens up and says to the team, at full volume:
Well. We'll need the reinforced bed, eh? And someone warn the physios. # speaker: grant
Sam laughs, briefly. The bay goes quiet. Doreen pulls the blanket up over her stomach and looks at the window.
* [Turn to Mrs Walsh and ask how the leg feels this morning # move: address-patient # move: open-question # move: bystander-distract # why: Doreen is spoken to rather than about straight after being laughed at, and the moment moves on without a scene over her bed; the remark itself goes unnamed.]
    ~ shift(autonomy, 1)
    Mrs Walsh, how does the leg feel this morning? # speaker: student
    Sore. Better than yesterday. # speaker: doreen # mood: guarded
    {
    - wants == 1:
        ~ shift(trust, 2)
        She answers you, but her eyes stay on Grant, as if she is waiting for somebody to say it.
    - wants == 2:
        ~ shift(trust, 3)
        She says it to you, not to the team.
    - else:
        ~ shift(trust, 5)
        She says it to you, not to the team, and lets her head go back on the pillow. Nobody is looking at her stomach any more.
    }
* [Say to Dr Grant, in front of the team: "Mrs Walsh can hear us." # move: bystander-direct # move: challenge-prejudice # why: The remark is named at the bedside where Doreen heard it; she sees someone on the team take her side, and the round stops on her bed, in front of the bay, while Grant decides how to take it.]
    ~ addressed = true
    ~ shift(waiting, 1)
    Mrs Walsh can hear us. # speaker: student
    {
    - wants == 3:
        ~ shift(trust, 1)
        Don't, love. Leave it. # speaker: doreen # mood: distressed
        Heads turn along the bay. Doreen pulls the blanket higher, as if the whole ward were now looking at her stomach. Grant looks at you for a long second.
    - wants == 1:
        ~ shift(trust, 12)
        It comes out quieter than you meant. Sam stops smiling. Doreen looks at you as if you have just passed something. Grant looks at you for a long second.
    - else:
        ~ shift(trust, 10)
        It comes out quieter than you meant. Sam stops smiling. Grant looks at you for a long second.
    }
    { backup == 2:
        ~ shift(trust, 2)
        She can. So can the whole bay, Dr Grant. # speaker: bernie
    }
    -> bristle
* [Ask Dr Grant a clinical question, to move the moment on # move: bystander-distract # why: Grant gets a question he enjoys and the round moves on from the joke; Doreen is still holding the blanket, and nobody has said that she heard it.]
    ~ shift(respect, 1)
    ~ shift(trust, 2)
    How do you tell cellulitis from a clot at the bedside? # speaker: student
    Grant turns, pleased.
    One leg, spreading redness, a way in, a fever, a soft calf. Where there's real doubt, you score it and scan. Here there isn't. Good question. # speaker: grant
    The moment passes. Doreen is still holding the blanket.
* [Say nothing. There are ten more beds, and he signs your form on Friday # move: stay-silent # why: The joke stands unanswered in front of Doreen, and she sees every face in the circle, yours included, let it go.]
    ~ shift(trust, -6)
    You study the drug chart. Nobody says anything.
    Doreen's eyes go round the circle of faces and stop on yours. Then they go back to the window.
- -> bloods

= bristle
Do you want to run the round, or shall I? # speaker: grant
{ backup == 2:
    Bernie folds her arms. She says nothing, and doesn't need to.
}
* [Back down: "Sorry. Carry on." # move: stay-silent # why: Doreen saw you try and then stop; the remark stands, and so does the lesson that it costs too much to say it.]
    ~ bristled = true
    ~ shift(trust, -3)
    Sorry. Carry on. # speaker: student
    Doreen saw you try. She also saw you stop.
* [Hold it: "Neither. I just think she heard that, and it hurt." # move: bystander-direct # why: You keep the point on what the remark did to Doreen, not on Grant's character, which leaves him a way to put it right to her face; the round waits while he does.]
    ~ grant_sorry = true
    ~ shift(waiting, 1)
    ~ shift(trust, 7)
    ~ shift(autonomy, 3)
    Neither. I just think Mrs Walsh heard that, and it hurt. # speaker: student
    Grant breathes out through his nose. Then he turns to the bed.
    Mrs Walsh. That was a cheap remark, and you didn't deserve it. I apologise. # speaker: grant
    Apology accepted. Just about. # speaker: doreen # mood: guarded
* [Turn to Mrs Walsh instead: "I'm sorry. That wasn't fair on you." # move: apologise # move: address-patient # why: Doreen hears an apology from the team, though not from the man who made the joke; Grant is left unanswered, and says nothing.]
    ~ bristled = true
    ~ shift(trust, 4)
    ~ shift(autonomy, 2)
    I'm sorry, Mrs Walsh. That wasn't fair on you. # speaker: student
    Doreen gives you a small nod. Grant says nothing, which from Grant is a kind of answer.
- -> bloods

=== bloods
Grant opens the results on the computer.
HbA1c... Dr Nair. Where is the HbA1c? # speaker: grant
I requested it overnight. The lab hasn't... # speaker: priya # mood: distressed
You requested it. Well, that's the main thing. A diabetic with an infected leg, and we're flying blind because nobody picked up a phone. I've had more use out of final-year students. # speaker: grant
He turns to you.
Haven't I? # speaker: grant
Priya's face goes very still. Doreen watches the way she must have watched thirty-eight years of playgrounds.
{ glucose == 2:
    There is a sheen of sweat on Doreen's top lip, and the hand on the blanket is trembling. Her breakfast tray is on the table, untouched.
}
* [Keep your eyes on the obs chart until it passes # move: stay-silent # why: Priya takes it alone in front of a patient, and learns that nobody in the circle will stand with her.]
    ~ shift(trust, -4)
    ~ shift(priya, -4)
    Grant decides he doesn't need your answer.
    Sorry. I'll chase it. Sorry. # speaker: priya # mood: distressed
* [Offer the facts and a task: it was requested, and you can ring the lab now # move: bystander-distract # why: Priya's request is put on the record in front of everyone and Grant gets a job instead of a target; his manner itself goes unnamed, so nothing has to be won or lost in front of Doreen.]
    ~ shift(priya, 8)
    ~ shift(respect, 1)
    ~ shift(trust, 3)
    { knew_request:
        It was requested at 02:14, with the admission bloods. I can ring the lab now. # speaker: student
    - else:
        I think it went with the admission bloods. I can ring the lab and check. # speaker: student
    }
    Then ring them. # speaker: grant
    A pause.
    Thank you. # speaker: grant
    Priya lets out a breath she has been holding since seven.
* [Name it: "Could we go through the bloods away from the bedside?" # move: bystander-direct # why: You say, in front of Doreen, that this is not the place; whether it protects Priya or leaves you both exposed depends on whether anyone else in the circle speaks up with you.]
    ~ addressed = true
    ~ shift(trust, 4)
    Could we go through the bloods away from the bedside? # speaker: student
    {
    - backup == 1:
        ~ shift(priya, 12)
        Priya lifts her head. # speaker: priya
        It was requested at 02:14 with the admission bloods, Dr Grant. The lab hasn't run it. I'll ring them straight after the round. # speaker: priya # mood: guarded
        Grant looks from her to you, and for once has nothing ready.
        After the round, then. # speaker: grant
    - backup == 2:
        ~ shift(priya, 10)
        The lab rang the ward at seven, Dr Grant. The sample clotted. Dr Nair's request was fine; I've sent another. # speaker: bernie
        Grant looks at Bernie, then at you, and lets it go.
    - else:
        ~ shift(priya, 3)
        I beg your pardon? # speaker: grant
        I'll chase it, boss. Bed five's the one the bed manager keeps ringing about. # speaker: sam
        Grant looks at you, then at Sam, and lets it go. For now. Priya does not look up.
        { not grant_sorry:
            ~ bristled = true
        }
    }
* [Give a small, embarrassed laugh, so it's over sooner # move: stay-silent # move: detach # why: The laugh joins the humiliation; Priya stops looking at you, and Doreen sees which side of the circle you are on.]
    ~ shift(priya, -8)
    ~ shift(trust, -7)
    The laugh is out before you've decided to make it. Grant looks satisfied. Priya doesn't look at you again.
    Doreen does. It is the look she must have given kids who laughed in the dinner queue.
- -> plan

=== plan
Plan: IV flucloxacillin, tablets when the edge goes back. Elevate the leg. Cream for the feet. Insulin as charted; the diabetes team can look at her sugars when they get to her. Dietitian for the weight. Home Thursday. # speaker: grant
Any questions, Mrs Walsh? No? Splendid. # speaker: grant
He is already turning to bed five, where the bed manager waits with a clipboard. # sfx: curtain
{ glucose == 2:
    Doreen opens her mouth, and closes it again. She is sweating now, and when she lifts the puzzle book her hand shakes so that the pages rattle.
- else:
    Doreen opens her mouth, and closes it again.
}
* {glucose == 2} [Tell Dr Grant now, in front of the team: the six o'clock sugar, and forty units charted again tonight # move: act-on-risk # why: Grant's plan is corrected in front of his team and the bed manager, and Doreen, who is going low as you speak, is checked and treated at once, with tonight's dose changed before the round moves on.]
    -> raise_now
* {glucose == 1} [Tell Dr Grant now, in front of the team: the six o'clock sugar, and forty units charted again tonight # move: act-on-risk # why: Grant's plan is corrected in front of his team. Doreen is well, but the dose still needs changing before 22:00, and a public correction alone may not be what changes it.]
    -> raise_now
* [Tell her the plan in everyday words before you follow # move: plain-language # move: address-patient # why: Doreen hears what the drip, the pen line and Thursday mean, in words she can use; the round waits at the next bed while you say it, and nothing changes about tonight's insulin.]
    ~ shift(waiting, 2)
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    The drip is the antibiotic. If the redness shrinks back inside that pen line, you can go home on tablets, maybe Thursday. And cream between your toes; that's where the germs got in. # speaker: student
    { glucose == 2:
        ~ dose_reviewed = true
        ~ shift(safety, -10)
        She nods slowly, as if the words are arriving from a long way off.
        Student! Today, please. # speaker: grant
        At 9:40 Bernie finds her grey and sweating: 2.8. Juice, then toast, then a recheck.
        Nobody on the round checked her while she shook. And I'm not giving her forty tonight without a review. # speaker: bernie
    - else:
        Thursday. # speaker: doreen # mood: guarded
        She says it like a date she has to make.
        Student! Today, please. # speaker: grant
    }
* [Stay a moment: "What questions do you have, Mrs Walsh?" # move: open-question # move: address-patient # why: Doreen is asked for her questions instead of told she has none; what she says depends on how far she trusts you, and the round waits two beds on while she says it.]
    ~ shift(waiting, 3)
    ~ shift(autonomy, 5)
    What questions do you have, Mrs Walsh? # speaker: student
    {
    - glucose == 2:
        ~ hypo_caught = true
        ~ dose_reviewed = true
        ~ shift(safety, 10)
        ~ shift(trust, 3)
        I've gone all shaky, love. Have you got a biscuit? # speaker: doreen # mood: distressed
        You fetch Bernie. 3.1. Juice, then toast; 5.6 ten minutes later. By then the round is two beds on, and Grant has sent Sam back to ask what you're playing at.
        I'll not give her forty tonight till somebody's reviewed it. # speaker: bernie
    - trust >= 45:
        ~ shift(trust, 3)
        Can it be before Thursday? My husband's not well. And I'm not seeing a dietitian. You can tell him that. # speaker: doreen # mood: guarded
        Student! Today, please. # speaker: grant
    - else:
        No, love. You'd best go. He's waiting. # speaker: doreen # mood: withdrawn
    }
* [Tell Mrs Walsh the round must move on and you'll be back at eleven; flag the sugar to Priya between beds # move: keep-to-time # why: The round keeps moving for the thirteen people still waiting, Doreen knows when you will be back, and the dose goes to the doctor who writes the chart and the diabetes team; if something is wrong with her now, it waits too.]
    ~ promised = true
    ~ shift(trust, 2)
    Mrs Walsh, the round has to move on; there are thirteen more people to see. I'll be back at eleven to go through all of it with you. # speaker: student
    { wants == 3:
        Eleven. Good. I'll have my eyes shut till then. # speaker: doreen # mood: relieved
    - else:
        I'll hold you to eleven. # speaker: doreen # mood: neutral
    }
    Between beds five and six, you catch Priya.
    { glucose == 1:
        ~ dose_reviewed = true
        ~ shift(safety, 8)
        Bed four was 4.1 at six after her forty units, and forty's charted again for tonight. # speaker: student
        Priya looks at the chart.
        Not a hypo; that's under four. But it's well under the six to ten we aim for on the ward, after her full forty, and she's eating less in here than at home. I'll ring the diabetes nurse and run it past Sam before I touch it. # speaker: priya # mood: neutral
        By the end of the round it is done: down by a fifth, to thirty-two, sugars before meals and at bedtime, and titrate from there. Sam tells Grant between beds. Grant grunts.
    - else:
        ~ dose_reviewed = true
        ~ shift(safety, -10)
        Bed four had a 3.6 at six, and forty's charted again for tonight. # speaker: student
        Priya nods, writing. Then Bernie's voice carries across the bay: bed four's 2.8, juice, please.
        When you get back, Doreen is grey and sweating, Bernie's hand on her shoulder and a second carton of juice on the table. Nobody on the round had checked her while she shook.
        I'm not giving her forty tonight without a review. # speaker: bernie
    }
* [Follow the round; Priya will explain the plan to her later # move: detach # why: The round keeps its pace, and Doreen is left with a plan said over her head, a question she never asked and tonight's insulin unchanged.]
    ~ shift(autonomy, -3)
    You follow Grant. Behind you, Doreen picks up her puzzle book and doesn't open it.
    { glucose == 2:
        ~ dose_reviewed = true
        ~ shift(safety, -10)
        At 9:40 Bernie finds her grey and sweating: 2.8. Juice, then toast, then a recheck.
        Nobody on the round checked her while she shook. And I'm not giving her forty tonight without a review. # speaker: bernie
    }
- -> after_round

= raise_now
~ raised = true
~ shift(waiting, 1)
{ glucose == 2:
    ~ hypo_caught = true
    ~ dose_reviewed = true
    ~ shift(respect, 1)
    ~ shift(safety, 20)
    ~ shift(trust, 4)
    ~ shift(waiting, 1)
    Dr Grant, sorry. Mrs Walsh is sweaty and shaking. She was 3.6 at six after her forty units, she's had no breakfast, and forty is charted again tonight. Could we check her sugar now? # speaker: student
    Grant's jaw tightens: he has just said "as charted", in front of everyone. Then he looks at her properly.
    Sister! Sugar on bed four, please. Now. # speaker: grant
    3.1. Bernie puts a carton of orange juice in Doreen's hand inside a minute.
    Your sugar's gone low, Mrs Walsh. That's the shakes and the sweat. Drink that, and the nurse will check it again in ten minutes. # speaker: student
    I thought it was the heat in here. # speaker: doreen # mood: relieved
    Tonight's glargine comes down by a fifth. Sugars before each meal and at bedtime, and the diabetes nurse today. Dr Nair, write it now, please. # speaker: grant
    Ten minutes later she is 5.4 and eating toast. Grant doesn't say well done. He moves bed four to the top of the jobs list.
- else:
    Dr Grant, her sugar was 4.1 at six after the full forty units, and forty is charted again tonight. Should we review the dose? # speaker: student
    { backup == 0:
        ~ shift(respect, -1)
        ~ shift(trust, 1)
        Four point one is not a hypo, student. Insulin as charted. Next. # speaker: grant
        Priya writes "as charted" on the jobs list. Nobody in the circle says anything else, and Grant's look says he will remember being corrected in front of the bed manager.
    - else:
        ~ dose_reviewed = true
        ~ shift(safety, 8)
        ~ shift(trust, 2)
        { backup == 1:
            It isn't a hypo, but it's well under the six to ten we aim for on the ward, after her full dose, and she's eating half what she eats at home. # speaker: priya # mood: guarded
        - else:
            She's under six on a full dose, Dr Grant. I'm not giving her forty tonight without a review. # speaker: bernie
        }
        Grant looks at the chart for a long second.
        Fine. Down by a fifth, sugars before meals and at bedtime, and titrate. And don't make a habit of teaching me diabetes on my own round. # speaker: grant
    }
}
-> after_round

=== after_round
The round finishes at 10:50. Grant heads for the bed meeting and points at you on the way.
Bed four: medicines, dietitian referral, and make sure she can manage her insulin before Thursday. # speaker: grant
In the doctors' office Priya is typing the jobs list very fast. Sam pats her shoulder on his way out.
Don't take it personally. He's like that with everyone. Best physician I've ever worked with. # speaker: sam
The bleep goes, and he's gone. # sfx: pager
- (jobs)
* {not dose_reviewed} [Before anything else, ask Priya to review tonight's glargine: forty units after a six o'clock sugar of 4.1 # move: act-on-risk # move: seek-supervision # why: Tonight's forty units is changed before it is given, not after Doreen wakes up low; Priya gets one more job on a bad morning, and how she is can wait five minutes.]
    ~ dose_reviewed = true
    ~ shift(safety, 8)
    Before the jobs list: bed four's glargine. 4.1 at six after forty units, and forty again tonight. # speaker: student
    { raised:
        He said as charted, on the round. I'm not changing that on my own. I'll ring the diabetes nurse now, and tell Sam. # speaker: priya # mood: guarded
    - else:
        Oh God. Yes. I'll ring the diabetes nurse and run it past Sam. # speaker: priya # mood: distressed
    }
    Under four is a hypo, and she isn't that. But she's well under the six to ten we aim for on the ward, after her full forty, and she's eating less in here than at home. # speaker: priya # mood: neutral
    Twenty minutes later the diabetes nurse has looked at the chart and Sam has agreed it by phone: down by a fifth, to thirty-two, sugars before meals and at bedtime, and titrate from there. Sam will tell Grant after the bed meeting.
    -> jobs
* [Catch Sam in the corridor and ask him to look out for Priya # move: bystander-delegate # why: The registrar Grant listens to is asked to act for Priya; it costs you nothing with Grant, and whether anything happens is now up to Sam.]
    ~ delegated = true
    ~ shift(priya, 4)
    He won't change, you know. But I'll have a word. He listens to me. # speaker: sam
    He doesn't say when.
    -> doreen_visit
* [Sit down next to Priya: "That wasn't okay. How are you doing?" # move: bystander-delay # why: Priya hears from someone who was there that it was not okay, and gets to say what she wants done about it before anyone does anything.]
    That wasn't okay, what he said. How are you doing? # speaker: student
    -> priya_talk
* [Leave her to it. She's busy, and it isn't your place # move: stay-silent # why: Priya types on alone; nobody who saw it has said a word to her, and she reads that as agreement.]
    ~ shift(priya, -6)
    You pick up Doreen's drug chart and go. Behind you, the typing stops for a moment, then starts again.
    -> doreen_visit

= priya_talk
~ shift(priya, 6)
~ priya_asked = true
Third time this week. I check everything twice, and I still get it wrong. # speaker: priya # mood: distressed
You didn't get it wrong. The lab didn't run it. # speaker: student
I've been looking at jobs in Australia. Or out of medicine. Please don't report anything. He's my clinical supervisor; he signs me off. # speaker: priya # mood: distressed
* [Respect that, and offer to write down what you saw, in case she ever wants it # move: bystander-document # why: Priya keeps control of what happens next and gets a record she can use later if she chooses; nothing changes on Grant's round tomorrow.]
    ~ documented = true
    ~ shift(priya, 6)
    Okay. But I'll write down what I saw, times and who was there, and send it to you. It's yours if you ever want it. # speaker: student
    Just to me. Not anyone else. Thank you. # speaker: priya # mood: relieved
* [Tell her you think it has to be reported, and you're going to, whatever she decides # move: escalate # why: The behaviour goes to people who can act on it, and Priya, who asked you not to, loses control of her own story; what was said to Doreen is also yours to report.]
    ~ escalated = true
    ~ shift(priya, -6)
    I think someone has to report it. I'm going to, whatever you decide. # speaker: student
    Then leave my name out of it. Please. # speaker: priya # mood: angry
* [Suggest her educational supervisor or the Freedom to Speak Up guardian, and offer to go with her # move: bystander-delegate # why: Priya hears that there are people who can act who are not Grant, and that she need not walk in alone; the choice of whether to go stays hers.]
    ~ delegated = true
    ~ shift(priya, 6)
    Your educational supervisor isn't Dr Grant. And there's the Freedom to Speak Up guardian. I'd come with you. # speaker: student
    Dr Aziz is nice. Would you really come? # speaker: priya # mood: guarded
- -> doreen_visit

=== doreen_visit
{ promised:
    11:00, as you promised. Back to bed four with the drug chart and a dietitian referral form. Sister Bernie Doyle, the ward sister, is doing Doreen's observations.
- else:
    11:20. Back to bed four with the drug chart and a dietitian referral form. Sister Bernie Doyle, the ward sister, is doing Doreen's observations.
}
{ promised:
    ~ shift(trust, 2)
}
{
- trust >= 60:
    Doreen sees you coming and moves her puzzle book off the chair, so you can sit.
- trust >= 40:
    Doreen is doing her puzzle book, very close to her face. She looks up, and waits.
- else:
    Doreen's coat is folded on the chair, her handbag on top. She is asking Bernie what you have to sign to go home.
}
* [Start with the jobs: your medicines, and a referral to the dietitian # move: narrow-agenda # move: detach # why: The visit is about the team's forms before it is about her morning; Doreen hears "dietitian" from the team again, an hour after the joke.]
    ~ shift(trust, -5)
    I need to go through your medicines, and do a referral to the dietitian. # speaker: student
    Dietitian. Course you do. # speaker: doreen # mood: withdrawn
    -> dietitian_form
* [Say sorry, specifically, for what happened on the round # move: apologise # move: bystander-delay # why: Doreen hears someone from the round name what happened to her and own their part in it, which is the first thing this morning that has been about her and not about the team.]
    ~ checked_in = true
    { addressed:
        ~ shift(trust, 6)
        I'm sorry about what was said on the round. You shouldn't have had to hear it. # speaker: student
    - else:
        ~ shift(trust, 9)
        I'm sorry about this morning. I was standing right there when he said it, and I didn't say anything. I should have. # speaker: student
    }
    -> her_side
* [Sit down, and ask how she's doing after this morning # move: bystander-delay # move: open-question # why: Doreen gets room to say what the morning was like in her own words, if she wants to, without being handed an account of it first.]
    ~ checked_in = true
    ~ shift(trust, 5)
    How are you doing, after this morning? # speaker: student
    -> her_side

= her_side
{
- trust >= 50:
    Thirty-eight years in a school canteen, love. I've been called everything. I didn't think I'd get it from a doctor, in a bed I can't get out of. # speaker: doreen # mood: distressed
    And that poor girl. We'd have had words with a dinner lady who did that. # speaker: doreen # mood: angry
    { trust >= 58:
        ~ avoid_told = true
        ~ shift(trust, 3)
        I'll tell you something. I stopped going to the diabetes clinic two years ago. The nurse weighed me in the corridor and said, "We've gone up again, haven't we?" # speaker: doreen # mood: guarded # disclose: avoided-care
        So I stopped. Eyes, feet, bloods, the lot. # speaker: doreen # mood: withdrawn
    }
- else:
    I'm fine. I've heard worse. # speaker: doreen # mood: withdrawn
    She holds the puzzle book up close to her face, the way you'd hold up a newspaper on a bus.
}
-> dietitian_form

=== dietitian_form
In the referral box marked reason, someone has already written: BMI 38.
{ trust >= 45:
    You'll not be sending me to a dietitian. I know what I weigh. I've known since 1975. # speaker: doreen # mood: guarded
- else:
    And I'm not seeing any dietitian. You can tell him that. # speaker: doreen # mood: angry
}
* [Explain that the referral is about healing and sugars, not the scales, and leave the choice with her # move: plain-language # move: offer-choice # why: Doreen hears that the referral is about healing and sugars, not the scales, and that the answer is hers; she can say yes later on her own terms.]
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    It isn't about the scales. When sugars run high, skin heals slowly and fights infection less well. A dietitian can help with that, if and when you want. Your choice. # speaker: student
    { trust >= 50:
        ~ dietitian = "later"
        Maybe. Not this week. And not one who weighs me in a corridor. # speaker: doreen # mood: guarded
    - else:
        Not this week. # speaker: doreen # mood: guarded
    }
* [Encourage her: it would help the leg heal, and look good for Thursday # move: leverage-dependence # why: Doreen hears that going home on Thursday may depend on saying yes to the dietitian, so her yes is about the discharge, not about wanting the help.]
    ~ dietitian = "pushed"
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    It would really help the leg. And it'll look good for Thursday if it's done. # speaker: student
    Will it. Put me down, then. # speaker: doreen # mood: withdrawn
* [Tell her it's her choice, and ask what matters most to her this week # move: affirm-refusal # move: elicit-values # why: Doreen hears that no is an answer nobody will hold against her, and is asked what she cares about instead of what she weighs.]
    ~ shift(trust, 4)
    ~ shift(autonomy, 8)
    That's your decision, and nobody will make you. What matters most to you this week? # speaker: student
    Doreen looks at you properly, as if checking that you meant it.
- -> home

=== home
{
- trust >= 45:
    ~ ken_told = true
    ~ shift(autonomy, 3)
    Thursday's too long, love. It's my Ken. He's got Alzheimer's. June next door is sitting with him, but she's eighty-one, and some days he doesn't know her. # speaker: doreen # mood: distressed # disclose: ken
    He gets frightened when I'm not there. I need to get home. That's all I want. # speaker: doreen # mood: guarded
- else:
    I just need to get home, love. That's all. # speaker: doreen # mood: withdrawn
}
{
- wants == 2:
    And our Karen wants in on everything. She'll ring at one, on her break. She's been on at me for months. # speaker: doreen # mood: neutral
- else:
    Our Karen's got three kids and a job at the Co-op. I'm not having her running round after me. # speaker: doreen # mood: guarded
}
Last job: her insulin. The pen she brought from home is in her locker, next to her reading glasses.
* [Check the chart with her: "Forty units of glargine at night, is that right?" # move: narrow-agenda # move: jargon # why: Doreen is offered a number to agree with, and agreeing is easier than explaining; whatever the problem is, a yes hides it.]
    ~ asked = "closed"
    It says forty units of glargine at night. Is that right? # speaker: student
* [Ask if she'd show you how she sets the dose on her own pen # move: teach-back # move: address-patient # why: Doreen can let the pen show the problem instead of having to confess it, which is the lowest bar for saying something she is ashamed of.]
    ~ asked = "show"
    Would you show me how you set the dose on your pen? # speaker: student
* [Ask her to talk you through how she does her insulin at home # move: open-question # move: plain-language # why: Doreen gets to tell it her way from the start, which needs more trust and more energy than showing you, and she may stop short of the hard part.]
    ~ asked = "open"
    Can you talk me through how you do your insulin at home? From when you pick up the pen. # speaker: student
* [Ask if she'd like her daughter Karen on the phone while you go through her insulin # move: consult-family # move: address-patient # why: Doreen decides whether her daughter hears this; it helps if Karen is who she wants beside her, and it is one more person to face if she is not.]
    ~ asked = "karen"
    Would you like Karen on the phone while we go through your insulin? # speaker: student
- -> insulin

=== insulin
// The gate: an open question needs trust 60; being asked to show lowers it to 52 (48 for a
// Doreen who likes things straight); a whole account is more than a tired Doreen wants to give
// (65). Having told you why she stopped going to clinic lowers it by 4. A closed question
// never opens it. Karen on the phone opens it when Karen is who she wanted.
~ temp gate = 60
{ asked == "show":
    ~ gate = 52
}
{ asked == "show" && wants == 1:
    ~ gate = 48
}
{ asked == "open" && wants == 3:
    ~ gate = 65
}
{ avoid_told:
    ~ gate = gate - 4
}
{
- asked == "closed":
    -> nods
- asked == "karen" && wants == 2:
    -> karen_call
- asked == "karen":
    -> karen_declined
- trust >= gate:
    -> tells
- else:
    -> covers
}

= nods
The long one, yes. Forty. # speaker: doreen # mood: neutral
She says it quickly. Her eyes go to the pen in the locker, and away again.
-> not_told

= karen_declined
~ shift(trust, -3)
{ wants == 1:
    I can speak for myself, love. Ask me what you want to ask. # speaker: doreen # mood: guarded
- else:
    Don't ring her at work. She'll only fret, and then I'll have to calm her down. # speaker: doreen # mood: withdrawn
}
{ trust >= 60:
    -> tells
- else:
    -> covers
}

= karen_call
~ shift(trust, 4)
You ring Karen on speaker. There is a shop noise behind her, then a door, then quiet.
Karen's voice, fast and worried: Mum? Is it bad? Have you told them? Mum. Tell them about the pen. Tell them or I will.
-> tells

= covers
{ asked == "show":
    She holds the pen up to the window, then puts it down on the blanket.
    Not with you watching, love. I get nervous with an audience. # speaker: doreen # mood: guarded
- else:
    I manage. Ken reminds me. # speaker: doreen # mood: guarded
    She looks away, as if she has heard what she just said.
}
-> not_told

= tells
~ insulin_known = true
~ shift(trust, 4)
~ shift(safety, 10)
{ asked == "show":
    She holds the pen close to her face, then at arm's length, then up to the window. She turns the dial and listens to it click.
- else:
    She is quiet for a while. Then she takes the pen out of the locker and turns it over in her hands.
}
I can't read it. The little window with the numbers. Not since the summer. # speaker: doreen # mood: distressed # disclose: insulin
Ken used to read it out. "Forty, Dor." Then one night he said four hundred, and laughed, and I knew he'd gone a bit further away. # speaker: doreen # mood: distressed
So I guess. Some nights I skip it, in case I take too much and go funny on the stairs with nobody to find me but Ken. # speaker: doreen # mood: distressed
If they know I can't manage, they'll say I can't look after him. They'll put him in a home. # speaker: doreen # mood: distressed
It explains the 21 on arrival, and the { glucose == 1: 4.1|3.6} at six: last night, in hospital, she had her full forty units for the first time in weeks. { avoid_told: And why nobody has looked at her eyes for two years. }
-> act_on_it

=== act_on_it
* [Tell her not to worry: the team will sort it all out, district nurses and an assessment for them both # move: rescue # move: decide-for # why: Doreen's problem is taken off her and solved by others, and the word she fears most, assessment, lands on Ken as well as on her.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -6)
    Don't worry. The team will sort it all out: district nurses, and an assessment for the two of you. # speaker: student
    Assessment. That's what they said about my mother, and she never came home. # speaker: doreen # mood: withdrawn
* [Thank her, and ask what would help her keep managing at home # move: authentic-connection # move: cooperative-goals # move: elicit-values # why: Doreen is thanked for the hardest thing she has said all week and asked what help she would choose, which suits her if she wants to shape it and leaves her searching if she wanted an answer.]
    Thank you for telling me. That sounds frightening, carrying it on your own. What would help you keep managing at home? # speaker: student
    {
    - wants == 1:
        ~ shift(trust, 2)
        ~ shift(autonomy, 2)
        I don't know, love. That's why I'm telling you. What would you do? # speaker: doreen # mood: guarded
    - wants == 2:
        ~ shift(trust, 5)
        ~ shift(autonomy, 4)
        Somebody to read the numbers till my eyes are seen to. And Karen could do Sundays, if I let her. I'm not daft. I just can't see. # speaker: doreen # mood: relieved
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        I don't know, love. I'm that tired. Somebody to read the numbers, I suppose. # speaker: doreen # mood: withdrawn
    }
* [Lay out what can help, a pen she can read, district nurses, an eye check, and that none of it means Ken goes anywhere # move: plain-language # move: offer-choice # why: Doreen hears the real options and that none of them costs her Ken, and can pick what suits her; it is a lot to take in from a hospital bed.]
    There are ways round this. The diabetes nurse can find you a pen with a bigger window and bigger numbers, or a magnifier that clips on to your pen, and a district nurse can come and give it, or do it with you, until your eyes are seen. Someone should look at your eyes soon. None of that means anything happens to Ken. # speaker: student
    {
    - wants == 3:
        ~ shift(trust, 3)
        ~ shift(autonomy, 3)
        That's a lot, love. The nurse coming sounds all right. # speaker: doreen # mood: neutral
    - wants == 1:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        A magnifier. Ken'll think I'm doing the crossword. But which would you do? # speaker: doreen # mood: guarded
    - else:
        ~ shift(trust, 3)
        ~ shift(autonomy, 4)
        A magnifier. Ken'll think I'm doing the crossword. I'll see what Karen says. # speaker: doreen # mood: warm
    }
* [Tell her straight what you'd recommend, and why, and ask if it fits # move: recommend-clearly # why: Doreen gets a clear answer from someone on her side, with the reasons, and is asked whether it fits her life; that is what she asked for if she wanted it straight, and one more voice deciding if she did not.]
    Here's what I'd recommend. A district nurse for your insulin until your eyes are checked, because guessing is how people end up on the floor. An eye appointment soon. And the diabetes nurse to get you a pen with a bigger window, or a magnifier that clips on to it. None of it touches Ken. Does that fit? # speaker: student
    {
    - wants == 1:
        ~ shift(trust, 8)
        ~ shift(autonomy, 4)
        That's straight. Yes. That fits. # speaker: doreen # mood: relieved
    - wants == 2:
        ~ shift(trust, 3)
        ~ shift(autonomy, 2)
        Maybe. I'd want Karen to hear it before I say yes. # speaker: doreen # mood: guarded
    - else:
        ~ shift(trust, 5)
        ~ shift(autonomy, 3)
        Yes, love. That'll do. I'm glad somebody's said what to do. # speaker: doreen # mood: relieved
    }
- -> who_tells

=== who_tells
The team needs to know before anyone signs her discharge.
{ wants == 3:
    You tell them, love. I can't go through it again. Just tell me what they say. # speaker: doreen # mood: withdrawn
}
* [Write it in the notes and hand it over to Priya # move: decide-for # why: The facts reach the team and the plan gets made, but it is made about Doreen, from your notes, with nobody asking her what she thinks of it.]
    ~ shift(autonomy, -4)
    ~ shift(safety, 5)
    You write a careful entry. Priya refers her to the district nurses and the diabetes nurses. Nobody asks Doreen what she thinks of the plan.
* [Suggest she tells Dr Grant herself on tomorrow's round, and offer to stand with her # move: offer-control # move: address-patient # why: Doreen gets the chance to say it herself to the man who laughed at her, with you where she can see you; it is a bigger ask than today, and it waits a night.]
    ~ tell_tomorrow = true
    ~ shift(autonomy, 4)
    Would you tell Dr Grant yourself, tomorrow? I'll be right there. # speaker: student
    { wants == 3:
        ~ shift(trust, -3)
        I've just said I can't, love. # speaker: doreen # mood: withdrawn
    - else:
        Him. Go on, then. You stand where I can see you. # speaker: doreen # mood: guarded
    }
* [Ask if she'd tell Priya and Sister Doyle now, with you there, so she's part of the plan # move: address-patient # move: offer-control # why: The plan can be made with Doreen today, in her words, if she has the nerve and the energy to say it twice.]
    ~ shift(autonomy, 6)
    Could we tell Dr Nair and Sister Doyle now, together? Then the plan's made with you, not about you. # speaker: student
    {
    - wants == 3:
        ~ shift(trust, -4)
        I've just said. I can't say it twice. You tell them. # speaker: doreen # mood: withdrawn
    - trust >= 55:
        ~ plan_with_her = true
        ~ shift(safety, 5)
        Go on. Before I lose my nerve. # speaker: doreen # mood: guarded
        Doreen tells it herself. Bernie pulls up a chair. District nurses for the insulin until her eyes are seen; an urgent eye check; the diabetes nurse to find her a pen she can read; a carer's assessment, to get her help rather than take Ken away.
        And one of them magnifiers for the pen, if they've got them. # speaker: doreen # mood: warm
    - else:
        ~ shift(safety, 5)
        You tell them. I can't say it twice. # speaker: doreen # mood: withdrawn
    }
* {wants == 3} [Do as she asks: tell Priya and Sister Doyle for her, then come back and tell her what they said # move: respect-delegation # why: Doreen, who knows what the problem is and what could help, is spared telling it twice, and still hears what is planned and that she can change it.]
    ~ plan_with_her = true
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    ~ shift(safety, 5)
    You tell them, in her words. Then you come back to bed four. # speaker: student
    District nurses for the insulin until your eyes are seen. An eye check this week. The diabetes nurse will bring you a pen you can read. If any of it doesn't sit right, tell Bernie or me, and it changes. # speaker: student
    That'll do me, love. Thank you. # speaker: doreen # mood: relieved
- -> afternoon

=== not_told
* [Write "Insulin: self-administers, independent" on the medicines form # move: detach # why: The form now says what the chart says and Doreen did not correct, and nobody will look at her pen again before she goes home.]
    ~ shift(safety, -8)
    It's what she told you, and what the chart says. Doreen watches you write it. She doesn't correct you.
* [Leave her your name, and tell her she can ask for you any time today # move: authentic-connection # why: Doreen has a name to ask for if she decides to say more; nothing about her insulin has changed yet.]
    ~ shift(trust, 4)
    I'm here till five. If anything's worrying you, ask for me. # speaker: student
    { trust >= 45:
        I might, love. I might. # speaker: doreen # mood: warm
    - else:
        Doreen nods, and goes back to the puzzle book.
    }
* [Ask if she'd like to do her own insulin on the ward tonight, with the nurse alongside # move: offer-control # move: cooperative-goals # why: Doreen keeps her own insulin in her own hands, and a nurse standing beside her will see what she cannot say.]
    ~ self_admin = true
    ~ shift(safety, 6)
    { trust >= 45:
        ~ shift(trust, 2)
    }
    Would you like to do your own insulin tonight, with the nurse alongside? It keeps your hand in for home. # speaker: student
    { trust >= 45:
        Go on, then. I'm sick of being done to. # speaker: doreen # mood: neutral
    - else:
        If I must. # speaker: doreen # mood: guarded
    }
* [Tell her you're asking the nurse to watch her do tonight's dose, and why: her sugars don't fit forty units a night # move: act-on-risk # why: Doreen hears plainly that her numbers worry you and what you are doing about it, and still does her own dose; the nurse knows to watch the window, and Doreen may feel watched.]
    ~ self_admin = true
    ~ shift(safety, 8)
    Your sugars don't fit with forty units a night, Mrs Walsh: 21 when you came in, { glucose == 1: 4.1|3.6} after a full dose here. I'm going to ask the nurse to watch you do tonight's, on your own pen, so we find out here rather than at home. # speaker: student
    { wants == 1:
        ~ shift(trust, 2)
        Fair enough. At least you've said why. # speaker: doreen # mood: neutral
    - else:
        ~ shift(trust, -2)
        Watching me. Like I'm a child. # speaker: doreen # mood: guarded
    }
- -> afternoon

=== afternoon
14:10. Grant is at the bed meeting. You have twenty minutes before teaching, and the morning is still sitting in your chest. { addressed: So is the look Grant gave you. }
* [Tell Sister Doyle what happened at bed four # move: bystander-delegate # why: The ward sister, who outranks the round on her own ward, hears it from you; she will sit with Doreen and have her own word with Grant.]
    ~ delegated = true
    ~ bernie_told = true
    ~ shift(trust, 4)
    I heard. Half the bay heard. Leave Doreen with me; I'll sit with her. And I'll have a word with him. I've been having words with consultants since before you were born. # speaker: bernie
* [Leave it. He signs your form on Friday, and you have finals in the spring # move: stay-silent # why: Your form is safe and nothing about the morning reaches anyone who could change it, for Doreen or for Priya.]
    You go to teaching. The session is on breaking bad news. You take good notes.
* {not documented} [Write down what you saw and heard, with times and who was there, while it's fresh # move: bystander-document # why: A plain record exists that Priya or Doreen could use later; on its own it changes nothing today.]
    ~ documented = true
    ~ shift(priya, 3)
    08:55, bay three, bed four. Within Mrs Walsh's hearing, Dr Grant said, "We'll need the reinforced bed, eh?" Present: Dr Okafor, Dr Nair, me. # speaker: student
    Then the HbA1c, word for word. No adjectives. You email it to yourself.
* {documented} [Finish the note you promised Priya, and send it to her # move: bystander-document # move: bystander-delay # why: Priya gets the record she was promised, hers to use or not; Grant's round is unchanged.]
    ~ shift(priya, 6)
    Times, words, who was there. No adjectives. You send it to Priya.
    Got it. Saving it somewhere he'll never look. # speaker: priya # mood: relieved
* {not escalated} [Raise it formally: the Freedom to Speak Up guardian, or your medical school's concerns form # move: escalate # move: bystander-delegate # why: What was said to Doreen goes to people with the authority to act, confidentially; it starts a process that neither you nor Priya will control.]
    ~ escalated = true
    { priya_asked:
        ~ shift(priya, -3)
    }
    Name of the staff member concerned. Your name. What you witnessed. { priya_asked: You leave Priya's name out, as she asked. }
    You think about Friday for a long time before you press send. The guardian replies within the hour: could you meet on Thursday? Your name stays confidential unless you agree otherwise.
* {escalated} [Send the report you told Priya you would make # move: escalate # move: bystander-document # why: The report goes in as you said it would, about what was said to Doreen, with Priya's name left out.]
    What was said to Mrs Walsh, when, who was there. Priya's name is nowhere in it.
    You think about Friday for a long time before you press send.
- -> sign_off

=== sign_off
17:05. Grant finds you at the nurses' station and signs your logbook. He has been in since six. # sfx: footsteps
{
- hypo_caught && raised:
    You stopped my round this morning. You were right to. # speaker: grant
- grant_sorry:
    About this morning. You embarrassed me in front of my team. You were also right. Don't make a habit of it. # speaker: grant
- bristled:
    You had a lot to say on my round this morning. # speaker: grant
    He signs without looking at the page.
- else:
    Decent week. You're quiet, though. Medicine needs people who'll say things. # speaker: grant
}
* [Thank him, and leave it there # move: stay-silent # why: The logbook is signed, and nothing of what Doreen and Priya heard reaches Grant.]
    Thanks, Dr Grant. # speaker: student
    He nods and goes. Your form says satisfactory.
* {grant_sorry} [Ask him whether he'd say the same to Priya # move: bystander-direct # why: The apology Doreen got is asked for Priya too, by the one person Grant has already listened to today.]
    ~ shift(priya, 8)
    Would you say the same to Priya? She did request the HbA1c. # speaker: student
    A long pause.
    Fine. I'll talk to her. # speaker: grant
* {not grant_sorry} [Tell him, away from the team, what the remark and the telling-off did to Mrs Walsh and to Priya # move: bystander-direct # why: Grant hears, away from his team, what his words did to Doreen and to Priya; whether he listens depends on what you and others have already done today.]
    ~ addressed = true
    Mrs Walsh heard what you said about the bed, and she stopped talking. And Priya had requested the test. She's thinking of leaving. # speaker: student
    {
    - bernie_told:
        ~ grant_sorry = true
        ~ late_sorry = true
        ~ shift(priya, 5)
        Sister Doyle has already been to see me. Both barrels. I'll go and see Mrs Walsh. # speaker: grant
    - respect >= 12:
        ~ grant_sorry = true
        ~ late_sorry = true
        ~ shift(priya, 5)
        Grant sits on the edge of the desk, which you have never seen him do.
        I was taught by a man who threw the notes at registrars. I thought I was the gentle one. I'll go and see her. # speaker: grant
    - else:
        Twenty-six patients, a hospital on black alert, eight discharges by noon. Noted. # speaker: grant
        He walks away. At the door he stops, as if to turn round, and then carries on.
    }
- -> wednesday

=== wednesday
Wednesday, 8:40. The round reaches bed four. The redness has drawn back well inside the pen line, and the HbA1c is back: 86. Two years ago it was 58. # sfx: footsteps
{
- glucose == 1 && not dose_reviewed:
    ~ shift(safety, -12)
    The night nurse's note: glargine forty units given at 22:00, as charted. 03:10, sugar 3.4, sweating and confused; juice and biscuits; 5.9 at 03:30. Nobody had changed the dose.
- dose_reviewed:
    The sugar chart since the dose came down to thirty-two: 7.8, 9.1, 8.4, 6.9. No lows.
}
Edge retreating, no fever. Tablets, and the bed manager wants this bed by lunchtime. # speaker: grant
{ grant_sorry:
    Grant pulls up the chair and sits down, level with Doreen. You have never seen him sit on a round.
    { late_sorry:
        He came to see me last night. Said sorry. Stood there like a boy sent to the head. # speaker: doreen # mood: warm
    }
}
{ self_admin && not insulin_known:
    ~ insulin_known = true
    Before anyone decides: Doreen did her own insulin last night, with me. She dialled twelve and thought it was { dose_reviewed: thirty-two|forty}. She can't read the window. # speaker: bernie
    I was going to say. # speaker: doreen # mood: distressed
}
{ tell_tomorrow:
    { trust >= 50:
        ~ plan_with_her = true
        Before you send me anywhere, doctor, there's something I need to tell you. # speaker: doreen # mood: guarded
        She tells him about the pen and the numbers and Ken, in her own words, with her eyes on you. Grant doesn't interrupt once.
    - else:
        Doreen looks at you, then at Grant, and says nothing. You tell him for her.
    }
}
{ insulin_known:
    {
    - wants == 1:
        Right, doctor. What should I do? Straight, mind. # speaker: doreen # mood: guarded
    - wants == 2:
        I want our Karen to hear whatever it is. She's on her break at eleven. # speaker: doreen # mood: guarded
    - else:
        You lot decide, love. I know what the choices are now. I just want my own bed. # speaker: doreen # mood: neutral
    }
}
* {insulin_known} [Ask Mrs Walsh what she wants from going home, and what would make it safe # move: elicit-values # move: address-patient # why: Doreen is asked to set the terms of her own discharge, which is what she wants if she wants to shape it, and one more job on a woman who has asked the team to decide.]
    What do you want from going home, Mrs Walsh? And what would make it safe? # speaker: student
    {
    - wants == 3:
        ~ shift(trust, -4)
        I've told you, love. I'm too tired to choose. You decide. # speaker: doreen # mood: withdrawn
        Grant decides. District nurses, the eye clinic, a new pen. Nobody tells her why.
    - trust >= 45:
        ~ plan_with_her = true
        ~ shift(autonomy, 6)
        { wants == 1:
            ~ shift(trust, -2)
            I asked you first. But all right. # speaker: doreen # mood: guarded
        }
        Thursday, not today. I'll not go till the pen's sorted. A nurse for the insulin till my eyes are seen to, and somebody to sit with Ken if I ever come back in. # speaker: doreen # mood: neutral
        Then that's the plan. # speaker: grant
    - else:
        ~ shift(autonomy, 2)
        Whatever you think, doctor. # speaker: doreen # mood: withdrawn
    }
* {insulin_known} [Give her your recommendation and the reasons for it, and ask if it fits # move: recommend-clearly # why: Doreen hears what you would advise and why, and is asked whether it fits her life, which is what she asked for if she wanted it straight; it is still her yes that counts.]
    I'd go home Thursday, with a district nurse for the insulin until the eye clinic has seen you, and a pen from the diabetes nurse with a window you can read, or a magnifier for it. Thursday gives them time to set it up. Does that fit? # speaker: student
    {
    - wants == 1:
        ~ plan_with_her = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 4)
        That's straight. Thursday, then. # speaker: doreen # mood: relieved
    - wants == 2:
        ~ shift(trust, 2)
        ~ shift(autonomy, 1)
        Maybe. I'll say when Karen's heard it. # speaker: doreen # mood: guarded
    - else:
        ~ plan_with_her = true
        ~ shift(trust, 3)
        ~ shift(autonomy, 2)
        Thursday. All right, love. # speaker: doreen # mood: neutral
    }
* {insulin_known} [Take her at her word: settle the plan with the team, tell her what and why, and that she can change it # move: respect-delegation # why: A Doreen who knows the options and has asked you to decide has it decided for her, with the reasons and a way back; a Doreen who wanted a say finds it settled without her.]
    {
    - wants == 3:
        ~ plan_with_her = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 3)
        Then here's what we'll do. Home Thursday, a district nurse for the insulin until your eyes are seen, and a pen you can read. That's so you're safe on the stairs. If any of it's wrong for you, say, and we change it. # speaker: student
        Thursday. My own bed. Thank you, love. # speaker: doreen # mood: relieved
    - wants == 1:
        ~ shift(trust, 1)
        ~ shift(autonomy, -2)
        We'll settle it with the team and I'll tell you what we decide. # speaker: student
        I asked what you'd do, not for you to do it all without me. # speaker: doreen # mood: guarded
    - else:
        ~ shift(trust, -2)
        ~ shift(autonomy, -4)
        We'll settle it with the team and I'll tell you what we decide. # speaker: student
        Not without Karen, you won't. # speaker: doreen # mood: angry
    }
* {insulin_known} [Offer to ring Karen on speaker, so she hears the plan with her mum # move: consult-family # move: address-patient # why: Doreen chooses whether her daughter is in on the plan; that is the support she wants if she wants Karen there, and a fuss she did not ask for if she does not.]
    {
    - wants == 2:
        ~ plan_with_her = true
        ~ shift(trust, 6)
        ~ shift(autonomy, 5)
        Karen, on speaker from the Co-op stockroom, asks the questions Doreen would not: who comes for the insulin, when the eye clinic is, what happens to her dad if her mum comes back in.
        That's what I wanted. Both of us hearing it. # speaker: doreen # mood: relieved
    - else:
        ~ shift(trust, -2)
        { wants == 1:
            I don't need Karen to hear it. I need you to say it. # speaker: doreen # mood: guarded
        - else:
            Leave her be, love. She'll only fuss. # speaker: doreen # mood: withdrawn
        }
    }
* {insulin_known} [Sum it up for the team in the usual terms # move: jargon # move: decide-for # why: Doreen hears herself reduced to a list of deficits and a question about coping, and the plan moves to social work without her.]
    ~ shift(trust, -5)
    ~ shift(autonomy, -8)
    Visual impairment, unable to self-administer insulin safely. Sole carer for a husband with dementia. Query whether she can cope at home. # speaker: student
    Cope? I've coped for four years. # speaker: doreen # mood: distressed
    Agreed. Social work referral. # speaker: grant
* {not insulin_known} [Agree she's ready: she wants to go home, and the bed is needed # move: comply-policy # move: detach # why: The bed is freed for the emergency department by lunchtime, and Doreen goes home with a pen she cannot read and notes that say she manages.]
    ~ shift(autonomy, -3)
    ~ shift(safety, -10)
    She's keen to get home, and the leg's improving. # speaker: student
    Good. Tablets and home today. # speaker: grant
* {not insulin_known} [Point out the sugars, and ask if the diabetes nurse could see her before she goes # move: work-around # why: The bed waits a morning longer and someone watches Doreen use her pen before she goes, which finds the problem without her having to say it.]
    ~ insulin_known = true
    ~ shift(safety, 10)
    ~ shift(waiting, 2)
    Her sugar was 21 on arrival and { glucose == 1: 4.1|3.6} the morning after a full dose. Could the diabetes nurse see her first? # speaker: student
    Hm. It costs us the morning, and someone in the emergency department waits for this bed. Yes. # speaker: grant
    At eleven the diabetes nurse asks Doreen to dial up her dose on her pen. She dials twelve.
* {not insulin_known} [Ask Mrs Walsh what going home looks like for her, and what help she has # move: elicit-values # move: open-question # move: address-patient # why: Doreen is asked about her life at home in front of the whole round; what she says depends on how safe the last two days have made her feel.]
    ~ shift(autonomy, 5)
    What does going home look like, Mrs Walsh? Who's there, and what help do you have? # speaker: student
    {
    - trust >= 55:
        ~ insulin_known = true
        ~ plan_with_her = true
        ~ shift(safety, 10)
        There's my Ken, and he's got dementia. And I can't read my insulin pen. Not since the summer. I've been guessing. # speaker: doreen # mood: distressed # disclose: insulin
        Grant sits down on the edge of the bed.
        Then we sort that first, Mrs Walsh, and you tell us how. # speaker: grant
    - trust >= 45 && not ken_told:
        ~ ken_told = true
        My husband, Ken. He's got Alzheimer's. I'll manage the rest. I always have. # speaker: doreen # mood: guarded # disclose: ken
    - else:
        I'll manage. I always have. # speaker: doreen # mood: withdrawn
    }
- -> ending

=== ending
{
- addressed && insulin_known && plan_with_her && autonomy >= 50:
    -> dignity
- escalated:
    -> escalated_end
- trust < 40:
    -> silence_end
- checked_in || documented || delegated || addressed || priya >= 52:
    -> quiet
- else:
    -> silence_end
}

= dignity
Doreen goes home on Thursday with a plan she agreed to on her own terms: a district nurse for her insulin until the eye clinic sees her, a pen from the diabetes nurse with a larger dose window and a magnifier that clips on to it, a dose that was brought down and watched, and a carer's assessment for her.
{ dietitian == "later":
    She has asked for a community dietitian: one who comes to the house, and doesn't weigh her in a corridor.
- else:
    She has said no to the dietitian, and her notes record it as her decision, not as non-compliance.
}
{ grant_sorry:
    Grant says he hopes the leg behaves. I hope you behave, doctor, she says, and he laughs.
}
{ priya >= 52:
    Priya books to see her educational supervisor, and asks you to come.
}
Someone said it out loud at bed four, and Doreen was heard. # ending: dignity-restored
-> END

= escalated_end
On Thursday the Freedom to Speak Up guardian listens and explains what happens next: a conversation between the clinical director and Dr Grant.
Because your report named a patient, the matron visits Doreen, apologises for the hospital, and asks what she wants. Bernie writes the answers down.
{ insulin_known:
    Home, with a nurse for the insulin and a pen she can read, and nobody laughing at the end of the bed. That is what she gets.
- else:
    Home to Ken, and to be spoken to like a person. She says nothing about the pen, and goes home with numbers she still can't read.
}
{ priya_asked && priya < 58:
    Priya is polite to you for the rest of the placement, and no more.
}
On Friday Grant signs your form, satisfactory, with the comments box empty. You will never know whether that was about you. # ending: escalated
-> END

= quiet
{ grant_sorry:
    On Thursday, at bed eleven, Grant starts a joke about a patient's drinking, and stops halfway. Nobody knows whether to laugh.
- else:
    On Thursday, at bed eleven, Grant makes a joke about a patient's drinking, and somebody laughs. The round is exactly as it was.
}
{ insulin_known:
    Doreen goes home with district nurses booked for her insulin, a pen she can read on order and an eye appointment.
- else:
    Doreen goes home with her own insulin pen. The notes say: independent with insulin.
}
{ dietitian == "pushed":
    She never goes to the dietitian appointment she signed for.
- else:
    She declines the dietitian, and nobody argues.
}
{ checked_in:
    As she leaves she squeezes your hand. You were the one who came back, she says.
}
{
- documented:
    Your note sits in Priya's inbox. In March she forwards it to her educational supervisor.
- delegated:
    Priya goes to see her educational supervisor. She is still here in the spring.
- else:
    Priya is still here in the spring. She doesn't talk about it.
}
Quiet support kept two people going. The rest is still waiting to change. # ending: quiet-support
-> END

= silence_end
On Wednesday afternoon, before pharmacy has made up her tablets, Doreen gets dressed and signs the form to leave against medical advice. { dietitian == "pushed": The dietitian referral she signed for is cancelled by phone that evening.|She refuses the dietitian.}
{ insulin_known:
    When the district nurse knocks on Friday, nobody answers the door.
- else:
    Her insulin pen goes home in her handbag, with the numbers she can't read.
}
{ priya <= 40:
    In the lift, Priya asks whether you know anyone who has left medicine. She says it like a joke. It isn't one.
- else:
    Priya says she'll be fine. She has said it a lot this week.
}
{ addressed:
    Somebody spoke up at bed four, once. It wasn't enough to keep Doreen. # ending: silence
- else:
    Nobody said anything at bed four. Doreen heard that too. # ending: silence
}
-> END
