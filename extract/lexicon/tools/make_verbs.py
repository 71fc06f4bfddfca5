#!/usr/bin/env python3
"""Build verbs.tsv: interaction verbs and nouns typed by PLOVER category.

VERBS lines: lemma ; kind ; prep ; sym ; forms
  forms   every surface form, '|' between them; when empty the regular
          inflections of the lemma's first word are generated (base,
          3rd person, past, -ing), e.g. 'call on' -> calls on, called on.
          '+x' in forms adds x and its regular inflections (a spelling
          variant such as '+criticise').
NOUNS lines: forms ; lemma ; kind ; prep ; sym
prep: prepositions that introduce the other party, comma-separated;
      '-' = a direct object is allowed; 'to+' = the verb counts only
      with "to" and a verb after its object (a command: "ordered X to");
      'office+' = only with "from" and an office after its object
      ("removed X from office"); 'curb+' = only with a restriction as its
      object ("lifted its tariffs on B", not "lifted its stake");
      'troops+' = only with forces after a number ("sent 5,000 troops to");
      'weapons+' = only with weapons after it ("launched 180 missiles at");
      'against+' = only with "against" after it ("an operation against B",
      not "its operations in Brazil"); 'on+' likewise with "on"
      ("restrictions on B", not "restrictions apply"); 'with+' only with
      its party named after "with" ("raised the case with B", not "raised
      $50 million").
sym:  1 when the relation is symmetric (A meets B = B meets A).

A form that is both a verb form and a noun (attack, talks) gets one row:
pos is the more frequent reading in news (PREFER_N lists forms read as
nouns), prep is the union of both readings.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

KINDS = ("agree consult support concede cooperate aid retreat investigate "
         "demand accuse reject threaten sanction protest crime mobilize "
         "coerce assault").split()

# final consonant is doubled before -ed / -ing
DOUBLE = set("ban slam rob expel confer kidnap ram snub plan ship stop bar "
             "compel patrol control rebut abet drop grab nab scrap slap swap".split())

VERBS = r"""
# --- consult -------------------------------------------------------------
meet ; consult ; -,with ; 1 ; meet|meets|met|meeting
talk ; consult ; with,to ; 1
speak ; consult ; with,to ; 1 ; speak|speaks|spoke|spoken|speaking
discuss ; consult ; -,with ; 1
confer ; consult ; with ; 1
consult ; consult ; -,with ; 1
negotiate ; consult ; with ; 1
visit ; consult ; - ; 0
host ; consult ; - ; 0
receive ; consult ; - ; 0
call ; consult ; - ; 0
phone ; consult ; - ; 0
telephone ; consult ; - ; 0
brief ; consult ; - ; 0
# "informed Kofi Annan in a letter that", "notified Tehran of": a message to B
inform ; consult ; - ; 0
notify ; consult ; - ; 0
invite ; consult ; - ; 0
congratulate ; support ; - ; 0
thank ; support ; - ; 0
# gratitude said as an adjective or a noun: 'we are grateful to our Turkish partners'
grateful ; support ; to ; 0 ; grateful|thankful
express gratitude ; support ; to ; 0 ; +express gratitude|+express its gratitude|+express their gratitude|+express his gratitude|+express her gratitude|+express our gratitude
welcome ; consult ; - ; 0
greet ; consult ; - ; 0
mediate ; consult ; between ; 0
broker ; consult ; between ; 0
tell ; consult ; - ; 0 ; tell|tells|told|telling
write to ; consult ; - ; 0 ; write to|writes to|wrote to|writing to|written to
reach out to ; consult ; - ; 0
# "raised the case of X with Wang Yi", "raised deep concerns with Beijing":
# only with its party after "with" (not "raised $50 million")
raise ; consult ; with,with+ ; 0
# 'has courted Moscow and Beijing': the verb's forms only ('court' is a noun)
court ; consult ; - ; 0 ; courted|courting
shake hands ; consult ; with ; 1 ; shake hands|shakes hands|shook hands|shaken hands|shaking hands
sit down with ; consult ; - ; 1 ; sit down with|sits down with|sat down with|sitting down with
# --- agree ---------------------------------------------------------------
agree ; agree ; with ; 1
sign ; agree ; with ; 1
approve ; agree ; - ; 0
accept ; agree ; - ; 0
reconcile ; agree ; with ; 1
pledge ; agree ; to ; 0
promise ; agree ; - ; 0
ratify ; agree ; - ; 0
strike a deal ; agree ; with ; 1 ; strike a deal|strikes a deal|struck a deal|striking a deal
reach a deal ; agree ; with ; 1
reach an agreement ; agree ; with ; 1 ; reach an agreement|reaches an agreement|reached an agreement|reaching an agreement|reach agreement|reached agreement
make peace ; agree ; with ; 1 ; make peace|makes peace|made peace|making peace
# --- support -------------------------------------------------------------
support ; support ; - ; 0
back ; support ; - ; 0 ; backs|backed|backing
endorse ; support ; - ; 0
praise ; support ; - ; 0
commend ; support ; - ; 0
hail ; support ; - ; 0
applaud ; support ; - ; 0
defend ; support ; - ; 0
recognize ; support ; - ; 0 ; +recognize|+recognise
apologize ; support ; to ; 0 ; +apologize|+apologise
forgive ; support ; - ; 0 ; forgive|forgives|forgave|forgiven|forgiving
side with ; support ; - ; 0
stand by ; support ; - ; 0 ; stand by|stands by|stood by|standing by
laud ; support ; - ; 0
salute ; support ; - ; 0 ; saluted|saluting
champion ; support ; - ; 0 ; championed|championing
woo ; consult ; - ; 0 ; woo|woos|wooed|wooing
# --- concede -------------------------------------------------------------
concede ; concede ; to ; 0
yield to ; concede ; - ; 0
compromise ; concede ; with ; 1
release ; concede ; - ; 0
free ; concede ; - ; 0 ; frees|freed|freeing
pardon ; concede ; - ; 0
cede ; concede ; to ; 0
hand over ; concede ; to ; 0
back down ; concede ; - ; 0
ease sanctions ; concede ; on,against ; 0
lift sanctions ; concede ; on,against ; 0
# 'Beijing has lifted its tariffs on Australian barley', 'scrapped the ban on'
lift ; concede ; on,against,curb+ ; 0 ; lift|lifts|lifted|lifting
scrap ; concede ; on,against,curb+ ; 0
waive ; concede ; on,against,curb+ ; 0
# --- cooperate -----------------------------------------------------------
cooperate ; cooperate ; with ; 1 ; +cooperate|+co-operate
collaborate ; cooperate ; with ; 1
# 'Spain and Morocco jointly dismantled a network': the adverb is the act
jointly ; cooperate ; with ; 1 ; jointly
coordinate ; cooperate ; with ; 1
work with ; cooperate ; - ; 1
work together ; cooperate ; with ; 1
partner with ; cooperate ; - ; 1
ally with ; cooperate ; - ; 1 ; ally with|allies with|allied with|allying with
form a coalition ; cooperate ; with ; 1 ; form a coalition|forms a coalition|formed a coalition|forming a coalition
join ; cooperate ; - ; 0
join forces ; cooperate ; with ; 1
# 'Bamako has relied on Moscow for air power': one side leans on the other
rely on ; cooperate ; - ; 0 ; rely on|relies on|relied on|relying on
team up ; cooperate ; with ; 1
share intelligence ; cooperate ; with ; 1
normalize relations ; cooperate ; with ; 1 ; +normalize relations|+normalise relations|+normalize ties|+normalise ties
restore ties ; cooperate ; with ; 1 ; +restore ties|+restore relations|+restore diplomatic ties|+restore diplomatic relations
reopen border ; cooperate ; with ; 1 ; +reopen its border|+reopen their border|+reopen the border|+reopen its borders|+reopen their borders|+reopen the borders|+reopen their shared border|+reopen their common border
establish diplomatic relations ; cooperate ; with ; 1 ; +establish diplomatic relations|+establish diplomatic ties|+establish ties
resume ties ; cooperate ; with ; 1 ; +resume ties|+resume relations|+resume diplomatic ties|+resume diplomatic relations
# a step up in a relation: 'upgraded ties with Canberra', 'mended fences with'
upgrade ties ; cooperate ; with ; 1 ; +upgrade ties|+upgrade relations
mend ties ; cooperate ; with ; 1 ; +mend ties|+mend relations|+mend fences|patch up ties|patches up ties|patched up ties|patching up ties|patch up relations|patches up relations|patched up relations|patching up relations
strengthen ties ; cooperate ; with ; 1 ; +strengthen ties|+strengthen relations|+deepen ties|+deepen relations|+boost ties
# --- aid -------------------------------------------------------------------
aid ; aid ; - ; 0 ; aid|aided|aiding
help ; aid ; - ; 0
assist ; aid ; - ; 0
supply ; aid ; -,to ; 0
fund ; aid ; - ; 0 ; funded|funding
finance ; aid ; - ; 0 ; financed|financing
arm ; aid ; - ; 0 ; arming
donate ; aid ; -,to ; 0
rescue ; aid ; - ; 0
evacuate ; aid ; - ; 0
bankroll ; aid ; - ; 0
shelter ; aid ; - ; 0 ; sheltered|sheltering
send aid ; aid ; to ; 0 ; send aid|sends aid|sent aid|sending aid
# --- retreat -------------------------------------------------------------
withdraw ; retreat ; from ; 0 ; withdraw|withdraws|withdrew|withdrawn|withdrawing
retreat ; retreat ; from ; 0
# "quit ECOWAS", "quit the coalition" (alone, "the minister quit", no pair)
quit ; retreat ; - ; 0 ; quit|quits|quitting
pull out ; retreat ; of,from ; 0
pull back ; retreat ; from ; 0
demobilize ; retreat ; - ; 0 ; +demobilize|+demobilise
disarm ; retreat ; - ; 0
de-escalate ; retreat ; - ; 0
# "Argentine forces surrendered to British troops": a military surrender
surrender ; retreat ; to ; 0 ; surrender|surrenders|surrendered|surrendering
# --- investigate ---------------------------------------------------------
investigate ; investigate ; - ; 0
probe ; investigate ; - ; 0
inspect ; investigate ; - ; 0
look into ; investigate ; - ; 0
# --- demand --------------------------------------------------------------
demand ; demand ; - ; 0
urge ; demand ; - ; 0
order ; demand ; -,to+ ; 0 ; ordered
call on ; demand ; - ; 0 ; +call on|+call upon
call for ; demand ; - ; 0
appeal ; demand ; to ; 0
press ; demand ; - ; 0 ; presses|pressed
# the noun "lobby" names a group ("the farm lobby"): the past tense only
lobby ; demand ; - ; 0 ; lobbied
ask ; demand ; - ; 0
request ; demand ; - ; 0
insist ; demand ; on ; 0
summon ; demand ; - ; 0
pressure ; demand ; - ; 0 ; +pressure|+pressurise|+pressurize
implore ; demand ; - ; 0
exhort ; demand ; - ; 0
beg ; demand ; - ; 0 ; begged|begging
plead with ; demand ; - ; 0 ; plead with|pleads with|pleaded with|pled with|pleading with
petition ; demand ; - ; 0 ; petitioned|petitioning
# --- accuse --------------------------------------------------------------
accuse ; accuse ; - ; 0
blame ; accuse ; -,on ; 0
criticize ; accuse ; - ; 0 ; +criticize|+criticise
condemn ; accuse ; - ; 0
denounce ; accuse ; - ; 0
deplore ; accuse ; - ; 0
slam ; accuse ; - ; 0
lash out ; accuse ; at ; 0
hit out at ; accuse ; - ; 0 ; hit out at|hits out at|hitting out at
take aim at ; accuse ; - ; 0 ; take aim at|takes aim at|took aim at|taking aim at
allege ; accuse ; - ; 0
charge ; accuse ; - ; 0 ; charged|charging
indict ; accuse ; - ; 0
prosecute ; accuse ; - ; 0
sue ; accuse ; - ; 0
rebuke ; accuse ; - ; 0
censure ; accuse ; - ; 0
castigate ; accuse ; - ; 0
disapprove ; accuse ; of ; 0
decry ; accuse ; - ; 0
confront ; accuse ; - ; 0
insult ; accuse ; - ; 0
impeach ; accuse ; - ; 0
# a quarrel between two: 'Obama and Castro sparred over human rights', 'traded barbs with'
spar ; accuse ; with ; 1 ; spar|spars|sparred|sparring
trade barbs ; accuse ; with ; 1 ; trade barbs|trades barbs|traded barbs|trading barbs|trade accusations|trades accusations|traded accusations|trading accusations|exchange accusations|exchanges accusations|exchanged accusations|exchanging accusations|trade insults|traded insults|trading insults|exchanged insults
# the rest of the class of verbs of scolding and disparaging; forms that are
# also nouns or adjectives ('a fault', 'a mock trial', 'a smear') are left out
berate ; accuse ; - ; 0
scold ; accuse ; - ; 0
chide ; accuse ; - ; 0
lambast ; accuse ; - ; 0 ; lambast|lambasts|lambaste|lambastes|lambasted|lambasting
excoriate ; accuse ; - ; 0
reprimand ; accuse ; - ; 0
upbraid ; accuse ; - ; 0
assail ; accuse ; - ; 0
admonish ; accuse ; - ; 0
chastise ; accuse ; - ; 0
reproach ; accuse ; - ; 0
deride ; accuse ; - ; 0
ridicule ; accuse ; - ; 0 ; ridiculed|ridiculing
vilify ; accuse ; - ; 0 ; vilify|vilifies|vilified|vilifying
pillory ; accuse ; - ; 0 ; pillory|pillories|pilloried|pillorying
denigrate ; accuse ; - ; 0
demonize ; accuse ; - ; 0 ; +demonize|+demonise
belittle ; accuse ; - ; 0
taunt ; accuse ; - ; 0 ; taunted|taunting
defame ; accuse ; - ; 0
slander ; accuse ; - ; 0 ; slandered|slandering
smear ; accuse ; - ; 0 ; smeared
fault ; accuse ; - ; 0 ; faulted|faulting
mock ; accuse ; - ; 0 ; mocked
rap ; accuse ; - ; 0 ; rapped
# --- reject --------------------------------------------------------------
reject ; reject ; - ; 0
refuse ; reject ; - ; 0
deny ; reject ; - ; 0
dismiss ; reject ; - ; 0
veto ; reject ; - ; 0 ; veto|vetoes|vetoed|vetoing
oppose ; reject ; - ; 0
rebuff ; reject ; - ; 0
boycott ; reject ; - ; 0
turn down ; reject ; - ; 0
defy ; reject ; - ; 0
snub ; reject ; - ; 0
spurn ; reject ; - ; 0
shun ; reject ; - ; 0 ; shun|shuns|shunned|shunning
resist ; reject ; - ; 0
block ; reject ; - ; 0
overturn ; reject ; - ; 0
quash ; reject ; - ; 0
annul ; reject ; - ; 0 ; annul|annuls|annulled|annulling
invalidate ; reject ; - ; 0
strike down ; reject ; - ; 0 ; strike down|strikes down|struck down|striking down
set aside ; reject ; - ; 0 ; set aside|sets aside|setting aside
# --- threaten ------------------------------------------------------------
threaten ; threaten ; - ; 0
warn ; threaten ; - ; 0
intimidate ; threaten ; - ; 0
vow retaliation ; threaten ; against ; 0 ; +vow retaliation|+vow revenge|vow to retaliate|vows to retaliate|vowed to retaliate|vowing to retaliate
# --- sanction ------------------------------------------------------------
sanction ; sanction ; - ; 0 ; sanction|sanctioned|sanctioning
impose sanctions ; sanction ; on,against ; 0 ; +impose sanctions|+slap sanctions
expel ; sanction ; - ; 0
suspend ; sanction ; - ; 0
cut ties ; sanction ; with ; 0 ; cut ties|cuts ties|cutting ties|cut off ties|cuts off ties|cutting off ties|cut relations|cuts relations|cutting relations|cut diplomatic ties|cuts diplomatic ties|cutting diplomatic ties|cut off diplomatic ties|cuts off diplomatic ties|cutting off diplomatic ties|cut diplomatic relations|cuts diplomatic relations|cutting diplomatic relations|cut off diplomatic relations|cuts off diplomatic relations|cutting off diplomatic relations|cut its ties|cut its diplomatic ties|cut its relations|cut its diplomatic relations|cut their ties|cut their diplomatic ties|cut their relations|cut their diplomatic relations|cut all ties|cut all diplomatic ties|cut all relations|cut all diplomatic relations|cuts its ties|cuts its diplomatic ties|cuts its relations|cuts its diplomatic relations|cuts their ties|cuts their diplomatic ties|cuts their relations|cuts their diplomatic relations|cuts all ties|cuts all diplomatic ties|cuts all relations|cuts all diplomatic relations|cutting its ties|cutting its diplomatic ties|cutting its relations|cutting its diplomatic relations|cutting their ties|cutting their diplomatic ties|cutting their relations|cutting their diplomatic relations|cutting all ties|cutting all diplomatic ties|cutting all relations|cutting all diplomatic relations
halt cooperation ; sanction ; with ; 0 ; halt cooperation|halted cooperation|halts cooperation|halting cooperation|halted all cooperation|ended cooperation|ends cooperation|ending cooperation|froze cooperation|freezes cooperation|freezing cooperation
sever ; sanction ; - ; 0
break off ; sanction ; - ; 0 ; break off|breaks off|broke off|broken off|breaking off
recall ambassador ; sanction ; from,to ; 0 ; +recall its ambassador|+recall their ambassadors|+recall ambassador
close border ; sanction ; with ; 0 ; +close its border|+close their border|+close the border|+close its borders|+close the borders
bar ; sanction ; -,from ; 0
embargo ; sanction ; - ; 0 ; embargo|embargoes|embargoed|embargoing
ban ; sanction ; - ; 0
freeze ; sanction ; - ; 0 ; freeze|freezes|froze|frozen|freezing
blacklist ; sanction ; - ; 0
penalize ; sanction ; - ; 0 ; +penalize|+penalise
punish ; sanction ; - ; 0
downgrade ties ; sanction ; with ; 0 ; +downgrade ties|+downgrade relations
fine ; sanction ; - ; 0 ; fined|fining
cancel ; sanction ; - ; 0 ; +cancel|cancelled|cancelling
call off ; sanction ; - ; 0 ; call off|calls off|called off|calling off
# --- protest -------------------------------------------------------------
protest ; protest ; -,against,to ; 0
rally ; protest ; -,against ; 0
riot ; protest ; against ; 0
walk out ; protest ; of ; 0
march ; protest ; against,on ; 0 ; marched|marching
# --- crime -----------------------------------------------------------------
kidnap ; crime ; - ; 0 ; +kidnap|kidnaped|kidnaping
abduct ; crime ; - ; 0
hack ; crime ; - ; 0
smuggle ; crime ; - ; 0
bribe ; crime ; - ; 0
steal ; crime ; -,from ; 0 ; steal|steals|stole|stolen|stealing
loot ; crime ; - ; 0
rob ; crime ; - ; 0
hijack ; crime ; - ; 0
blackmail ; crime ; - ; 0 ; blackmailed|blackmailing
extort ; crime ; -,from ; 0
spy on ; crime ; - ; 0 ; spy on|spies on|spied on|spying on
take hostage ; crime ; - ; 0 ; take hostage|takes hostage|took hostage|taken hostage|taking hostage
# --- mobilize ------------------------------------------------------------
mobilize ; mobilize ; - ; 0 ; +mobilize|+mobilise
deploy ; mobilize ; -,to ; 0
mass troops ; mobilize ; on,near,along ; 0 ; +mass troops|+mass forces
reinforce ; mobilize ; - ; 0
send troops ; mobilize ; to ; 0 ; send troops|sends troops|sent troops|sending troops|send forces|sends forces|sent forces|sending forces
# 'had sent about 10,000 troops to Russia': a number between the verb and its forces
send ; mobilize ; to,troops+ ; 0 ; send|sends|sent|sending
station ; mobilize ; in ; 0 ; stationed|stationing
# --- coerce --------------------------------------------------------------
arrest ; coerce ; - ; 0
detain ; coerce ; - ; 0
seize ; coerce ; -,from ; 0
take control ; coerce ; of,from ; 0 ; take control|takes control|took control|taken control|taking control|seize control|seizes control|seized control|seizing control|gain control|gains control|gained control|gaining control|wrest control|wrests control|wrested control|wresting control
blockade ; coerce ; - ; 0
deport ; coerce ; - ; 0
censor ; coerce ; - ; 0
imprison ; coerce ; - ; 0
jail ; coerce ; - ; 0
besiege ; coerce ; - ; 0
encircle ; coerce ; - ; 0
occupy ; coerce ; - ; 0
annex ; coerce ; - ; 0
crack down on ; coerce ; - ; 0
confiscate ; coerce ; - ; 0
sentence ; coerce ; - ; 0 ; sentenced|sentencing
execute ; coerce ; - ; 0
hang ; coerce ; - ; 0 ; hanged
intercept ; coerce ; - ; 0
harass ; coerce ; - ; 0
suppress ; coerce ; - ; 0
repress ; coerce ; - ; 0
oust ; coerce ; - ; 0
# 'removed Prime Minister X from office': only with the office (not 'removed Boeing from its list')
remove ; coerce ; -,office+ ; 0
sack ; coerce ; - ; 0 ; sack|sacked|sacking
topple ; coerce ; - ; 0
strip ; coerce ; - ; 0 ; stripped|stripping
overthrow ; coerce ; - ; 0 ; overthrow|overthrows|overthrew|overthrown|overthrowing
extradite ; coerce ; - ; 0
capture ; coerce ; -,from ; 0
convict ; coerce ; - ; 0
coerce ; coerce ; - ; 0
round up ; coerce ; - ; 0
disqualify ; coerce ; - ; 0 ; disqualify|disqualifies|disqualified|disqualifying
# --- assault -------------------------------------------------------------
attack ; assault ; - ; 0
strike ; assault ; - ; 0 ; strike|strikes|struck|striking
bomb ; assault ; - ; 0
bombard ; assault ; - ; 0
neutralise ; assault ; - ; 0 ; +neutralise|+neutralize
overrun ; assault ; - ; 0 ; overrun|overruns|overran|overrunning
rout ; assault ; - ; 0 ; routed|routs|routing
recapture ; assault ; -,from ; 0
retake ; assault ; -,from ; 0 ; retake|retakes|retook|retaken|retaking
repel ; assault ; - ; 0 ; repel|repels|repelled|repelling
repulse ; assault ; - ; 0 ; repulse|repulses|repulsed|repulsing
shell ; assault ; - ; 0 ; shelled|shelling
# (not "sink": news's ships mostly sink, "sank off the Malaysian coast",
# which the target-place reading would make an attack on Malaysia)
torpedo ; assault ; - ; 0 ; torpedo|torpedoes|torpedoed|torpedoing
shoot ; assault ; - ; 0 ; shoot|shoots|shot|shooting
shoot down ; assault ; - ; 0 ; shoot down|shoots down|shot down|shooting down
down ; assault ; - ; 0 ; downed
gun down ; assault ; - ; 0 ; gun down|guns down|gunned down|gunning down
kill ; assault ; - ; 0
fight ; assault ; -,against,with ; 0 ; fight|fights|fought|fighting
battle ; assault ; -,against,with ; 0
invade ; assault ; - ; 0
raid ; assault ; - ; 0
ambush ; assault ; - ; 0
stab ; assault ; - ; 0 ; stabbed|stabbing
lynch ; assault ; - ; 0 ; lynched
torch ; assault ; - ; 0 ; torched
pound ; assault ; - ; 0 ; pounded|pounding
target ; assault ; - ; 0 ; target|targets|targeted|targeting|targetted|targetting
hit ; assault ; - ; 0 ; hit|hits|hitting
fire on ; assault ; - ; 0 ; +fire on|+fire at|+open fire on
fire ; assault ; at,on,into,toward,towards ; 0 ; fire|fires|fired|firing
launch ; assault ; at,into,toward,towards,weapons+ ; 0 ; launch|launches|launched|launching
exchange fire ; assault ; with ; 1 ; +exchange fire|+trade fire|exchanged gunfire|traded gunfire
exchange prisoners ; cooperate ; with ; 1 ; +exchange prisoners|+swap prisoners|+trade prisoners
launch strikes ; assault ; on,against ; 0 ; +launch strikes|+launch attacks|+launch airstrikes|launch an attack|launches an attack|launched an attack|launching an attack
clash ; assault ; with ; 1 ; clash|clashed|clashing
massacre ; assault ; - ; 0
assassinate ; assault ; - ; 0
wound ; assault ; - ; 0
injure ; assault ; - ; 0
destroy ; assault ; - ; 0
storm ; assault ; - ; 0 ; stormed|storming
torture ; assault ; - ; 0
poison ; assault ; - ; 0 ; poisoned|poisoning
behead ; assault ; - ; 0
murder ; assault ; - ; 0
slaughter ; assault ; - ; 0
ram ; assault ; - ; 0 ; rammed|ramming
assault ; assault ; - ; 0
counterattack ; assault ; - ; 0
retaliate ; assault ; against ; 0
crush ; assault ; - ; 0 ; crush|crushes|crushed
annihilate ; assault ; - ; 0
"""

NOUNS = r"""
# --- consult -------------------------------------------------------------
talks ; talk ; consult ; with,between ; 1
talk ; talk ; consult ; with,between ; 1
meeting|meetings ; meet ; consult ; with,between ; 1
call|calls ; call ; consult ; with,between ; 1
phone call|phone calls|telephone call|telephone calls ; phone call ; consult ; with,between ; 1
video call|video calls|videoconference|video conference ; video call ; consult ; with,between ; 1
conversation|conversations ; conversation ; consult ; with,between ; 1
summit|summits ; summit ; consult ; with,between ; 1
negotiation|negotiations ; negotiate ; consult ; with,between ; 1
dialogue|dialog ; dialogue ; consult ; with,between ; 1
consultation|consultations ; consult ; consult ; with,between ; 1
discussion|discussions ; discuss ; consult ; with,between ; 1
visit|visits ; visit ; consult ; to ; 0
letter|letters ; write ; consult ; to ; 0
letter of intent|letters of intent ; letter of intent ; agree ; with,between ; 1
message|messages ; message ; consult ; to,between ; 0
briefing ; brief ; consult ; - ; 0
mediation ; mediate ; consult ; between ; 0
handshake ; shake hands ; consult ; with,between ; 1
invitation ; invite ; consult ; to ; 0
# --- agree ---------------------------------------------------------------
agreement|agreements ; agree ; agree ; with,between ; 1
deal|deals ; deal ; agree ; with,between ; 1
accord|accords ; accord ; agree ; with,between ; 1
treaty|treaties ; treaty ; agree ; with,between ; 1
pact|pacts ; pact ; agree ; with,between ; 1
ceasefire|ceasefires|cease-fire|cease-fires ; ceasefire ; agree ; with,between ; 1
truce|truces ; truce ; agree ; with,between ; 1
armistice ; armistice ; agree ; with,between ; 1
memorandum of understanding ; agree ; agree ; with,between ; 1
reconciliation ; reconcile ; agree ; with,between ; 1
pledge|pledges ; pledge ; agree ; to ; 0
# --- support -------------------------------------------------------------
support ; support ; support ; for ; 0
backing ; back ; support ; for ; 0
endorsement ; endorse ; support ; of ; 0
praise ; praise ; support ; for ; 0
solidarity ; solidarity ; support ; with ; 0
recognition ; recognize ; support ; of ; 0
apology ; apologize ; support ; to ; 0
# --- concede -------------------------------------------------------------
concession|concessions ; concede ; concede ; to ; 0
release ; release ; concede ; - ; 0
prisoner exchange|prisoner exchanges|prisoner swap|prisoner swaps ; exchange prisoners ; cooperate ; with,between ; 1
# --- cooperate -----------------------------------------------------------
cooperation|co-operation ; cooperate ; cooperate ; with,between ; 1
collaboration ; collaborate ; cooperate ; with,between ; 1
coordination ; coordinate ; cooperate ; with,between ; 1
alliance|alliances ; ally with ; cooperate ; with,between ; 1
partnership|partnerships ; partner with ; cooperate ; with,between ; 1
# joint activities: 'A and B held a joint naval exercise', 'formed a
# joint venture'; a joint statement or news conference is the two
# speaking together: 'A and B issued a joint statement' 
joint exercise|joint exercises|joint drill|joint drills|joint patrol|joint patrols|joint operation|joint operations|joint military exercise|joint military exercises|joint military drill|joint military drills|joint military patrol|joint military patrols|joint military operation|joint military operations|joint naval exercise|joint naval exercises|joint naval drill|joint naval drills|joint naval patrol|joint naval patrols|joint naval operation|joint naval operations|joint air exercise|joint air exercises|joint air drill|joint air drills|joint air patrol|joint air patrols|joint air operation|joint air operations|joint police exercise|joint police exercises|joint police drill|joint police drills|joint police patrol|joint police patrols|joint police operation|joint police operations|joint security exercise|joint security exercises|joint security drill|joint security drills|joint security patrol|joint security patrols|joint security operation|joint security operations ; joint exercises ; cooperate ; with,between ; 1
joint venture|joint ventures|joint project|joint projects|joint investigation|joint investigations|joint mission|joint missions ; joint venture ; cooperate ; with,between ; 1
joint statement|joint statements|joint declaration|joint communique|joint communiqué ; joint statement ; agree ; with,between ; 1
joint news conference|joint press conference|joint news briefing|joint press briefing ; joint news conference ; consult ; with,between ; 1
normalization|normalisation ; normalize relations ; cooperate ; with,between ; 1
# --- aid -------------------------------------------------------------------
aid ; aid ; aid ; to,for ; 0
assistance ; assist ; aid ; to,for ; 0
help ; help ; aid ; - ; 0
funding ; fund ; aid ; for,to ; 0
loan|loans ; lend ; aid ; to,for ; 0
donation|donations ; donate ; aid ; to ; 0
bailout|bailouts ; bailout ; aid ; for,to ; 0
package|packages ; package ; aid ; for,to ; 0
arms sale|arms sales|weapons sale|weapons sales|arms deliveries|weapons deliveries|arms shipments|weapons shipments|arms transfers|weapons transfers|sale of arms|sales of arms|sale of weapons|sales of weapons|delivery of weapons|deliveries of weapons|shipment of weapons|shipments of weapons|supply of weapons|supplies of weapons|transfer of weapons|transfers of weapons|delivery of arms|deliveries of arms|shipments of arms|supply of arms|transfer of arms ; supply ; aid ; to ; 0
rescue ; rescue ; aid ; - ; 0
evacuation ; evacuate ; aid ; - ; 0
# --- retreat -------------------------------------------------------------
withdrawal ; withdraw ; retreat ; from ; 0
exit ; exit ; retreat ; from ; 0
pullout|pull-out ; pull out ; retreat ; from ; 0
retreat ; retreat ; retreat ; from ; 0
# --- investigate ---------------------------------------------------------
investigation|investigations ; investigate ; investigate ; into,of ; 0
inquiry|inquiries|enquiry ; investigate ; investigate ; into ; 0
probe|probes ; probe ; investigate ; into ; 0
inspection|inspections ; inspect ; investigate ; of ; 0
# --- demand --------------------------------------------------------------
demand|demands ; demand ; demand ; for,on ; 0
appeal|appeals ; appeal ; demand ; to,for ; 0
request|requests ; request ; demand ; for ; 0
pressure ; pressure ; demand ; on ; 0
# --- accuse --------------------------------------------------------------
accusation|accusations ; accuse ; accuse ; against ; 0
allegation|allegations ; allege ; accuse ; against ; 0
criticism ; criticize ; accuse ; of ; 0
condemnation ; condemn ; accuse ; of ; 0
impeachment|impeachments ; impeach ; accuse ; of ; 0
rebuke|rebukes ; rebuke ; accuse ; of,to ; 0
objection|objections ; object ; accuse ; to ; 0
charges ; charge ; accuse ; against ; 0
indictment ; indict ; accuse ; against ; 0
conviction|convictions ; convict ; coerce ; of ; 0
lawsuit|lawsuits ; sue ; accuse ; against ; 0
arrest warrant|arrest warrants ; arrest ; coerce ; for,against ; 0
complaint|complaints ; complain ; accuse ; against ; 0
blame ; blame ; accuse ; for,on ; 0
barbs|insults|recriminations|jibes ; insult ; accuse ; against,at ; 0
# --- reject --------------------------------------------------------------
rejection ; reject ; reject ; of ; 0
veto|vetoes ; veto ; reject ; on,of ; 0
boycott|boycotts ; boycott ; reject ; of ; 0
# --- threaten ------------------------------------------------------------
threat|threats ; threaten ; threaten ; to,against ; 0
warning|warnings ; warn ; threaten ; to,against ; 0
ultimatum|ultimatums ; ultimatum ; threaten ; to ; 0
# --- sanction ------------------------------------------------------------
sanctions|sanction|counter-sanctions|countersanctions ; sanction ; sanction ; on,against ; 0
embargo|embargoes ; embargo ; sanction ; on,against ; 0
ban|bans ; ban ; sanction ; on ; 0
restrictions|curbs|export controls|export curbs|visa restrictions|trade restrictions|travel ban|travel bans|visa bans ; restrict ; sanction ; on,on+ ; 0
expulsion|expulsions ; expel ; sanction ; of ; 0
suspension ; suspend ; sanction ; of ; 0
tariff|tariffs|counter-tariff|counter-tariffs ; tariff ; sanction ; on,against ; 0
anti-dumping duty|anti-dumping duties|antidumping duty|antidumping duties|countervailing duty|countervailing duties|import duty|import duties|punitive duties|retaliatory duties|customs duties ; duty ; sanction ; on ; 0
asset freeze ; freeze ; sanction ; on,against ; 0
blacklist ; blacklist ; sanction ; - ; 0
# --- protest -------------------------------------------------------------
protest|protests ; protest ; protest ; against,with,to ; 0
demonstration|demonstrations ; demonstrate ; protest ; against ; 0
rally|rallies ; rally ; protest ; against ; 0
riot|riots ; riot ; protest ; against ; 0
hunger strike|hunger strikes ; hunger strike ; protest ; against ; 0
general strike|general strikes ; general strike ; protest ; against ; 0
sit-in|sit-ins ; sit-in ; protest ; against ; 0
walkout ; walk out ; protest ; - ; 0
# --- crime -----------------------------------------------------------------
kidnapping|kidnappings ; kidnap ; crime ; of ; 0
abduction|abductions ; abduct ; crime ; of ; 0
hacking ; hack ; crime ; of ; 0
cyberattack|cyberattacks|cyber attack|cyber attacks|cyber-attack|cyber-attacks ; cyberattack ; crime ; on,against ; 0
espionage ; spy on ; crime ; against ; 0
smuggling ; smuggle ; crime ; - ; 0
hijacking ; hijack ; crime ; of ; 0
hostage-taking ; take hostage ; crime ; - ; 0
# --- mobilize ------------------------------------------------------------
mobilization|mobilisation ; mobilize ; mobilize ; - ; 0
deployment|deployments ; deploy ; mobilize ; to ; 0
buildup|build-up ; build up ; mobilize ; near,along,on ; 0
reinforcements ; reinforce ; mobilize ; to ; 0
military exercises|military drills|war games|naval drills|drills ; drill ; mobilize ; near,around,off ; 0
# --- coerce --------------------------------------------------------------
arrest|arrests ; arrest ; coerce ; of ; 0
detention|detentions ; detain ; coerce ; of ; 0
crackdown|crackdowns ; crack down on ; coerce ; on,against ; 0
blockade|blockades ; blockade ; coerce ; of,on ; 0
siege|sieges ; besiege ; coerce ; of,on ; 0
occupation ; occupy ; coerce ; of ; 0
annexation ; annex ; coerce ; of ; 0
deportation|deportations ; deport ; coerce ; of ; 0
extradition ; extradite ; coerce ; of,to ; 0
seizure ; seize ; coerce ; of ; 0
execution|executions ; execute ; coerce ; of ; 0
# --- assault -------------------------------------------------------------
attack|attacks ; attack ; assault ; on,against ; 0
strike|strikes ; strike ; assault ; on,against ; 0
airstrike|airstrikes|air strike|air strikes|air raid|air raids ; airstrike ; assault ; on,against ; 0
drone strike|drone strikes|drone attack|drone attacks ; drone strike ; assault ; on,against ; 0
missile strike|missile strikes|missile attack|missile attacks|rocket attack|rocket attacks ; missile strike ; assault ; on,against ; 0
shelling ; shell ; assault ; of,on ; 0
bombing|bombings|bomb|bombs ; bomb ; assault ; of,on ; 0
bombardment ; bombard ; assault ; of,on ; 0
invasion ; invade ; assault ; of ; 0
offensive|offensives ; offensive ; assault ; against,on ; 0
operation|operations|military operation|military operations|security operation|security operations ; operation ; assault ; against,against+ ; 0
counteroffensive|counter-offensive ; offensive ; assault ; against,on ; 0
war|wars ; war ; assault ; with,against,on,between ; 0
conflict|conflicts ; conflict ; assault ; with,between ; 1
clash|clashes ; clash ; assault ; with,between ; 1
fighting ; fight ; assault ; with,between,against ; 1
hostilities ; hostilities ; assault ; with,between ; 1
skirmish|skirmishes ; skirmish ; assault ; with,between ; 1
battle|battles ; battle ; assault ; with,against,for ; 0
raid|raids ; raid ; assault ; on ; 0
ambush|ambushes ; ambush ; assault ; on ; 0
assault|assaults ; assault ; assault ; on,against ; 0
massacre|massacres ; massacre ; assault ; of ; 0
assassination|assassinations ; assassinate ; assault ; of ; 0
killing|killings ; kill ; assault ; of ; 0
shooting|shootings ; shoot ; assault ; of ; 0
murder|murders ; murder ; assault ; of ; 0
torture ; torture ; assault ; of ; 0
incursion|incursions ; incursion ; assault ; into ; 0
aggression ; aggression ; assault ; against ; 0
atrocities ; atrocity ; assault ; against ; 0
genocide ; genocide ; assault ; against ; 0
violence ; violence ; assault ; against ; 0
retaliation ; retaliate ; assault ; against ; 0
"""

# Forms listed as both verb forms and nouns that news mostly uses as nouns.
PREFER_N = set("""talks meeting probes aid funding briefing warning protests
rallies riots arrests blockades attacks strikes raids fighting killing shooting
bombing bombs shelling kidnapping hacking smuggling demands appeals requests pressure
embargoes bans vetoes boycotts support backing visits calls pledges ambushes
assaults massacres murders battles rebuke""".split())


def third(w):
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def past(w):
    if w in DOUBLE:
        return w + w[-1] + "ed"
    if w.endswith("e"):
        return w + "d"
    if len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ied"
    return w + "ed"


def gerund(w):
    if w in DOUBLE:
        return w + w[-1] + "ing"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        return w[:-1] + "ing"
    return w + "ing"


def inflect(lemma):
    head, _, rest = lemma.partition(" ")
    tail = (" " + rest) if rest else ""
    return [head + tail, third(head) + tail, past(head) + tail, gerund(head) + tail]


# Breaking off ties: every form of the verb, with "off" for "break", a
# determiner or none, "diplomatic" or not, and "ties" or "relations"
# ("broke diplomatic relations with B", "severed all ties with",
# "suspended its relations with"): sanction, the other party after "with".
TIES_VERBS = {"break ties": ["break", "breaks", "breaking", "broke", "broken"],
              "end ties": ["end", "ends", "ending", "ended"],
              "sever ties": ["sever", "severs", "severing", "severed"],
              "suspend ties": ["suspend", "suspends", "suspending", "suspended"]}


def ties_rows():
    rows = []
    for lemma, verbs in TIES_VERBS.items():
        forms = [v + off + det + adj + noun
                 for v in verbs
                 for off in ([""] + ([" off"] if lemma == "break ties" else []))
                 for det in ["", " its", " their", " all"]
                 for adj in ["", " diplomatic"]
                 for noun in [" ties", " relations"]]
        rows.append((lemma, "sanction", "with", "0", "|".join(forms)))
    return rows


def main():
    table = {}  # form -> dict

    def add(form, lemma, kind, pos, prep, sym):
        if kind not in KINDS:
            sys.exit("bad kind %r for %r" % (kind, form))
        form = L.clean(form)
        if form != form.lower():
            sys.exit("form not lower case: %r" % form)
        preps = [p for p in prep.split(",") if p]
        if form in table:
            old = table[form]
            if old["kind"] != kind:
                sys.exit("%r: kind %s vs %s" % (form, old["kind"], kind))
            if old["pos"] == pos:
                sys.exit("%r listed twice as %s" % (form, pos))
            # merge a verb and a noun reading
            v, n = (old, None) if old["pos"] == "v" else (None, old)
            new = {"lemma": lemma, "kind": kind, "pos": pos, "prep": preps, "sym": sym}
            if v is None:
                v = new
            else:
                n = new
            keep = n if form in PREFER_N else v
            merged = dict(keep)
            order = ["-"] + [p for p in v["prep"] + n["prep"] if p != "-"]
            merged["prep"] = [p for i, p in enumerate(order)
                              if (p in v["prep"] or p in n["prep"]) and p not in order[:i]]
            merged["merged"] = True
            table[form] = merged
            return
        table[form] = {"lemma": lemma, "kind": kind, "pos": pos, "prep": preps, "sym": sym}

    for lemma, kind, prep, sym, forms in list(L.parse_block(VERBS, 5)) + ties_rows():
        out = []
        if not forms:
            out = inflect(lemma)
        else:
            for f in L.bars(forms):
                out += inflect(f[1:]) if f.startswith("+") else [f]
        for f in L.uniq(out):
            add(f, lemma, kind, "v", prep, sym)

    for forms, lemma, kind, prep, sym in L.parse_block(NOUNS, 5):
        for f in L.bars(forms):
            add(f, lemma, kind, "n", prep, sym)

    unused = PREFER_N - {f for f, d in table.items() if d.get("merged")}
    if unused:
        sys.exit("PREFER_N forms that are not both verb and noun: %s" % sorted(unused))

    rows = []
    for form, d in table.items():
        rows.append([form, d["lemma"], d["kind"], d["pos"], ",".join(d["prep"]), d["sym"]])
    L.write_tsv("verbs.tsv", ["form", "lemma", "kind", "pos", "prep", "sym"], rows)
    lemmas = {(d["lemma"]) for d in table.values()}
    print("  %d lemmas" % len(lemmas))


if __name__ == "__main__":
    main()
