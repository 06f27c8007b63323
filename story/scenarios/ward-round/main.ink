// Ward round: a post-take round in a bed crisis. A consultant jokes about a patient's weight
// within her hearing and humiliates a junior doctor; the player is the final-year student at
// the bottom of the hierarchy. What Doreen will say about going home depends on whether anyone
// makes the bedside safe again.
// Facilitator guide: docs/scenarios/ward-round.md
INCLUDE ../../lib/power.ink

VAR trust = 40       // 0..100: Doreen's trust in the player, and through them in the team
VAR autonomy = 30    // 0..100: how far Doreen's own informed values drive her care and discharge

VAR met_doreen = false     // the player introduced themself before the round
VAR knew_request = false   // the player knows Priya requested the HbA1c overnight
VAR respect = 0            // Grant's professional regard for the student: it buys a hearing later
VAR addressed = false      // the remark or the telling-off has been named to Grant
VAR bristled = false       // Grant was challenged on the round and did not apologise
VAR grant_sorry = false    // Grant has apologised to Doreen
VAR late_sorry = false     // ...after the student spoke to him privately, not on the round
VAR priya_asked = false    // Priya asked the player not to report anything
VAR priya_support = 0
VAR checked_in = false     // the player went back to Doreen about the round
VAR documented = false
VAR delegated = false
VAR bernie_told = false
VAR escalated = false
VAR avoid_told = false
VAR ken_told = false
VAR asked = ""             // how the player asked about insulin: closed, open, show
VAR insulin_known = false  // the team knows she cannot read her pen
VAR self_admin = false     // she will do her own insulin on the ward tonight, with a nurse
VAR tell_tomorrow = false  // she will tell Grant herself on tomorrow's round
VAR plan_with_her = false  // the discharge plan was made with Doreen, not about her
VAR dietitian = ""         // later (her own choice), pushed, or empty

-> corridor

=== corridor
Tuesday, 8:30. Ward 9, acute medicine, the morning after the take. # bg: ward # ambience: ward
The board at the nurses' station says OPEL 4 in red: the hospital is full, and the emergency department has nowhere to put anyone.
Dr Richard Grant arrives with a coffee and his phone to his ear. He is the best diagnostician in the building; even the people who dread his rounds say so.
Eight discharges by noon. Yes. I heard you the first time. # speaker: grant
His team: Dr Sam Okafor, the registrar; Dr Priya Nair, the foundation doctor; and you, the final-year student. He signs your placement assessment on Friday.
Fourteen patients, two hours. Student, you present bed four. Cellulitis. Should be within your gift. # speaker: grant
Priya has been in since seven, and looks as if she never went home.
* [Read her notes and results at the trolley, so you can present well # move: detach]
    ~ knew_request = true
    ~ respect += 1
    HbA1c requested by Dr Nair at 02:14, not yet reported. No diabetes clinic letters for two years. No eye screening.
    Sugar 21 on arrival; 4.1 at six this morning, after the nurses gave her usual forty units of insulin.
    You know a great deal about bed four. You haven't met her.
* [Slip ahead to bed four and introduce yourself to Mrs Walsh # move: authentic-connection # move: address-patient]
    ~ met_doreen = true
    ~ shift(trust, 8)
    By the window, a woman in a lilac cardigan sits with her left leg on two pillows, a puzzle book held inches from her face.
    Hello, Mrs Walsh. I'm one of the medical students. I'll be telling the team about you. # speaker: student
    Doreen, love. Thirty-eight years a dinner lady at St Anne's. I've fed half the doctors in this town. # speaker: doreen # mood: warm
    Is that him in charge? The tall one? He's got a voice that carries. # speaker: doreen # mood: guarded
* [Ask Priya, quietly, whether she's all right # move: bystander-delay]
    ~ knew_request = true
    ~ priya_support += 1
    You okay? # speaker: student
    Fine. Yesterday he called me a phlebotomist with a stethoscope, in front of a family. # speaker: priya # mood: guarded
    Bed four's HbA1c still isn't back. I requested it at two. Don't say anything, okay? He's fine if you keep your head down. # speaker: priya # mood: guarded
- -> bed_four

=== bed_four
At 8:52 the round arranges itself around bed four: four people standing, one lying down.
{ met_doreen:
    Doreen puts the puzzle book face down and gives you a small nod.
- else:
    Doreen lowers a puzzle book she has been holding very close to her face, and looks from one stranger to the next.
}
Go on, then. # speaker: grant
* [Ask Mrs Walsh if she'd like to tell it herself, and add the results after # move: open-question # move: address-patient # move: offer-control]
    ~ respect += 1
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Mrs Walsh, would you like to tell Dr Grant what happened, in your own words? # speaker: student
    Grant glances at his watch, but he lets her.
    Caught my shin on the garden gate Saturday. By Sunday night it was red and hot and I was shivering like a wet dog. I'd not have come in at all, with my husband at home, only June made me. # speaker: doreen # mood: guarded
    Clearer than most of my registrars. # speaker: grant
* [Present to the team in the usual shorthand # move: jargon # move: detach]
    ~ shift(trust, -4)
    ~ shift(autonomy, -4)
    Seventy-two-year-old lady, type 2 diabetic on basal insulin, BMI 38. Three days of left lower limb erythema and swelling, febrile, CRP 148. Cellulitis. # speaker: student
    Competent. Dull, but competent. # speaker: grant
    Doreen looks from face to face, as if you were discussing the woman in the next bed.
* [Face Mrs Walsh and present it to her as much as to the team, in plain words # move: plain-language # move: address-patient]
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
* [Turn to Mrs Walsh and ask how the leg feels this morning # move: address-patient # move: open-question # move: bystander-distract]
    ~ shift(trust, 5)
    ~ shift(autonomy, 2)
    Mrs Walsh, how does the leg feel this morning? # speaker: student
    Sore. Better than yesterday. # speaker: doreen # mood: guarded
    She says it to you, not to the team.
* [Say it, calmly: "Mrs Walsh can hear us." # move: bystander-direct]
    ~ addressed = true
    ~ shift(trust, 8)
    Mrs Walsh can hear us. # speaker: student
    It comes out quieter than you meant. Sam stops smiling. Grant looks at you for a long second.
    -> bristle
* [Ask Dr Grant a clinical question, to move the moment on # move: bystander-distract]
    ~ respect += 1
    ~ shift(trust, 2)
    How do you tell cellulitis from a clot at the bedside? # speaker: student
    Grant turns, pleased.
    One leg, a sharp edge, a way in, a fever, a soft calf. I wouldn't scan. Good question. # speaker: grant
    The moment passes. Doreen is still holding the blanket.
* [Say nothing. There are ten more beds, and he signs your form on Friday # move: stay-silent]
    ~ shift(trust, -6)
    You study the drug chart. Nobody says anything.
    Doreen's eyes go round the circle of faces and stop on yours. Then they go back to the window.
- -> bloods

= bristle
Do you want to run the round, or shall I? # speaker: grant
* [Back down: "Sorry. Carry on." # move: stay-silent]
    ~ bristled = true
    ~ shift(trust, -3)
    Sorry. Carry on. # speaker: student
    Doreen saw you try. She also saw you stop.
* [Hold it, gently: "Neither. I just think she heard that, and it hurt." # move: bystander-direct]
    ~ grant_sorry = true
    ~ shift(trust, 6)
    ~ shift(autonomy, 3)
    Neither. I just think Mrs Walsh heard that, and it hurt. # speaker: student
    Grant breathes out through his nose. Then he turns to the bed.
    Mrs Walsh. That was a cheap remark, and you didn't deserve it. I apologise. # speaker: grant
    Apology accepted. Just about. # speaker: doreen # mood: guarded
* [Turn to Mrs Walsh instead: "I'm sorry. That wasn't fair on you." # move: apologise # move: address-patient]
    ~ bristled = true
    ~ shift(trust, 5)
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
* [Keep your eyes on the obs chart until it passes # move: stay-silent]
    ~ shift(trust, -4)
    Grant decides he doesn't need your answer.
    Sorry. I'll chase it. Sorry. # speaker: priya # mood: distressed
* [Offer the facts and a task: it was requested, and you can ring the lab now # move: bystander-distract]
    ~ priya_support += 1
    ~ respect += 1
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
* [Name it, quietly: "Could we go through the bloods away from the bedside?" # move: bystander-direct]
    ~ addressed = true
    ~ priya_support += 1
    ~ shift(trust, 5)
    Could we go through the bloods away from the bedside? # speaker: student
    I beg your pardon? # speaker: grant
    I'll chase it, boss. Bed five's the one the bed manager keeps ringing about. # speaker: sam
    Grant looks at you, then at Sam, and lets it go. For now.
    { not grant_sorry:
        ~ bristled = true
    }
* [Give a small, embarrassed laugh, so it's over sooner # move: stay-silent # move: detach]
    ~ priya_support -= 1
    ~ shift(trust, -7)
    The laugh is out before you've decided to make it. Grant looks satisfied. Priya doesn't look at you again.
    Doreen does. It is the look she must have given kids who laughed in the dinner queue.
- -> plan

=== plan
Plan: IV flucloxacillin, tablets when the edge goes back. Elevate the leg. Cream for the feet. Diabetes team for the sugars, dietitian for the weight. Home Thursday. # speaker: grant
Any questions, Mrs Walsh? No? Splendid. # speaker: grant
He is already walking to bed five. # sfx: curtain
Doreen opens her mouth, and closes it again.
* [Follow the round; Priya will explain the plan to her later # move: detach]
    ~ shift(autonomy, -3)
    You follow Grant. Behind you, Doreen picks up her puzzle book and doesn't open it.
* [Tell her the plan in everyday words before you follow # move: plain-language # move: address-patient]
    ~ shift(trust, 3)
    ~ shift(autonomy, 3)
    The drip is the antibiotic. If the redness shrinks back inside that pen line, you can go home on tablets, maybe Thursday. And cream between your toes; that's where the germs got in. # speaker: student
    Thursday. # speaker: doreen # mood: guarded
    She says it like a date she has to make.
* [Stay a moment: "What questions do you have, Mrs Walsh?" # move: open-question # move: address-patient]
    ~ shift(autonomy, 5)
    What questions do you have, Mrs Walsh? # speaker: student
    { trust >= 45:
        ~ shift(trust, 3)
        Can it be before Thursday? My husband's not well. And I'm not seeing a dietitian. You can tell him that. # speaker: doreen # mood: guarded
        Student! Today, please. # speaker: grant
    - else:
        No, love. You'd best go. He's waiting. # speaker: doreen # mood: withdrawn
    }
- -> after_round

=== after_round
The round finishes at 10:50. Grant heads for the bed meeting and points at you on the way.
Bed four: medicines, dietitian referral, and make sure she can manage her insulin before Thursday. # speaker: grant
In the doctors' office Priya is typing the jobs list very fast. Sam pats her shoulder on his way out.
Don't take it personally. He's like that with everyone. Best physician I've ever worked with. # speaker: sam
The bleep goes, and he's gone. # sfx: pager
* [Catch Sam in the corridor and ask him to look out for Priya # move: bystander-delegate]
    ~ delegated = true
    ~ priya_support += 1
    He won't change, you know. But I'll have a word. He listens to me. # speaker: sam
    He doesn't say when.
    -> doreen_visit

* [Sit down next to Priya: "That wasn't okay. How are you doing?" # move: bystander-delay]
    That wasn't okay, what he said. How are you doing? # speaker: student
    -> priya_talk
* [Leave her to it. She's busy, and it isn't your place # move: stay-silent]
    ~ priya_support -= 1
    You pick up Doreen's drug chart and go. Behind you, the typing stops for a moment, then starts again.
    -> doreen_visit
= priya_talk
~ priya_support += 1
~ priya_asked = true
Third time this week. I check everything twice, and I still get it wrong. # speaker: priya # mood: distressed
You didn't get it wrong. The lab didn't run it. # speaker: student
I've been looking at jobs in Australia. Or out of medicine. Please don't report anything. He's my clinical supervisor; he signs me off. # speaker: priya # mood: distressed
* [Respect that, and offer to write down what you saw, in case she ever wants it # move: bystander-document]
    ~ documented = true
    ~ priya_support += 1
    Okay. But I'll write down what I saw, times and who was there, and send it to you. It's yours if you ever want it. # speaker: student
    Just to me. Not anyone else. Thank you. # speaker: priya # mood: relieved
* [Tell her you think it has to be reported, and you're going to, whatever she decides # move: escalate]
    ~ escalated = true
    I think someone has to report it. I'm going to, whatever you decide. # speaker: student
    Then leave my name out of it. Please. # speaker: priya # mood: angry
* [Suggest her educational supervisor or the Freedom to Speak Up guardian, and offer to go with her # move: bystander-delegate]
    ~ delegated = true
    ~ priya_support += 1
    Your educational supervisor isn't Dr Grant. And there's the Freedom to Speak Up guardian. I'd come with you. # speaker: student
    Dr Aziz is nice. Would you really come? # speaker: priya # mood: guarded
- -> doreen_visit

=== doreen_visit
11:20. Back to bed four with the drug chart and a dietitian referral form. Sister Bernie Doyle, the ward sister, is doing Doreen's observations.
{
- trust >= 60:
    Doreen sees you coming and moves her puzzle book off the chair, so you can sit.
- trust >= 40:
    Doreen is doing her puzzle book, very close to her face. She looks up, and waits.
- else:
    Doreen's coat is folded on the chair, her handbag on top. She is asking Bernie what you have to sign to go home.
}
* [Start with the jobs: your medicines, and a referral to the dietitian # move: narrow-agenda # move: detach]
    ~ shift(trust, -5)
    I need to go through your medicines, and do a referral to the dietitian. # speaker: student
    Dietitian. Course you do. # speaker: doreen # mood: withdrawn
    -> dietitian_form
* [Say sorry, specifically, for what happened on the round # move: apologise # move: bystander-delay]
    ~ checked_in = true
    { addressed:
        ~ shift(trust, 6)
        I'm sorry about what was said on the round. You shouldn't have had to hear it. # speaker: student
    - else:
        ~ shift(trust, 9)
        I'm sorry about this morning. I was standing right there when he said it, and I didn't say anything. I should have. # speaker: student
    }
    -> her_side
* [Sit down, and ask how she's doing after this morning # move: bystander-delay # move: open-question]
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
* [Explain plainly why the team suggested it, and leave the choice with her # move: plain-language # move: offer-choice]
    ~ shift(trust, 2)
    ~ shift(autonomy, 5)
    It isn't about the scales. When sugars run high, skin heals slowly and fights infection less well. A dietitian can help with that, if and when you want. Your choice. # speaker: student
    { trust >= 50:
        ~ dietitian = "later"
        Maybe. Not this week. And not one who weighs me in a corridor. # speaker: doreen # mood: guarded
    - else:
        Not this week. # speaker: doreen # mood: guarded
    }
* [Encourage her: it would help the leg heal, and look good for Thursday # move: correct-dismiss # move: leverage-dependence]
    ~ dietitian = "pushed"
    ~ shift(trust, -6)
    ~ shift(autonomy, -6)
    It would really help the leg. And it'll look good for Thursday if it's done. # speaker: student
    Will it. Put me down, then. # speaker: doreen # mood: withdrawn
* [Tell her it's her choice, and ask what matters most to her this week # move: affirm-refusal # move: elicit-values]
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
Last job: her insulin. The pen she brought from home is in her locker, next to her reading glasses.
* [Check the chart with her: "Forty units of glargine at night, is that right?" # move: narrow-agenda # move: jargon]
    ~ asked = "closed"
    It says forty units of glargine at night. Is that right? # speaker: student
* [Ask if she'd show you how she sets the dose on her own pen # move: teach-back # move: address-patient]
    ~ asked = "show"
    Would you show me how you set the dose on your pen? # speaker: student
* [Ask her to talk you through how she does her insulin at home # move: open-question # move: plain-language]
    ~ asked = "open"
    Can you talk me through how you do your insulin at home? From when you pick up the pen. # speaker: student
- -> insulin

=== insulin
// The gate: an open question needs trust 60; being asked to show lowers it to 52. Having told
// you why she stopped going to clinic lowers it a little more. A closed question never opens it.
~ temp gate = 60
{ asked == "show":
    ~ gate = 52
}
{ avoid_told:
    ~ gate = gate - 4
}
{
- asked == "closed":
    -> nods
- trust >= gate:
    -> tells
- else:
    -> covers
}

= nods
The long one, yes. Forty. # speaker: doreen # mood: neutral
She says it quickly. Her eyes go to the pen in the locker, and away again.
-> not_told

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
{ asked == "show":
    She holds the pen close to her face, then at arm's length, then up to the window. She turns the dial and listens to it click.
- else:
    She is quiet for a while. Then she takes the pen out of the locker and turns it over in her hands.
}
I can't read it. The little window with the numbers. Not since the summer. # speaker: doreen # mood: distressed # disclose: insulin
Ken used to read it out. "Forty, Dor." Then one night he said four hundred, and laughed, and I knew he'd gone a bit further away. # speaker: doreen # mood: distressed
So I guess. Some nights I skip it, in case I take too much and go funny on the stairs with nobody to find me but Ken. # speaker: doreen # mood: distressed
If they know I can't manage, they'll say I can't look after him. They'll put him in a home. # speaker: doreen # mood: distressed
It explains the 21 on arrival, and the 4.1 after a full dose. { avoid_told: And why nobody has looked at her eyes for two years. }
-> act_on_it

=== act_on_it
* [Reassure her that the team will sort it all: district nurses, and an assessment for them both # move: rescue # move: decide-for]
    ~ shift(trust, -5)
    ~ shift(autonomy, -6)
    Don't worry. The team will sort it all out: district nurses, and an assessment for the two of you. # speaker: student
    Assessment. That's what they said about my mother, and she never came home. # speaker: doreen # mood: withdrawn
* [Thank her, and ask what would help her keep managing at home # move: authentic-connection # move: cooperative-goals # move: elicit-values]
    ~ shift(trust, 6)
    ~ shift(autonomy, 6)
    Thank you for telling me. That sounds frightening, carrying it on your own. What would help you keep managing at home? # speaker: student
    Somebody to read the numbers till my eyes are seen to. I'm not daft. I just can't see. # speaker: doreen # mood: relieved
* [Explain plainly what can help, and that none of it means Ken goes anywhere # move: plain-language # move: offer-choice]
    ~ shift(trust, 5)
    ~ shift(autonomy, 5)
    There are ways round this. The pen clicks once for each unit, so you can count. There are magnifiers. District nurses can do it with you. Someone should check your eyes. None of that means anything happens to Ken. # speaker: student
    Counting clicks. I counted dinners for thirty-eight years. # speaker: doreen # mood: warm
- -> who_tells

=== who_tells
The team needs to know before anyone signs her discharge.
* [Write it carefully in the notes and hand it over to Priya # move: decide-for]
    ~ shift(autonomy, -4)
    You write a careful entry. Priya refers her to the district nurses and the diabetes nurses. Nobody asks Doreen what she thinks of the plan.
* [Suggest she tells Dr Grant herself on tomorrow's round, and offer to stand with her # move: offer-control # move: address-patient]
    ~ tell_tomorrow = true
    ~ shift(autonomy, 4)
    Would you tell Dr Grant yourself, tomorrow? I'll be right there. # speaker: student
    Him. Go on, then. You stand where I can see you. # speaker: doreen # mood: guarded
* [Ask if she'd tell Priya and Sister Doyle now, together with you, so she's part of the plan # move: address-patient # move: offer-control]
    ~ shift(autonomy, 6)
    Could we tell Dr Nair and Sister Doyle now, together? Then the plan's made with you, not about you. # speaker: student
    { trust >= 55:
        ~ plan_with_her = true
        Go on. Before I lose my nerve. # speaker: doreen # mood: guarded
        Doreen tells it herself. Bernie pulls up a chair. District nurses for the insulin until her eyes are seen; an urgent eye check; a carer's assessment, to get her help rather than take Ken away.
        And the counting. I want to learn the counting. # speaker: doreen # mood: warm
    - else:
        You tell them. I can't say it twice. # speaker: doreen # mood: withdrawn
    }
- -> afternoon

=== not_told
* [Write "Insulin: self-administers, independent" on the medicines form # move: detach]
    It's what she told you, and what the chart says. Doreen watches you write it. She doesn't correct you.
* [Leave her your name, and tell her she can ask for you any time today # move: authentic-connection]
    ~ shift(trust, 4)
    I'm here till five. If anything's worrying you, ask for me. # speaker: student
    { trust >= 45:
        I might, love. I might. # speaker: doreen # mood: warm
    - else:
        Doreen nods, and goes back to the puzzle book.
    }
* [Ask if she'd like to do her own insulin on the ward tonight, with the nurse alongside # move: offer-control # move: cooperative-goals]
    ~ self_admin = true
    Would you like to do your own insulin tonight, with the nurse alongside? It keeps your hand in for home. # speaker: student
    { trust >= 45:
        Go on, then. I'm sick of being done to. # speaker: doreen # mood: neutral
    - else:
        If I must. # speaker: doreen # mood: guarded
    }
- -> afternoon

=== afternoon
14:10. Grant is at the bed meeting. You have twenty minutes before teaching, and the morning is still sitting in your chest. { addressed: So is the look Grant gave you. }
* [Tell Sister Doyle what happened at bed four # move: bystander-delegate]
    ~ delegated = true
    ~ bernie_told = true
    ~ shift(trust, 3)
    I heard. Half the bay heard. Leave Doreen with me; I'll sit with her. And I'll have a word with him. I've been having words with consultants since before you were born. # speaker: bernie
* [Leave it. He signs your form on Friday, and you have finals in the spring # move: stay-silent]
    You go to teaching. The session is on breaking bad news. You take good notes.
* {not documented} [Write down what you saw and heard, with times and who was there, while it's fresh # move: bystander-document]
    ~ documented = true
    08:55, bay three, bed four. Within Mrs Walsh's hearing, Dr Grant said, "We'll need the reinforced bed, eh?" Present: Dr Okafor, Dr Nair, me. # speaker: student
    Then the HbA1c, word for word. No adjectives. You email it to yourself.
* {documented} [Finish the note you promised Priya, and send it to her # move: bystander-document # move: bystander-delay]
    ~ priya_support += 1
    Times, words, who was there. No adjectives. You send it to Priya.
    Got it. Saving it somewhere he'll never look. # speaker: priya # mood: relieved
* {not escalated} [Raise it formally: the Freedom to Speak Up guardian, or your medical school's concerns form # move: escalate # move: bystander-delegate]
    ~ escalated = true
    Name of the staff member concerned. Your name. What you witnessed. { priya_asked: You leave Priya's name out, as she asked. }
    You think about Friday for a long time before you press send. The guardian replies within the hour: could you meet on Thursday? Your name stays confidential unless you agree otherwise.
* {escalated} [Send the report you told Priya you would make # move: escalate # move: bystander-document]
    What was said to Mrs Walsh, when, who was there. Priya's name is nowhere in it.
    You think about Friday for a long time before you press send.
- -> sign_off

=== sign_off
17:05. Grant finds you at the nurses' station and signs your logbook. He has been in since six. # sfx: footsteps
{
- grant_sorry:
    About this morning. You embarrassed me in front of my team. You were also right. Don't make a habit of it. # speaker: grant
- bristled:
    You had a lot to say on my round this morning. # speaker: grant
    He signs without looking at the page.
- else:
    Decent week. You're quiet, though. Medicine needs people who'll say things. # speaker: grant
}
* [Thank him, and leave it there # move: stay-silent]
    Thanks, Dr Grant. # speaker: student
    He nods and goes. Your form says satisfactory.
* {grant_sorry} [Ask him whether he'd say the same to Priya # move: bystander-direct]
    ~ priya_support += 1
    Would you say the same to Priya? She did request the HbA1c. # speaker: student
    A long pause.
    Fine. I'll talk to her. # speaker: grant
* {not grant_sorry} [Tell him, privately and plainly, what the remark and the telling-off did to Mrs Walsh and to Priya # move: bystander-direct]
    ~ addressed = true
    Mrs Walsh heard what you said about the bed, and she stopped talking. And Priya had requested the test. She's thinking of leaving. # speaker: student
    {
    - bernie_told:
        ~ grant_sorry = true
        ~ late_sorry = true
        Sister Doyle has already been to see me. Both barrels. I'll go and see Mrs Walsh. # speaker: grant
    - respect >= 2:
        ~ grant_sorry = true
        ~ late_sorry = true
        Grant sits on the edge of the desk, which you have never seen him do.
        I was taught by a man who threw the notes at registrars. I thought I was the gentle one. I'll go and see her. # speaker: grant
    - else:
        Twenty-six patients, a hospital on black alert, eight discharges by noon. Noted. # speaker: grant
        He walks away. At the door he stops, as if to turn round, and then carries on.
    }
- -> wednesday

=== wednesday
Wednesday, 8:40. The round reaches bed four. The redness has drawn back well inside the pen line, and the HbA1c is back: 86. Two years ago it was 58. # sfx: footsteps
Edge retreating, no fever. Tablets, and the bed manager wants this bed by lunchtime. # speaker: grant
{ grant_sorry:
    Grant pulls up the chair and sits down, level with Doreen. You have never seen him sit on a round.
    { late_sorry:
        He came to see me last night. Said sorry. Stood there like a boy sent to the head. # speaker: doreen # mood: warm
    }
}
{ self_admin && not insulin_known:
    ~ insulin_known = true
    Before anyone decides: Doreen did her own insulin last night, with me. She dialled twelve and thought it was forty. She can't read the window. # speaker: bernie
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
* {insulin_known} [Let the team make the plan; it's the consultant's call # move: detach]
    ~ shift(autonomy, -3)
    { plan_with_her:
        You say nothing. Grant turns what Doreen told him into a careful plan: district nurses, an urgent eye appointment, the diabetes nurses. Her Thursday becomes Friday, and nobody asks her about that.
    - else:
        Grant makes a careful plan: district nurses, an urgent eye appointment, the diabetes nurses. Nobody asks Doreen. Her Thursday becomes Friday.
    }
* {insulin_known} [Ask Mrs Walsh what she wants from going home, and what would make it safe for her # move: elicit-values # move: address-patient]
    ~ shift(autonomy, 8)
    What do you want from going home, Mrs Walsh? And what would make it safe? # speaker: student
    { trust >= 45:
        ~ plan_with_her = true
        Thursday, not today. I'll not go till the pen's sorted. A nurse for the insulin till my eyes are seen to, and somebody to sit with Ken if I ever come back in. # speaker: doreen # mood: neutral
        Then that's the plan. # speaker: grant
    - else:
        Whatever you think, doctor. # speaker: doreen # mood: withdrawn
    }
* {insulin_known} [Sum it up for the team in the usual terms # move: jargon # move: decide-for]
    ~ shift(trust, -5)
    ~ shift(autonomy, -8)
    Visual impairment, unable to self-administer insulin safely. Sole carer for a husband with dementia. Query whether she can cope at home. # speaker: student
    Cope? I've coped for four years. # speaker: doreen # mood: distressed
    Agreed. Social work referral. # speaker: grant
* {not insulin_known} [Agree she's ready: she wants to go home, and the bed is needed # move: comply-policy # move: detach]
    ~ shift(autonomy, -3)
    She's keen to get home, and the leg's improving. # speaker: student
    Good. Tablets and home today. # speaker: grant
* {not insulin_known} [Point out the overnight sugars, and ask if the diabetes nurse could see her before she goes # move: work-around]
    ~ insulin_known = true
    Her sugar was 21 on arrival and 4.1 after a full dose. Could the diabetes nurse see her first? # speaker: student
    Hm. It costs us the morning. Yes. # speaker: grant
    At eleven the diabetes nurse asks Doreen to dial up forty on her pen. She dials twelve.
* {not insulin_known} [Ask Mrs Walsh what going home looks like for her, and what help she has # move: elicit-values # move: open-question # move: address-patient]
    ~ shift(autonomy, 5)
    What does going home look like, Mrs Walsh? Who's there, and what help do you have? # speaker: student
    {
    - trust >= 55:
        ~ insulin_known = true
        ~ plan_with_her = true
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
- checked_in || documented || delegated || addressed || priya_support >= 2:
    -> quiet
- else:
    -> silence_end
}

= dignity
Doreen goes home on Thursday with a plan she helped to make: district nurses for her insulin until the eye clinic sees her, the diabetes nurse teaching her to count the clicks, a carer's assessment for her.
{ dietitian == "later":
    She has asked for a community dietitian: one who comes to the house, and doesn't weigh her in a corridor.
- else:
    She has said no to the dietitian, and her notes record it as her decision, not as non-compliance.
}
{ grant_sorry:
    Grant says he hopes the leg behaves. I hope you behave, doctor, she says, and he laughs.
}
{ priya_support >= 2:
    Priya books to see her educational supervisor, and asks you to come.
}
Someone said it out loud at bed four, and Doreen was heard. # ending: dignity-restored
-> END

= escalated_end
On Thursday the Freedom to Speak Up guardian listens and explains what happens next: a conversation between the clinical director and Dr Grant.
Because your report named a patient, the matron visits Doreen, apologises for the hospital, and asks what she wants. Bernie writes the answers down.
{ insulin_known:
    Home, with a nurse for the insulin, and nobody laughing at the end of the bed. That is what she gets.
- else:
    Home to Ken, and to be spoken to like a person. She says nothing about the pen, and goes home with numbers she still can't read.
}
{ priya_asked && priya_support < 3:
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
    Doreen goes home with district nurses booked for her insulin and an eye appointment.
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
On Wednesday afternoon, before pharmacy has made up her tablets, Doreen gets dressed and signs the form to leave against medical advice. { dietitian == "pushed": The dietitian referral she signed for is cancelled by phone that evening. - else: She refuses the dietitian. }
{ insulin_known:
    When the district nurse knocks on Friday, nobody answers the door.
- else:
    Her insulin pen goes home in her handbag, with the numbers she can't read.
}
{ priya_support <= 0:
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
