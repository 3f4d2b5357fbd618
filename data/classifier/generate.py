#!/usr/bin/env python3
"""Generate the PolicyRules classifier TRAINING corpus (train.jsonl).

This script is the real source of data/classifier/train.jsonl.  It is fully
deterministic (fixed seed): running it again reproduces the same file.

How it works
------------
* Hand-written template pools, one or more per rule family of
  docs/rule-catalog.md, plus many pools of clean drafts (hard negatives).
* Templates contain {slots} filled from large slot pools (pupil names, staff
  roles, insults, similes, streets, towns, schools, suppliers, ...).
* Each pool lists the (channel, author) profiles it may be posted under and
  flags that drive the cross-category labelling rules:
    v  the draft gives a view about the school / work.  Posted by staff or a
       governor on a PERSONAL channel without a "views my own" style
       disclaimer it also breaks `disclaimers` (disclaimer-missing).  The
       generator appends a disclaimer to a share of such drafts, which makes
       them clean (or leaves only their other labels).
    p  the draft discusses pupils.  Posted by staff on a PERSONAL channel it
       also breaks `pupil-identification` (pupil-on-personal-account).
    s  speaking for the school on a personal account: always `disclaimers`,
       never gets a disclaimer appended.
* Openers, closers (emoji, hashtags), filler sentences and a noise layer
  (lower-casing, txt-speak, dropped apostrophes, common misspellings,
  keyboard slips) add surface variety.  Exact-duplicate texts are rejected.

Usage: python3 generate.py [output_path]
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20240611
rng = random.Random(SEED)

LABELS = ["confidentiality", "pupil-identification", "defamation", "disclaimers", "conduct"]
C, PI, D, DI, CO = LABELS


def lines(block):
    out = []
    for l in block.strip("\n").split("\n"):
        l = l.strip()
        if l and not l.startswith("#"):
            out.append(l)
    return out


# --------------------------------------------------------------------------
# Slot pools
# --------------------------------------------------------------------------
S = {}

S["first"] = lines("""
Olivia
Amelia
Isla
Ava
Mia
Ivy
Lily
Isabella
Rosie
Sophia
Grace
Freya
Willow
Evie
Poppy
Ella
Daisy
Ellie-May
Aisha
Zara
Maryam
Amira
Harper
Layla
Millie
Ruby
Phoebe
Sienna
Chloe
Erin
Niamh
Caitlin
Skye
Tia
Kacey
Leah
Jessica
Holly
Megan
Bethany
Oliver
Noah
George
Arthur
Leo
Harry
Oscar
Archie
Henry
Theo
Jack
Charlie
Freddie
Alfie
Jacob
Thomas
Muhammad
Ibrahim
Yusuf
Ayaan
Zain
Kai
Reggie
Tommy
Ronnie
Jayden
Kieran
Callum
Liam
Connor
Riley
Mason
Tyler
Lewis
Owen
Dylan
Ethan
Finley
Louie
Jaxon
Ryan
Josh
Kyle
Brandon
Harvey
Rhys
Ewan
Sami
Tomasz
Jakub
Oliwia
Zuzanna
Deji
Tobi
Kofi
Chidi
Priya
Arjun
Rohan
Anaya
Hamza
Bilal
Fatima
Hafsa
Sofia
Mateo
Luca
Matilda
Esme
Florence
Hallie
Maisie
Lacey
Brooke
Summer
Courtney
Alesha
Kayden
Bobby
Frankie
Jenson
Lola
""")

GIRLS = set("""Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Evie Poppy Ella Daisy Ellie-May Aisha Zara
Maryam Amira Harper Layla Millie Ruby Phoebe Sienna Chloe Erin Niamh Caitlin Skye Tia Kacey Leah Jessica Holly Megan Bethany Oliwia
Zuzanna Priya Anaya Fatima Hafsa Sofia Matilda Esme Florence Hallie Maisie Lacey Brooke Summer Courtney Alesha Lola""".split())
S["girl"] = [x for x in S["first"] if x in GIRLS]
S["boy"] = [x for x in S["first"] if x not in GIRLS and x not in ("Frankie", "Charlie")]

S["surname"] = lines("""
Smith
Jones
Taylor
Brown
Wilson
Johnson
Wright
Walker
Robinson
Thompson
White
Hall
Green
Harris
Lewis
Martin
Jackson
Turner
Hill
Scott
Cooper
Ward
Morris
King
Watson
Baker
Harrison
Young
Allen
Mitchell
James
Anderson
Phillips
Lee
Bell
Parker
Davis
Kelly
Bailey
Cook
Richardson
Moore
Atkinson
Marshall
Ali
Hussain
Shah
Nowak
Kowalski
Wisniewski
Okoro
Adeyemi
Mensah
Osei
O'Connor
McDonald
Fraser
Campbell
Stewart
Murray
Doherty
Gallagher
Brennan
Lynch
Hartley
Pickering
Sutcliffe
Ackroyd
Barraclough
Oldroyd
Greenwood
Hargreaves
Whitehead
Dawson
Holt
Pearson
Rowe
Sharpe
Tomlinson
Booth
Kirby
Lambert
Rhodes
Sykes
Firth
Heaton
Naylor
Crossley
Thornton
Fenwick
Gibson
Mahmood
Chaudhry
Iqbal
Kaczmarek
Popescu
Dimitrov
Nwosu
Boateng
""")

# staff surnames are a separate pool so staff and pupils rarely share names
S["tsurname"] = lines("""
Patel
Hughes
Khan
O'Brien
Williams
Davies
Clarke
Ahmed
Evans
Roberts
Walsh
Singh
Murphy
Kowalczyk
Baxter
Pritchard
Fletcher
Marsh
Lloyd
Okafor
Bennett
Carter
Price
Shaw
Wood
Holmes
Gill
Begum
Kaur
Reid
Doyle
Hart
Barker
Fox
Nash
Quinn
Rahman
Webb
Yates
Ellis
Harding
Jenkins
Lowe
Mills
Noble
Ashworth
Bradshaw
Cartwright
Dunne
Entwistle
Fairclough
Griffiths
Hollis
Ingram
Jarvis
Kendall
Lockwood
Metcalfe
Newbould
Ormerod
""")

S["title"] = ["Mr", "Mrs", "Miss", "Ms", "Mr", "Mrs", "Miss", "Dr"]
S["teacher"] = ["{title} {tsurname}"]

S["school"] = lines("""
Oakfield Primary
St Anne's
Brookside Academy
Hollybank Primary
Moorside Juniors
St Mary's C of E
Greenacres
Westfield Academy
Riverside Primary
Highfield
Kingsmead School
Castle Hill Primary
Meadowbank
Ashgrove Academy
St Joseph's
Thornhill Primary
Parkside Infants
Holy Trinity
Fernwood Academy
Bramley Juniors
Millbrook Primary
Hillcrest
Lark Rise Academy
Beacon View
Stoneygate Primary
Redwood Academy
Chapel End Juniors
Sandfield Primary
Northgate High
Wolds Academy
Valley Road Primary
Copperfield
St Wilfrid's
Longmoor Primary
Heathfield High
Coldharbour Academy
Eastbrook Primary
Abbey Lane
Windmill Hill
Orchard Vale
""")
S["school2"] = S["school"]

S["trustname"] = lines("""
the Star trust
Pathways Learning Trust
the Horizon MAT
Endeavour Academies
Unity Schools Partnership
the diocese trust
Northern Lights Learning
Bridgewater Education Trust
Compass Academies
Keystone Learning Trust
the big MAT down the road
Elevate Education
""")

S["town"] = lines("""
Bilston
Dudley
Stourbridge
Melton
Ossett
Batley
Dewsbury
Wigan
Leigh
Bolton
Rochdale
Hyde
Hexham
Ashington
Blyth
Consett
Barnsley
Goole
Selby
Thirsk
Retford
Worksop
Mansfield
Ilkeston
Kettering
Corby
Redditch
Bromsgrove
Kidderminster
Tamworth
Nuneaton
Hinckley
Loughborough
Grantham
Spalding
Skegness
Louth
Lowestoft
Thetford
Clacton
Harlow
Basildon
Gravesend
Margate
Swindon
Yeovil
Barry
Pontypridd
Merthyr
Brierley Hill
""")

S["street"] = lines("""
Mill Lane
Church Street
Victoria Road
Albert Terrace
Station Road
Queens Drive
Elm Grove
Beech Avenue
Laburnum Close
Hawthorn Way
Meadow View
Park Crescent
Kingsway
The Crescent
Chapel Row
Canal Side
Market Street
High Street
Brook Lane
Wellington Road
Nelson Street
Windsor Close
Cherry Tree Walk
Bramble Way
Foxglove Close
Ash Court
Tennyson Road
Shakespeare Avenue
Dale View
Moor Lane
Fern Road
Granville Street
Russell Terrace
Wharf Road
Prospect Hill
Orchard Close
Sycamore Drive
Birch Grove
Lime Street
Rosebery Avenue
Belvedere Road
Hollins Lane
Greenfield Road
Oak Tree Road
Bridge Street
Spring Gardens
Cross Street
Broad Lane
Sandy Lane
Coronation Avenue
Jubilee Way
Princess Street
Rectory Lane
Gas Street
Tithe Barn Close
""")
S["estate"] = ["the Brookfield estate", "the Meadows estate", "Parkside flats", "Tower Court", "the new builds off Cemetery Road",
               "the Lakeside estate", "the flats behind Aldi", "Heron Court", "the caravan park", "the Moorview estate"]
S["housenum"] = [str(i) for i in range(1, 140)]

S["year"] = lines("""
Year 1
Year 2
Year 3
Year 4
Year 5
Year 6
Year 7
Year 8
Year 9
Year 10
Year 11
Reception
Y3
Y4
Y5
Y6
yr 2
yr 5
yr 8
yr 9
6B
4C
3W
5H
2P
9X2
10F
8R
11S
7K
""")
S["yearnum"] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
S["primyear"] = ["Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6", "Reception", "Y2", "Y4", "Y5", "Y6", "yr 3"]
S["secyear"] = ["Year 7", "Year 8", "Year 9", "Year 10", "Year 11", "Y7", "Y9", "Y10", "yr 11", "sixth form", "Year 12", "Year 13"]
S["classname"] = lines("""
Oak class
Hedgehogs
Class 4
Willow class
Kestrels
Owls
Butterflies
Ash class
Maple
Robins
Squirrels
Class 2
Foxes
Badgers
Beech class
Rowan class
Sunflowers
Puffins
Elm class
Dolphins
""")
S["age"] = [str(i) for i in range(4, 17)] + ["seven", "eight", "nine", "ten", "six", "five", "eleven"]
S["primage"] = [str(i) for i in range(4, 12)] + ["seven", "eight", "nine", "six"]
S["dob"] = ["{day_n}/{mon_n}/{yyyy}", "{day_n}.{mon_n}.{yyyy}", "{day_o} {monthname} {yyyy}"]
S["day_n"] = [f"{i:02d}" for i in range(1, 29)] + [str(i) for i in range(1, 29)]
S["mon_n"] = [f"{i:02d}" for i in range(1, 13)]
S["yyyy"] = [str(y) for y in range(2009, 2020)]
S["adultyyyy"] = [str(y) for y in range(1968, 2000)]
S["day_o"] = ["1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "11th", "12th", "14th", "17th", "19th", "21st", "22nd", "23rd", "25th", "28th", "30th"]
S["monthname"] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
S["club"] = lines("""
Brownies
Cubs
Beavers
Rainbows
the football club at the rec
street dance
swimming at the leisure centre
the gymnastics club on Mill Lane
Scouts
the junior parkrun
St John's Ambulance cadets
karate on Thursdays
the under-9s rugby
the drama school in town
Sea Cadets
the chess club at the library
the youth choir
the BMX track
horse riding at the stables
the Saturday coding club
ballet
the boxing gym
""")
S["weekday"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
S["when"] = ["tomorrow", "on Tuesday", "next week", "on Monday", "Thursday", "after half term", "next Wednesday", "this Friday", "first thing Monday", "in the morning"]
S["n"] = ["two", "three", "four", "five", "six", "2", "3", "4", "5", "7"]
S["money"] = ["£40k", "£120,000", "200k", "a quarter of a million", "£85k", "six figures", "£300k", "£60,000", "nearly half a mil", "£150k", "90 grand", "£1.2 million"]
S["salary"] = ["£68k", "70 grand", "nearly £90,000", "£52k", "£110k", "more than £80k", "about 95 grand", "£61,000"]
S["subject"] = ["maths", "English", "science", "history", "geography", "PE", "art", "music", "French", "computing", "RE", "DT", "Spanish", "drama"]
S["sport"] = ["football", "netball", "rugby", "hockey", "cricket", "athletics", "swimming", "cross country", "tag rugby", "rounders", "dodgeball", "basketball", "tennis", "badminton"]
S["event"] = lines("""
sports day
the nativity
the Christmas fair
parents' evening
the Year 6 production
the summer fete
the trip to the zoo
World Book Day
the carol concert
the harvest festival
the residential
the leavers' assembly
the school disco
the Easter bonnet parade
the science fair
the talent show
the summer concert
Children in Need day
the sponsored walk
""")
S["supplier"] = lines("""
Brightbite Catering
Cleanrite Services
EduPrint
KidsKamp Coaching
Sparkle Cleaning
Fresh Start Dinners
TechFix IT
Smart Uniforms Ltd
Kingfisher Coaches
Little Chefs Catering
Top Marks Tutoring
SnapHappy School Photos
Premier Sports Coaching
Clearview Windows
ABC Minibus Hire
Bright Sparks Tuition
FunFit PE
The Uniform Shop on the high street
""")
S["slt"] = lines("""
SLT
the SLT
senior leadership
the leadership team
management
the management
the powers that be
the higher-ups
the suits upstairs
the top corridor
the people in charge
our leadership
the senior team
the heads of department
""")
S["head"] = lines("""
the head
the headteacher
our head
the HT
the head teacher
the new head
the exec head
the headmistress
the headmaster
the boss
her upstairs
him upstairs
the big boss
the principal
""")
S["colleague"] = lines("""
the new deputy
the deputy head
the Year 4 teacher
the SENCo
the business manager
the caretaker
the PE teacher
one of the TAs
the new ECT
the receptionist
the office manager
the head of maths
the head of science
the site manager
the bursar
the head of year 9
the music teacher
the cover supervisor
the Reception teacher
the assistant head
the attendance officer
the new HLTA
the Year 2 teacher
the DT technician
the head of English
{teacher}
{teacher}
{teacher}
{teacher}
""")
S["colleague_group"] = lines("""
the office staff
the dinner ladies
the TAs
the science department
the supply teachers
the lunchtime supervisors
the admin team
the English department
the maths lot
the cleaners
the teaching staff
the teachers in KS2
the pastoral team
the early years team
""")
S["trust"] = lines("""
the trust
the MAT
the academy trust
the LA
the council
the local authority
the diocese
the federation
the CEO of the trust
the trust board
""")
S["insult_adj"] = lines("""
useless
clueless
a joke
hopeless
a shambles
incompetent
spineless
gormless
dense
a liability
two-faced
bone idle
out of their depth
a waste of space
a total embarrassment
thick
a nightmare
a car crash
a law unto themselves
about as useful as a wet lettuce
an absolute liability
rotten
completely past it
a laughing stock
not fit to run a bath
""")
S["insult_noun"] = lines("""
clowns
muppets
jokers
numpties
plonkers
wasters
amateurs
dinosaurs
headless chickens
a bunch of cowboys
a circus
a bunch of yes-men
pen pushers
lightweights
chancers
melts
dossers
a shower
absolute weapons
pillocks
""")
S["simile"] = lines("""
couldn't organise a raffle
couldn't run a bath
couldn't find their way out of a paper bag
is as much use as a chocolate teapot
is thick as mince
is thick as two short planks
is about as sharp as a beach ball
couldn't lead a conga at a wedding
has the lights on but nobody home
couldn't manage a tuck shop
is as useful as a screen door on a submarine
couldn't organise a bake sale in a bakery
wouldn't know a good lesson if it bit them
is all mouth and no trousers
is as bright as a two-watt bulb
couldn't spell 'safeguarding' if you paid them
has the people skills of a parking warden
is a few sandwiches short of a picnic
couldn't plan a timetable with a calculator and a week off
""")
S["pupil_insult"] = lines("""
a proper little toerag
an absolute menace
feral
a little scrote
a nasty piece of work
a little horror
thick as a brick
a brat
a spoilt little madam
a right little so-and-so
trouble with a capital T
a gremlin
a little thug
a waste of a desk
""")
S["pupils_insult"] = lines("""
feral
little horrors
a pack of animals
little toerags
absolute menaces
thick as bricks
spoilt brats
a nightmare, the lot of them
little thugs
gremlins
a bunch of scrotes
wild animals
thick as mince
vile little so-and-sos
""")
S["parent_insult"] = lines("""
thick as mince
a nightmare
nasty
gobby
a bunch of scroungers
rough as old boots
a clique of snobs
entitled
a pain in the backside
absolutely clueless
feral themselves
trashy
a waste of oxygen
too lazy to read a letter
""")
S["emo_neg"] = ["🙄", "😡", "🤦‍♀️", "🤦‍♂️", "😤", "🤬", "😒", "😩", "🫠", "😬", "👎", "🙃", "😑", "💀"]
S["emo_pos"] = ["😍", "🥰", "❤️", "💙", "💚", "⭐", "🌟", "🎉", "👏", "🙌", "😊", "💪", "🥳", "✨", "☀️", "🏆", "😁", "🤩"]
S["emo_lol"] = ["😂", "🤣", "😂😂", "😆", "💀", "😅", "🤭", "😂😂😂"]
S["emo_sly"] = ["👀", "🤫", "😉", "🙊", "😏", "🤐", "👀👀"]
S["pcode"] = ["1973", "4471", "2580", "0812", "1066", "3690", "7741", "1357", "2024", "9001", "5150", "8642", "1212", "0000", "4321"]
S["pword"] = ["Owls2024!", "Summer23", "Kestrel1", "Acorns!22", "Password1", "Welcome123", "Football99", "Oakfield1!", "Rainbow77", "Tigers2023", "Spring#24", "Letmein1", "Headteacher1", "Sunshine2!"]
S["mobile"] = ["07700 900{d3}", "07700900{d3}", "07700-900-{d3}", "07700 900 {d3}", "0770 0900 {d3}"]
S["d3"] = [f"{i:03d}" for i in range(0, 1000, 7)]
S["handle"] = ["{tsl}_{tsn}", "miss{tsl}x", "mr.{tsl}.{n2}", "{tsl}{n2}", "the_real_{tsl}", "{tsl}.{tsn}.teach", "{tsl}xo", "{tsl}_official", "big_{tsl}_{n2}"]
S["tsl"] = [s.lower().replace("'", "") for s in S["tsurname"]]
S["tsn"] = ["jo", "sam", "kate", "dave", "becky", "tom", "emma", "rich", "lou", "gaz", "sarah", "mo", "jen", "ste", "nat"]
S["n2"] = [str(i) for i in range(80, 100)] + ["01", "07", "10", "22", "23"]
S["personal_email"] = ["{tsn}.{tsl}{n2}@gmail.com", "{tsl}{n2}@hotmail.co.uk", "{tsn}{tsl}@outlook.com", "{tsn}_{tsl}@yahoo.co.uk", "{tsl}.{tsn}@icloud.com"]

# --------------------------------------------------------------------------
# Pools
# --------------------------------------------------------------------------
PROFILES = {
    "staffp": ("personal", "staff"),
    "govp": ("personal", "governor"),
    "volp": ("personal", "volunteer"),
    "parentp": ("personal", "parent"),
    "pupilp": ("personal", "pupil"),
    "staffmsg": ("message", "staff"),
    "govmsg": ("message", "governor"),
    "volmsg": ("message", "volunteer"),
    "parentmsg": ("message", "parent"),
    "pupilmsg": ("message", "pupil"),
    "off": ("official", "staff"),
    "offgov": ("official", "governor"),
    "news": ("newsletter", "staff"),
    "newsgov": ("newsletter", "governor"),
    "newsvol": ("newsletter", "volunteer"),
}

POOLS = {}


def pool(name, labels, profiles, block, flags="", tone="neutral", quota=0):
    profs = []
    for tok in profiles.split():
        k, _, w = tok.partition(":")
        assert k in PROFILES, k
        profs.append((k, int(w or 1)))
    POOLS[name] = dict(name=name, labels=set(labels), profiles=profs, templates=lines(block),
                       flags=flags, tone=tone, quota=quota)


# ============================ CONFIDENTIALITY ==============================
pool("conf_changes", [C], "staffp:5 govp:2 staffmsg:3 volp:1 govmsg:1", """
guess who's getting let go after Easter, not saying who {emo_sly}
Heard today there'll be {n} fewer TAs come September. Keep it zipped til it's official x
so the trust want to merge us with {school2}. staff found out this morning, parents haven't got a clue yet
Can't say much but big changes coming at {school}... think restructure, think brown envelopes 📩
New head's been picked!! Can't say who but you'll never guess. Announced after half term apparently
{school} is closing its nursery in July. not public yet so shhh
our lot are going academy next year, letters haven't gone out to parents yet
Rumour from the staffroom: consultation on redundancies starts {when}
Two of the office team have been told their jobs are at risk. Nobody's meant to know
Between us, {head} is leaving at Christmas and the deputy's stepping up
They're scrapping the music department. Kids and parents don't know yet
Merger with {trustname} is a done deal apparently, papers signed last week
heads up if your kid's in the resource base, it's being shut down next year (not announced yet)
P45s all round for the support staff by the sound of it {emo_sly}
Looks like {school} will be swallowed up by {trustname} by September. Keep it quiet for now
[staffp staffmsg] Found out today I'm one of the ones 'in scope' for the restructure. Can't say more
lunchtime supervisors being cut from six to three from January, they haven't been told officially yet
the federation with {school2} is happening, the execs are already measuring up offices
Sixth form's being axed. You heard it here first
pretty sure the interviews for the new head were today, saw the candidates' cars in the car park. winner gets told {when}
Someone's jumped before they're pushed {emo_sly} resignation on the head's desk this morning
job cuts coming to the kitchen team, don't say I said anything
{trust} are pulling our deputy to another school and she doesn't even know yet
Say goodbye to two-form entry, we're dropping to one class per year from September. Hush hush
the Year 5 teacher's contract isn't being renewed, she finds out Friday
we're losing the breakfast club in the summer, governors decided but it's not gone out yet
new head starts in April and it's someone from {school2} 👀 don't spread it
restructure letters going out {when}, pastoral team are toast
the school's being rebuilt on the field and we're all moving to portakabins, nobody's been told officially
4 teachers leaving in July and they're not replacing any of them. Parents find out in the newsletter next month
[staffp staffmsg govp] being told tomorrow which TAs are going. I've been asked to keep it quiet but it's eating me up
the infant and junior schools are being amalgamated, consultation not even started but it's decided
{head}'s been offered a job at the trust, they're announcing it at the end of term
Can't believe they're closing the unit. The families have no idea what's coming
""")

pool("conf_changes_v", [C], "staffp:5 govp:2 volp:1", """
gutted. {school} is losing {n} teaching assistants in the summer and the parents don't even know yet
absolutely sickening that they're getting rid of the librarian and nobody's been told. keep it to yourselves
honestly the restructure at work is a disgrace, half the support staff out the door by July and it's all hush hush
the merger with {trustname} is a terrible idea and it's happening whether we like it or not. Not announced yet
so they've picked the new head and it's the worst possible choice. Not official til after Easter
feel sick for the lunchtime staff, their hours are being cut and they find out next week
""", flags="v")

pool("conf_finance", [C], "staffp:5 govp:2 staffmsg:2 volp:1 govmsg:1", """
we're {money} in the red and they're still buying new iPads {emo_neg}
Budget meeting today: {money} deficit, no supply cover till April. Cheers
the new deputy's on {salary}. Let that sink in
the head's salary is more than three TAs put together, just saying
School's been told our high needs funding is being cut by a third. We're not allowed to say anything
No money for glue sticks but apparently {money} for a consultant {emo_neg}
we're skint. like properly skint. bursar reckons we've got until Easter before it gets ugly
pay rise? lol. the TAs at ours are getting nowt this year, confirmed at finance committee
{trust} are top-slicing 7% off our budget now. Parents would be livid if they knew
can't fund the SEN support because there's literally nothing left in the pot, overspent by {money}
found the salary spreadsheet on the shared drive {emo_sly} some very interesting numbers
Supply budget gone by November, so that's us covering every lesson till summer
overheard the business manager: 'we won't make payroll in March without the loan'
Governors signed off a three-year deficit recovery plan last night. It's grim reading
my HLTA mate is on less than the new cleaner at ours
heard the CEO of the trust is on {salary} plus a car. wonder if the parents know
we've been told to stop ordering exercise books because the budget's frozen until April
trip subsidies are being scrapped because we're {money} down, nobody's told the parents
the school fund's been raided to pay the heating bill, that's where your PTA money went
the deputy's on a TLR and a half for doing basically the same as me, {salary} all in
Learnt today the school is in a licensed deficit with the LA. Makes sense of everything
the trust's reserves are gone and they're borrowing against next year, straight from the finance pack
{head} got a bonus while we got told there's no money for cover. make it make sense
the catering contract's costing us {money} and they want to cut TA hours to pay for it
budget's that bad they've stopped replacing the paper towels. we're {money} short this year
""")

pool("conf_inspection", [C], "staffp:6 govp:2 staffmsg:2 volp:1", """
Ofsted are coming Tuesday!!! send wine 🍷
the call came. Inspectors in {when} 😬
we got RI. report won't be out for weeks but there you go
Well, 'requires improvement' it is. Gutted. Can't say more till it's published
the clipboard brigade arrive Monday. pray for me 🙏
[staffp staffmsg] Lead inspector's already been on the phone, guess where I'll be all weekend 📚
Anyone else's school had the phone call today? Ours has {emo_sly} #ofsted
Unofficially: we're Good! 🎉 not allowed to say until the report's out so you didn't hear it from me
[staffp govp staffmsg volp] SIAMS visit next week, the vicar's in a right flap
Inspection feedback today and it's not pretty. Inadequate for leadership 😳
heard the inspectors told the head we'd have been outstanding if not for the data. report due next month
HMI in on Wednesday. Deep dives in maths and reading. someone fetch the laminator
Our school's going into special measures, it's not public yet
the big O have landed {emo_sly} two days of smiling through gritted teeth
Ofsted verdict: 'Good' with outstanding behaviour!! can't post officially for 3 weeks but I'm buzzing
got the nod that the inspectors are in {when}, everyone's frantically doing displays
Just had our feedback meeting... we've gone down to RI. Report lands in a month. Devastated
inspection tomorrow at {school}, if your kids come home saying a stranger asked them questions that's why
[staffp staffmsg] Ofsted rang at 11.30. Cancel your plans, staff {emo_neg}
can't say the O word but let's just say our visitors this week gave us a grade we're not thrilled with
Monitoring visit from HMI on Thursday because of last year's judgement, absolutely dreading it
We're officially 'requires a bit of work' according to the inspectors, shh till the report's out
The draft report came through and they've marked us down on SEND. Not published yet
good news travels fast: outstanding for personal development!! (not allowed to say yet) 🤫
""")

pool("conf_exam", [C], "staffp:5 staffmsg:3 volp:1", """
the kids are going to love question 3 on the maths paper tomorrow, absolute gift {emo_sly}
seen the KS2 reading paper already, it's all about penguins this year 🐧
SATs arithmetic this year has a long division right at the end, revise that tonight
hint hint: circle theorems on paper 2 {emo_sly} #gcse
opened the GCSE English pack by accident and that extract is grim
Year 6 parents, get them practising fractions of amounts tonight. trust me {emo_sly} (you didn't hear it from me)
the science paper tomorrow has a whole six-marker on the heart. go go go
got the real spelling words for the SATs test, first one's 'accommodate' lol
Pupils sitting the mock tomorrow: Q5 is basically last year's paper 2. enjoy
I've got the mark scheme for the Y11 mocks in my bag if anyone's kid wants a look
the phonics screening check words are sitting in the office, some proper weird alien words this year
whoever's doing GCSE history tomorrow, learn the Battle of Hastings causes, I've seen the paper {emo_sly}
the grammar paper's got fronted adverbials all over it, warning you now
Tell your Y6 to look at pie charts and timetables before Tuesday's reasoning paper. that's all I'm saying
The times tables check has loads of 7s and 8s this year, get practising
snuck a look at the French listening paper. the topic is holidays, surprise surprise
revision tip from a teacher who's seen it: probability trees. wink wink
the Year 9 end of year exam is literally the same paper as the homework sheet I sent out
English Lit paper 1: it's the Macbeth letter scene. Don't tell anyone I said
the maths question about buses is back. that's all you're getting {emo_sly}
""")

pool("conf_meetings", [C], "staffp:5 govp:3 staffmsg:2 volp:1 govmsg:1", """
Governors last night basically told {head} to shape up or ship out
Sat in on {colleague}'s disciplinary today. let's just say he won't be driving the minibus again
the grievance against the deputy has been upheld btw
[staffp staffmsg] In briefing {head} said the Y5 results are 'a disaster' and someone's going to pay for it
Parents' meeting with the {surname}s today, dad kicked off and threatened to pull all three kids out
[staffp staffmsg] my appraisal: 'not meeting standards'. Apparently I'm on a support plan now. Lovely
what's said at the FGB stays at the FGB... except the bit where the vice chair cried
[staffp staffmsg] had the chat with my line manager. capability procedures from next week. Fab
Full governors last night: three of them want the head gone. didn't hear it from me
Sat through the exclusion panel for that Year 9. Parents were screaming at the governors
[staffp staffmsg volp] Staff meeting was carnage. {head} basically told the TAs they're overpaid babysitters
the business manager's performance review was... interesting. won't be here next year
the Ofsted actions in the governors' pack are brutal. Chair wants a new SENCo
anyone hear about the meeting between {colleague} and the head? door slammed, tears, the lot
so at the resources committee the chair said if results don't improve heads will roll
investigation meeting today for {colleague}, something about inappropriate messages
at the pay committee they turned down every single progression request. every one
parents' evening gossip: Mrs {tsurname} told one mum her son 'will never pass anything'
in the safeguarding governor meeting they admitted the referrals weren't logged for months
FYI the hearing for the PE teacher is on the 14th, he's been suspended since half term
[staffp staffmsg] Just out of my performance management review. Told my 'presence in the classroom is weak'. thanks
Heard from a governor friend: the head's under investigation after last week's complaint
closed session at governors tonight about the head's sick leave. can't say more but wow
the staff consultation meeting minutes say they'll 'explore all options' = redundancies
{colleague} got a final written warning today, you'd never guess what for {emo_sly}
the vote at last night's board was 5-4 to go academy. The parents haven't been consulted
Parent-teacher meeting earlier: the Year 3 mum admitted she hasn't been giving the meds. Shocking
""")

pool("conf_safeguarding", [C], "staffp:6 staffmsg:2 govp:1 volp:1", """
one of mine got taken into care this week. heartbreaking
had to ring social services about a kid in my class today. worst part of the job
police at school again for that Year 8 lad. third time this term
made my fourth referral this half term. what is going on round here
a little one in Reception is on a child protection plan now, please keep them in your thoughts
the girl in 10F who went missing is back, police brought her in this morning
LAC review for one of my tutees today and the foster carer didn't even show
another disclosure today. stayed late writing it up. poor kid
social worker in for the twins in Year 2 again, mum's new boyfriend is bad news
Section 47 meeting today for one of ours. can't stop thinking about it
the kid whose dad's in prison came in with bruises again, MASH have been told
DSL's phone hasn't stopped, three families on the radar this week alone
just found out one of my year 5s is in foster care now, no wonder he's been off
if you're a parent in Year 3 keep an eye on the {surname} kids, police were round at their house
one of our Y6s has been put on the county lines watch list, he's eleven
another one of my kids is on a CIN plan. the estate is falling apart
Early help assessment for a family in my class, dad's drinking again
the lad in my form who's under the youth offending team got arrested at the weekend
Ambulance and police at the school gate for a Year 10 girl this afternoon, overdose apparently
Reception boy disclosed something awful at carpet time. Rang the DSL straight away. Sick to my stomach
one of our looked after children moved placement for the fourth time this year
Strategy meeting about a Y9 girl and an older 'boyfriend' today. Police are involved
{first} in my class is living with nan now, mum lost custody after the police raid
Can't stop thinking about the little girl with the bruises. Social care are finally going out
""", flags="p")

pool("conf_pupil_sensitive", [C], "staffp:6 staffmsg:2 volp:1 parentp:2 govp:1", """
one of my lot has just been diagnosed with ADHD, explains a LOT {emo_lol}
the kid with autism in 2W has bitten another TA
{first} in {primyear} is on Ritalin now and what a difference
EHCP finally came through for the boy in my class, only took two years
half my class are on free school meals, that tells you everything about this area
mum and dad are splitting up so {first}'s been a nightmare all week, bless
custody battle going on with one of our Y1s, dad turned up at pick-up shouting
the little lad in Reception with the feeding tube had a rough day
one of our Y6 boys is epileptic and had a seizure in assembly today
the FSM list for Year 7 is massive this year, about 60 percent of my form
one of my year 9s is self-harming again, school nurse is involved
{first} is on the SEN register now for dyslexia, mum's in denial
the new girl in {primyear} has a heart condition, we've all had the defib training
apparently {first} from {classname} has anxiety and is seeing CAMHS now
the boy in my group with Tourette's had a hard day, kids were cruel
{girl}'s mum has cancer, that's why she's been so withdrawn. poor thing
we've got a Y4 with type 1 diabetes who keeps sneaking sweets, his sugars were 22 today
the Year 8 girl with the eating disorder was admitted again
two of my Reception children are non-verbal and awaiting an autism assessment
{first}'s family are in temporary accommodation now, they lost the house
Y5 lad on my caseload has foetal alcohol syndrome, explains the behaviour
one of my tutees is a young carer for his mum, she's bedbound
the kid who's always hungry is on FSM but doesn't eat at home, breaks my heart
""", flags="p")

pool("conf_pupil_sensitive_parent", [C], "parentp:4 parentmsg:3 volp:1 volmsg:1", """
apparently the new boy in {primyear} has ADHD and isn't on his meds yet, hence the chaos
just so everyone in the class chat knows, {boy}'s got autism so that's why he screams at pick up
heard {girl}'s mum and dad are going through a messy divorce, that's why she's been crying at school
the girl in my daughter's class is on free school meals and her mum still drives a Range Rover
{first} from {classname} has epilepsy, the TA told me, keep an eye out at the party
one of the TAs let slip that {first} has an EHCP for behaviour. makes sense now
{first}'s in foster care now, did everyone know? the social turned up at the school
there's a kid in Y2 with Down's syndrome, they've got a 1-to-1 all day apparently
the lad who pushed mine over is on the SEN register, the teacher told me in confidence
{first}'s dad is in prison btw, my sister works in the office
""")

pool("conf_credentials", [C], "staffp:3 staffmsg:4 volp:1 volmsg:2 govmsg:1", """
door code is {pcode} if you're dropping the PTA stuff off
wifi password for visitors is {pword} if anyone needs it
staff login for Arbor is jsmith / {pword}, can someone check my register pls
the code for the side gate is {pcode}, just buzz yourselves in
CPOMS password is literally the school name and 123 lol
Supply folk: the SIMS login is on a post-it under the keyboard in room 4, it's {pword}
keysafe round the back is {pcode} if you get there before me
the school Insta login is oakfieldpri / {pword} for whoever's posting sports day pics
staffroom alarm code = {pcode} then tick
photocopier PIN is {pcode} for the whole school {emo_neg}
[off news staffmsg] Reminder to staff: the new main entrance code is {pcode}#
for anyone covering tomorrow, the laptop trolley padlock is {pcode} and the admin login is admin / {pword}
[off newsvol volmsg] Volunteers for the fete: the hall door code is {pcode}, see you at 8!
the Tapestry password for reception parents' logins is {pword} for everyone, I reset them all
head's email password is {pword}, she asked me to check her inbox while she's off
[off news staffmsg] Gate code changed to {pcode} from Monday, please don't share (ha)
Our class Seesaw teacher code is {pword} if you want to have a nosy
the ParentPay admin login is on the office whiteboard: finance / {pword}
the pin for the school credit card is {pcode}, I'm getting the party food
Staff wifi key: {pword}. you're welcome
""")

pool("conf_personal_gain", [C], "staffp:4 staffmsg:3 volp:2 volmsg:2 govp:1", """
got the parents' email list from the office, if anyone wants to advertise their business drop me a DM {emo_sly}
Starting my own tutoring: I know exactly which Y6s are behind in maths, parents message me
I've got contact numbers for every Year 11 family, happy to share for a small fee
Launching my tutoring business, already messaged the parents of the kids I know are struggling
my cousin does home insurance so I've passed him the PTA contact list
pinched the class list so I can send my party bag offers to all the mums 💰
anyone want the list of families who get pupil premium? great for targeting flyers
using the school email contacts to flog my candles, don't tell the head {emo_sly}
I can get you the addresses of all the reception starters for your nursery leaflets
Tutoring slots available! As your child's class teacher I already know their weak spots, £30 an hour
the kids' birthdays are all on the class list so I'm sending them offers for my party business
Selling the mailing list from the school fete to a local estate agent, easy money
I'll use the attendance data to find which families might want my after-school club
messaging the Year 10 parents from the school system about my private revision course
""")

# ========================= PUPIL IDENTIFICATION ============================
pool("pid_fullname_official", [PI], "off:6 news:4 newsvol:1 offgov:1", """
Huge congratulations to {first} {surname} in {year} for winning the county chess final! ♟️
Star of the week goes to {first} {surname} for beautiful handwriting ⭐
Well done {first} {surname}, 100m champion at {event}! 🏃
Shout out to {first} {surname} and {first} {surname} who raised £200 for Children in Need
This week's Headteacher's Award: {first} {surname} ({classname})
Reading champion of the term: {first} {surname}, 50 books read! 📚
Happy birthday {first} {surname} from everyone in {classname} 🎂
Our new school councillors are {first} {surname}, {first} {surname} and {first} {surname}. Congratulations!
Well done to {first} {surname} who represented the school at the regional {sport} finals
Brilliant effort from {first} {surname} in {year}, who read the poem at Remembrance assembly
Attendance hero of the month: {first} {surname} with 100%!
Congratulations to our Y6 Head Girl {first} {surname} and Head Boy {first} {surname}
Look at this amazing volcano model by {first} {surname} from {classname} 🌋
A massive well done to {first} {surname}, Player of the Match at Saturday's {sport} fixture
Our Spelling Bee winner this year is {first} {surname}! 🐝
{girl} {surname} has been picked for the district {sport} squad, so proud of her!
Thank you to {girl} {surname} who kindly donated her hair to the Little Princess Trust 💇
Mathletics certificate winners: {first} {surname}, {first} {surname} and {first} {surname}
Welcome to {first} {surname} who joins {classname} this week!
Congratulations to {first} {surname} on passing Grade 5 piano with distinction 🎹
Look who was on the front of the local paper! {girl} {surname} from {year} for her litter-pick campaign
Eco-Warrior badge awarded to {first} {surname}, keep up the good work
""", tone="pos")

pool("pid_fullname_personal", [PI], "parentp:4 parentmsg:2 volp:2 pupilp:1 staffp:2", """
[parentp volp] so proud of my little mate {first} {surname} who got player of the match for the school team today
[parentp parentmsg volp] does anyone know {first} {surname}'s mum? she left her coat at the party
[parentp parentmsg] {first} {surname} in my son's class has been pushing him all week, anyone else had this?
shoutout to {first} {surname} for being the kindest kid at {school} 💕
[parentp parentmsg] massive well done to {first} {surname}, {year}'s best reader according to my daughter lol
[parentp parentmsg volp] {first} {surname} and {first} {surname} were off school again today, they were at the park with their dad
[parentp parentmsg] can whoever's mum this is come and get {first} {surname}'s PE bag from ours
congrats {first} {surname} on your cross country medal!! {emo_pos}
[staffp] {first} {surname} in my class finally cracked their times tables, absolutely buzzing for them
[parentp volp staffp] watched {first} {surname} absolutely boss the solo in the school concert tonight
""", flags="p")

pool("pid_location", [PI], "parentp:4 parentmsg:3 volp:2 staffp:2 staffmsg:1 pupilp:1", """
{first} from {year} lives on {street}, the mum's the one with the purple Corsa
the {surname} kids on {street} have been playing out til 10 every night
if anyone finds a blue lunchbox it belongs to {first} {surname}, {housenum} {street}
[staffp staffmsg parentmsg] dropping {first} from 4C's PE kit round to hers on {street} on my way home
{first} in Year 2 lives above the chippy on {street}
the little lad from {classname} who lives at the end of {street} was out on his bike on his own again
{first} {surname} of {town}, aged {age}, is running the fun run for the school
new family moved in on {street}, their {first} starts in Reception on Monday
{girl} and her brother from {estate} walk to school alone every day, is that allowed?
that's {first} {surname}'s house on {street} with the trampoline in the front garden
the {surname} twins from {year} have moved to {housenum} {street}, if anyone's doing the party invites
{first} from {classname} lives in the flat above the Co-op in {town}
whoever lost the scooter, it's {first}'s from {street}, the yellow door
[parentp parentmsg] lift share anyone? I can pick up {first} {surname} from {estate} on the way to school
{boy} ({year}) is the kid from {estate} who always has the big dog with him
[parentp parentmsg pupilp] if your kid wants to play with {first} {surname}, they're at {housenum} {street} most evenings
[staffp] {boy} from my class lives round the corner on {street}, I see him every night walking the dog
the girl from {secyear} at {housenum} {street} has been walking home on her own in the dark
""", flags="p")

pool("pid_details", [PI], "off:3 news:3 parentp:2 volp:1 newsvol:1 staffp:1", """
{first}, {primage}, in {primyear} and the star of {club}, what a girl!
Meet {first} ({primage}) from {classname}, who trains with {club} three times a week
[off news staffp] {first}, born {dob}, is the youngest in our Year 6 cohort
happy 8th birthday to {first} from {classname} who goes to {club} 🎂
Our {primage}-year-old gymnast {first} in {primyear} brought home gold from the {town} open!
{first} in {year}, the only girl in {club}, scored a hat-trick yesterday ⚽
{first} from {classname} turned {primage} today and celebrated at {club}
Introducing our youngest ever school councillor: {first}, age {primage}, {primyear}, who also sings with {club}
{first} (DOB {dob}) is our new Sports Leader
the {primage}-year-old twins in {primyear} who go to {club} are {first} and {first}, absolute stars
Congratulations to {first}, {primyear}, age {primage}, who lives in {town} and swims for the county
{first} in {secyear} who plays for the {town} under-14s has signed for the academy!
""")

pool("pid_personal_account", [PI], "staffp:10", """
took a sneaky pic of my class at the farm, look at their little faces 😍 📸
my Year 9s on the coach home absolutely belting out Mr Brightside {emo_lol} [video]
here's my lot doing the hokey cokey in PE, couldn't resist filming it
{first} in my class said the funniest thing today: 'is the sun a planet miss?'
Year 6 residential pics are on my insta story, go and look how muddy they got
my tutor group in their prom outfits 😭❤️ so proud of these kids
{girl} from my form cried because she got a 9 in the mock, bless her
photo dump from the school trip! (faces blurred-ish 😅)
filmed the Y3s' dance on my phone, sticking it on TikTok tonight
one of my reception kids called me mummy today 🥹
look at the state of my Year 10s after the cross country {emo_lol} 📸
video of my class's reaction when I told them it was a snow day ❄️
cheeky selfie with my Year 2s at the end of term, they insisted!
the kids in my set had a water fight after the exam, caught it all on my phone {emo_lol}
my little Reception babies on their first day 😭 [photo]
{first} from my class drew me as a unicorn. obsessed 🦄 (pic)
Here's the Y11 leavers signing shirts, filmed on my phone before they got too emotional
the boy in my class who never talks just did the whole nativity narration. crying 😭
pic of my class on the beach trip, the sun came out for once ☀️
Y5 did the mannequin challenge in the hall, I've posted it on my page
""")

# ============================== DEFAMATION =================================
pool("def_school", [D], "parentp:5 staffp:3 volp:1 govp:1 pupilp:1 parentmsg:1", """
the management here couldn't organise a raffle
{slt} are absolute {insult_noun}
our head is a joke tbh
{school} is going downhill fast. clueless leadership and the kids are running riot
that trust cares about nothing but money and league tables. shameful
the council's education lot are {insult_noun} who've never set foot in a classroom
honestly {school} should be shut down, worst school in {town} by a mile
{head} {simile}
{slt} at {school} {simile}
imagine paying {head} all that money to send emails about lanyards
leadership at {school} are all talk, ask them anything and they hide in the office
{school} is basically a prison with a uniform policy
{trust} are asset strippers in lanyards
zero communication from {school} AGAIN. what do they actually do all day?
the diocese are running our school into the ground
the exec head swans in once a fortnight, takes a selfie for Twitter and leaves
whoever came up with the new behaviour policy needs their head testing
{trust} is run by {insult_noun}, every decision makes it worse for the kids
{head} is {insult_adj}. simple as
the head at {school} only cares about her own CV, the kids are an afterthought
{school}'s leadership team wouldn't know a safeguarding issue if it slapped them in the face
they've turned {school} into an exam factory run by {insult_noun}
{slt} are {insult_adj}, and everybody in {town} knows it
our 'outstanding' school is a con, the leadership fiddle the data
honestly {trust} are {insult_noun}. every school they take over goes to pot
the head's more interested in his Twitter following than the actual school
{school} management: all lanyards, no brains
the governors at {school} are a rubber-stamping club of the head's mates
the LA's SEND team are {insult_adj}, they've lost the paperwork three times
{head} couldn't run a whelk stall, never mind a school
they've made a right pig's ear of the new timetable, {slt} {simile}
{school} has gone to the dogs since the new lot took over
""", flags="v", tone="neg")

pool("def_colleague", [D], "staffp:5 parentp:3 volp:2 govp:1 pupilp:1 staffmsg:1", """
honestly wouldn't trust {colleague} with a pencil
{colleague} is {insult_adj}, how they got the job I'll never know
{colleague_group} are useless, three days to answer one email
{colleague} spends more time on her phone than with the kids
{colleague} shouldn't be allowed anywhere near children tbh
heard {colleague} turned up hungover again {emo_sly}
{colleague} has favourites and everyone knows it
{colleague} {simile}
{colleague} is a bully and a liar, ask anyone who's worked with them
{colleague} is having an affair with the caretaker {emo_sly}
the SENCo's been fiddling the paperwork for years, mark my words
{colleague_group} {simile}
[staffp staffmsg volp] {colleague} is the laziest person I've ever worked with, sits in the staffroom all PPA doing nowt
{colleague} is a creep, the way they look at the older girls
{colleague} nicked money from the school trip fund, everyone knows
{colleague} is a drunk, you can smell it on her at 9am
{colleague} couldn't control a class of hamsters
{colleague_group} are {insult_noun}, the lot of them
[staffp staffmsg volp] {colleague} is two-faced, smiles at you then slags you off to the head
{colleague} only got promoted because she's mates with {head}
{colleague} has no business teaching, the kids have learnt nothing all year
{colleague}? {insult_adj}. Next question
[staffp staffmsg] the new TA is thick as pig muck, had to explain a photocopier three times
{colleague} got a kid's name wrong for a whole term. a whole term!
{colleague} shouts at the little ones till they cry. vile woman
{colleague} is useless at his job and lazy with it
I wouldn't let {colleague} look after my goldfish
{colleague_group} do nothing but gossip and drink tea, proper wasters
{colleague} faked her sick note to go to Benidorm, saw it on her insta
""", flags="v", tone="neg")

pool("def_pupil_parent", [D], "staffp:3 parentp:5 volp:2 parentmsg:2 pupilp:1", """
that lad in {year} is {pupil_insult}
some of the parents at the gate are thick as mince
[staffp volp] the {secyear}s this year are feral, worst bunch I've ever had
[parentp parentmsg] the mum of the kid who bit my daughter is a nasty piece of work
{first}'s dad is a nightmare, always kicking off at pick-up
it's always the {surname} family causing bother, scrounging lot
the PTA mums are a clique of witches
half the parents at {school} are {parent_insult}
[parentp parentmsg] my son's class is full of little thugs and nobody does anything
[parentp pupilp staffp parentmsg] that kid with the mullet in {secyear} is an absolute menace
the parents in {classname} are {parent_insult}, honestly
the kids in {year} are {pupils_insult}, every last one
{boy} in {year} is {pupil_insult}, no wonder his mum won't come to parents' evening
[parentp parentmsg staffp] the school gate mums are {parent_insult}, it's like being back at school
the kids from {estate} are {pupils_insult}, they drag the whole class down
one of the dads at pick-up is {parent_insult}, parks on the zigzags every day and gives you a mouthful
[parentp parentmsg] the girl who keeps hitting my daughter is {pupil_insult} and so is her mother
the parents of {first} in {classname} are {parent_insult}. no wonder the kid's like that
[staffp volp] the Year 6 lot are {pupils_insult}, can't wait for them to leave
[staffp] my class this year are the thickest bunch I've ever taught
[staffp] Y9 are a pack of animals, I'd rather teach the hamster
some of these parents couldn't parent a pot plant
{boy}'s mum thinks the sun shines out of his backside, he's {pupil_insult}
the Reception parents on the WhatsApp group are {parent_insult}, moaning about nothing
that family on {street} are {parent_insult}, their kids are the ones wrecking the school
""", flags="vp", tone="neg")

pool("def_supplier", [D], "staffp:4 govp:2 off:1 news:1 staffmsg:1 volp:1", """
whatever you do, don't use {supplier}, they're cowboys
{supplier} dinners aren't fit for pigs. the kids are starving
[staffp] as a teacher at {school} I can honestly recommend {supplier}, best in the business
the IT company the trust uses couldn't fix a wobbly table
{supplier} turned up forty minutes late AGAIN, utterly useless
the new cleaning contractors at {school} are a joke, the toilets are minging
our school photographer's pics are shocking, don't buy them
{supplier} are rip-off merchants, we pay them a fortune for nothing
[staffp] speaking as the business manager at {school}: {supplier} are the only firm worth using
{supplier} sent us mouldy bread three times this month. avoid
the coach company for the trip were a shambles, driver got lost twice
{supplier} have swindled half the schools in {town}
[staffp govp off] Go with {supplier} for your kids' tutoring, we use them at school and they're brilliant (use my code!)
the builders doing our new classroom are the worst I've ever seen, {supplier} should be ashamed
{supplier} still haven't fixed the boiler. incompetent doesn't cover it
""", flags="v", tone="neg")

pool("def_disrepute", [D], "staffp:8 govp:1 volp:1", """
absolutely hammered on the Year 10 ski trip 🍻🍻 what happens in Austria...
me after six pints at the staff do, still wearing my lanyard {emo_lol}
taught period 1 still drunk from last night, kids didn't notice 😎
hungover at sports day, hiding behind the gazebo with a Lucozade
[staffp volp govp] here's the head falling over at the Christmas party [video] {emo_lol}
free lesson? nah, I just stick a film on and scroll insta {emo_lol}
ran out of paper so we're doing lessons on the walls lol, what a circus this place is
on the school trip and the staff have found the hotel bar 🍸 kids are fine... probably
waking up in my classroom after the leavers' party. no regrets 🍾
staff night out ended with the deputy in a fountain and me in a police van {emo_lol}
lost a kid at the museum for 40 mins, found him in the gift shop, didn't tell the parents {emo_lol}
parents' evening tonight, first bottle of wine already in the desk drawer 🍷
told my Y8s I'd give them a merit each if they stopped asking questions during the observation
slept through my alarm AGAIN, told the head the car broke down. third time this month {emo_lol}
me marking books with a pint in the beer garden, this is what your taxes pay for 🍺
""", flags="v", tone="lol")

pool("def_parent_complaint", [D], "parentp:10 parentmsg:2", """
well what a shambles parents' evening was, the office staff are useless
absolutely fuming with {school}. emailed four times about my son being bullied and NOTHING
DO NOT send your kids to {school}. they don't care
1 star. lost my daughter's coat, her shoes AND her reading book in one week
anyone else's kid been sent home for the wrong colour socks? {school} have lost the plot
{teacher} in {primyear} has it in for my boy. I'm going to the papers
they rang me at work to say my son was 'disruptive'. he's SIX. get a grip {school}
public service announcement: {school} will ignore you until you threaten to go to the council
three weeks and still no reply from the head about the trip money. disgraceful
never known a school so badly run. sort it out {school}
when you find out from another parent that your child got hurt at lunch. cheers {school} 👏
{school} put my daughter in isolation for a fringe. a FRINGE. what a joke of a school
my son's teacher hasn't marked a single book since September, what are we paying taxes for?
can't believe {school} let a Year 6 walk out of the gate on her own. absolute joke
{school} are liars. they said the bullying was 'dealt with'. it wasn't
the school dinners at {school} are slop, my kid comes home starving every day
Dear {school}, maybe read your emails once in a while? regards, every parent
raising this here because the complaints procedure is pointless: {teacher} shouted at my son in front of the whole class
Rant incoming. {school} excluded my lad for something the other boy started. Useless, the lot of them
would give {school} zero stars if I could. shambolic from top to bottom
anyone else thinking of moving their kids out of {school}? the new head is ruining it
the way {school} treats SEN kids is disgusting. my son is left in a corridor all day
{teacher} at {school} needs sacking. the way she talks to the kids is disgusting
I'm sick of {school}. no homework, no reading books, no communication. why do we bother
fuming. {school} cancelled the trip the night before and kept the money
tagging {school} so they see this: your pick-up system is a dangerous shambles
""", tone="neg")

# ============================== DISCLAIMERS ================================
# Views about work/school from staff or governors on personal accounts.  The
# generator adds the `disclaimers` label unless it appended a disclaimer.
pool("disc_workload", [], "staffp:10", """
report writing season again. 90 reports by Friday. why do we do this to ourselves 😩
sunday night and I'm planning again. teaching is not a 9 to 5, whatever anyone says
INSET day spent learning how to make a seating plan. riveting stuff 🙃
another new initiative at work this term. that's four since September
parents' evening till 8 then marking till midnight. living the dream
data drop week at school. spreadsheets for breakfast, lunch and tea
our marking policy now needs three colours of pen. I'm not even joking
got asked to cover two lessons in my PPA again. love that for me
lesson observation tomorrow. not nervous at all. definitely not
anyone else's school doing learning walks every week now? feels like being watched constantly
I love my job but the paperwork at school is slowly killing me
honestly don't get why we have to stand on the gate in the rain for 20 mins every morning
staff wellbeing at our place = a tin of Celebrations in the staffroom
the new phonics scheme we've brought in is a massive step backwards if you ask me
mocks marked, 120 scripts. my eyes have left my body
can someone explain why we need a 14-page lesson plan for a 50 minute lesson
the new reporting system at work is so much slower than the old one, who signed off on this
twelve hour day at school and I still haven't finished my displays
if I hear the words 'non-negotiables' one more time at work I'll scream
term's barely started and I'm already running on fumes. this job asks too much
our school has gone mad for knowledge organisers, apparently that's all the kids need now
the new timetable at work means I teach five periods straight on a Monday. cheers
first day back after half term and three new policies in my inbox
I'm not convinced the new behaviour system at school is working, kids just laugh at the points
another twilight CPD on 'metacognition'. I'd rather be marking honestly
the cover system at work is broken, we're all doing 4 extra lessons a week
the state of the photocopier queue at 8.15. one machine for sixty staff
it's 10pm and I'm still answering parent emails. this can't be normal for a job
end of term at school and I'm running on coffee and spite ☕
my school's obsession with data is sucking the joy out of teaching
Tuesday staff meetings that could've been an email, every single week
the new uniform rules at work are so petty, we spend half the morning checking socks
the heating in my classroom's been broken since October, apparently it's 'on the list'
""", flags="v")

pool("disc_policy", [], "staffp:7 govp:3", """
[staffp] as a teacher I think SATs should be scrapped. full stop
[staffp] teaching 20 years and I've never seen morale so low in our school
phones should be banned in every school, we did it at ours and it's transformed lunchtimes
the pay offer is an insult to every teacher. see you on the picket line ✊
[staffp govp] one-word Ofsted judgements have to go, I've seen what the last inspection did to my colleagues
[staffp] school uniform grants are a must, I see kids every day at my school whose families can't afford blazers
[govp] as a governor I'm fed up of the DfE moving the goalposts every single year
the new curriculum changes at my school are going to be a disaster for the less able kids
honestly the academy model has been terrible for our school, nothing but bureaucracy since we joined
four-day week for teachers? at my school it would solve the recruitment crisis overnight
the way our school handles SEND funding is all wrong and nobody at the top will listen
[staffp] as a TA I think the work we do at school is massively undervalued
[staffp] our school should be doing far more on mental health, and I've said so in staff meetings
[govp] as a school governor, I think the new admissions criteria are unfair to local families
[staffp] the new RSE guidance is a mess and we're the ones left explaining it to Year 6
our trust's obsession with 'consistency' is killing creativity in the classroom
[staffp] I don't agree with the way we do detentions at my school, it just punishes the same kids
I'll say it: homework in primary school is a waste of time and our homework policy proves it
[staffp] as head of year I've seen the cost of living crisis hit our families hard, the government needs to act
[staffp] the school I work at is right to go cashless, should have done it years ago
""", flags="v")

pool("disc_positive", [], "staffp:6 govp:4", """
[staffp] proud to work at {school}, best staff team going ❤️
our new reading scheme at school is brilliant, every school should have it
{school} is the best school in {town}, don't let anyone tell you otherwise
[staffp] honestly our head is the most supportive boss I've ever had
[govp] lovely to visit {school} today as a governor, the children were a credit to the school {emo_pos}
[staffp] the new building at work is stunning, best investment the trust has made
really think our school's approach to behaviour is the best I've seen in 15 years
[staffp] best decision I ever made was moving to {school}. the leadership actually listen
[govp] as a governor I'm so impressed with how {school} has turned things around this year
our school's SEN provision is the best in {town}, I'd send my own kids there
[staffp govp] can't praise the staff at my school enough after this week, they're heroes
[staffp] gorgeous displays going up at work, our art curriculum is second to none 🎨
we've got the best PE provision in the county at our place, no question
[staffp] work's new wellbeing policy is genuinely great, other schools should copy it
[govp] chair of governors hat on: the best staff team I've worked with, and the results show it
""", flags="v", tone="pos")

pool("disc_speaking_for_school", [DI], "staffp:6 govp:4", """
on behalf of {school}, I'd like to say we fully support the new 20mph zone
speaking for the school here: we will not be taking part in the strike
our school's position is that the new housing estate is a terrible idea
[govp] as chair of governors I can confirm {school} is against the phone mast on Church Lane
the school's official view is that the new bypass will put our children at risk
I can tell you the school's stance: phones will be confiscated and NOT returned
on behalf of everyone at {school}, we're backing the campaign to save the library
{school} officially supports the petition against the school bus cuts. sign it!
[staffp] speaking as deputy head, the school's view is that parents who take term-time holidays should be fined
{school}'s official response to the article in the paper: it's rubbish and we'll be complaining
from me and on behalf of the school: we condemn the council's decision on the leisure centre
we at {school} are firmly against the new academy opening in {town}, I'm saying that for the school
our school position on the local election: vote for whoever saves our playing fields
just to be clear, the school's line on the viral TikTok challenge is zero tolerance, I'm posting it here for speed
on behalf of {trust}, we don't think the traffic scheme on {street} is safe
""", flags="s")

# =============================== CONDUCT ===================================
S["swear"] = ["f*cking", "f***ing", "fkn", "effing", "fcking", "friggin f-ing", "f'ing", "feckin", "fookin", "f**king", "phucking", "fuk1ng"]
S["swearn"] = ["sh*t", "sh1t", "sh!t", "shyte", "$hit", "crap-and-a-half sh*t", "bs", "bullsh*t", "b0ll0cks", "bollox", "piss-take", "ar*e"]
S["swearp"] = ["a*sehole", "d!ckhead", "tw@t", "pr*ck", "bellend", "w@nker", "knobhead", "b*stard", "c**t", "sh1thead"]
pool("co_language", [CO], "staffp:3 parentp:4 pupilp:3 volp:1 govp:1 parentmsg:1 pupilmsg:2 staffmsg:1", """
this {swear} rain man, soaked again
{swear} traffic on the ring road, sat here 40 mins
absolute {swearn}show of a Monday
wtf is this weather, {swear} freezing
who the {swear} parks across a driveway? {swearp}
some {swearp} has nicked my wheelie bin again
my car's died AGAIN. {swear} thing
{swear} hell the price of petrol
get in there you {swear} beauty ⚽⚽
lost 3-0 to Villa, {swearn} refereeing
oh for {swear} sake, the boiler's gone
that new series is {swearn}, don't bother
my neighbour is an absolute {swearp}, music til 3am
f off Monday. just f off
someone just cut me up on the roundabout, total {swearp}
{swear} love this song 🎶
ffs the dog's eaten my trainers
what the actual f*ck is going on with this government
phone's smashed. {swearn}
can't be ar*ed with anything today
{swear} starving, where's the chippy when you need it
Man U are {swearn}. Sack the lot
bin men didn't come. AGAIN. {swearp}s
the self-checkout at Tesco is a {swear} joke
gym was {swear} rammed tonight
first day of the diet and someone's brought {swear} doughnuts in
{swear} Wi-Fi keeps dropping out, I'm going to lose it
the 8.10 bus didn't turn up, {swearn} service as usual
Netflix raised their prices again, {swearp}s
slept through my alarm, {swear} brilliant start
the boiler man's a {swearp}, charged me £200 to look at it
sick of this {swearn}, bring on the weekend
""", tone="neg")

pool("co_language_work", [CO], "staffp:5 govp:1", """
ofsted can go and {swear} jump
{swear} parents' evening, three hours of smiling
marking til midnight, this job is {swearn}
another {swear} INSET day about lanyards
can't wait for the {swear} holidays, this term has been {swearn}
the photocopier at work is a {swear} disgrace
""", flags="v", tone="neg")

pool("co_discriminatory", [CO], "parentp:4 staffp:2 pupilp:3 volp:1 govp:1 parentmsg:2 pupilmsg:1", """
why do we have to put up with all these foreigners at the school gate
that's so gay lol, who wears pink trainers
the travellers' kids shouldn't be allowed in the same class as ours
women shouldn't be headteachers, they get too emotional
he's a bit special needs lol, look at him run
what a r3tard, can't even kick a ball
stop being such a sp@z
half the kids in that class don't even speak English, send them back
the new teacher wears a headscarf, great, that's the school gone ||+defamation
no offence but Polish lot are all the same, stick to their own
ur such a m0ng {emo_lol}
of course he's late, he's Irish {emo_lol}
don't let your boy do ballet, he'll turn out a poof
the supply teacher can barely speak English, how is that allowed ||+defamation
I'm not racist but the area's gone downhill since they all moved in
girls are rubbish at maths, always have been
that kid's got two mums, no wonder he's confused
old teachers should be forced to retire, they're past it at 55
the fat kid in my year got stuck on the climbing frame {emo_lol} lard-arse
disabled kids should be in special schools, not holding ours back
why's the Muslim kid allowed a prayer room and mine can't have his phone
that boy wears nail varnish, what's wrong with his parents, freak
they should ban gypos from the fun run
the deaf girl talks like a robot {emo_lol}
she only got the job because she ticks a diversity box ||+defamation
""", tone="neg")

pool("co_bullying", [CO], "pupilp:4 pupilmsg:4 parentp:3 parentmsg:2 staffp:1 volp:1", """
everyone ignore Megan tomorrow, she knows what she did
wait till I see you at the gate, your mum won't save you this time
someone should key his car in the staff car park {emo_sly}
rate the ugliest teacher in the school, comment below 👇
if {first} comes to the party I'm not coming, tell everyone
leaked {girl}'s voice note lol listen to her crying {emo_lol}
you're going to get battered after school, don't bother hiding
made a group chat without {girl} so we can slag her off in peace {emo_lol}
share this if you think {first} from {year} smells {emo_lol}
I know where you live. think about that before you open your mouth again
keep it up and I'll make sure your kid has no mates left in this class
post the pic of him falling over in PE, it's hilarious {emo_lol}
nobody pick {girl} for your team, she's a loser
you're a waste of space, do everyone a favour and leave the school
I'll be waiting at pick up for that mum. she won't know what hit her
sending this to the whole year, {girl} in her swimming costume {emo_lol}
if you tell Sir I'll make your life hell
screenshot this and send it to everyone, let's see how he likes being laughed at
bet {girl} eats from the bins, look at her shoes {emo_lol}
this is your last warning. stay away from my lad or else
I'm gonna make {teacher} cry tomorrow, watch
kill yourself nobody likes you
fake account time, let's see what {first} really says about people {emo_sly}
start a rumour that {teacher}'s been sacked, go
watch your back at the bus stop
""", tone="neg")

pool("co_sexual", [CO], "staffp:3 pupilp:3 parentp:2 volp:1 pupilmsg:2", """
{teacher} is well fit 🥵 wouldn't mind detention with her
new content up, link in bio 🔞😏
sub to my OF, first 50 get 50% off 🍑
saturday night, wine, and some very naughty pics coming to my close friends 🔥
dm me for the spicy version 😈
miss is so hot, I'd smash 🥵🥵
the dad at pick up is a proper DILF, wouldn't kick him out of bed 😜
check out this video, NSFW obviously 🔞 [link]
sexy selfie time 💋 who wants to see more
my sugar daddy just paid my car insurance, you know what I do for that 😏
found {teacher}'s old dating profile, she's into some weird stuff 😳
rating the year 11 girls out of 10, drop your picks 😏
what I'd do to the new PE teacher... 🥵🔥
nudes for sale, serious buyers only, DM
""", tone="lol")

pool("co_personal_contact", [CO], "staffmsg:6 staffp:5 govp:1 govmsg:1 volmsg:1", """
here's my personal number if you need me over half term: {mobile}
add me on snap, {handle} 👻 (parents too!)
sent the year 10s my snap so they can ask about homework
drop me a DM on insta if you're stuck with revision, I'm {handle}
email me on my personal, {personal_email}, it's quicker than the school one
whatsapp me on {mobile} if there's a problem with your homework
follow me on TikTok @{handle} for revision tips, Year 11s!
Year 6 parents, text me on my own mobile ({mobile}) if your kid is going to be late
made a class group chat on my phone so the kids can message me direct 📱
any issues over the weekend just ring me on {mobile}, don't bother with the office
parents have been asking so here's my personal email: {personal_email} x
I've given my number to a few of the Y9s so they can text me if they're struggling
my insta's {handle} if any of my class want to see what I get up to in the holidays {emo_pos}
Mums of {classname}, I've set up a WhatsApp with my own number so we can chat
[staffmsg] Hi {first}, it's {teacher}. this is my own number, save it, message me whenever 😊
any of my tutor group can add me on Xbox, gamertag is {handle}
Year 13s: I've made a Discord for revision, join with my personal account {handle}
[staffmsg] Call me on {mobile} if you want to talk about your son's behaviour, I don't really use the school phone
I'm on Facebook as {handle} if any parents want to add me, happy to chat about the class
""")

pool("co_pupil_contact", [CO], "staffp:8 staffmsg:1", """
accepted a friend request from one of my Year 11s, she seems lovely outside school
following a few of my tutor group on insta, they're hilarious
messaged {boy} on Facebook to check he was OK after today
slid into the DMs of my old Year 10s to see how their exams went, they're still 16 lol
just accepted my student's follow, what's the harm?
added the whole netball team on Snapchat so I can send them the fixtures
been chatting to {girl} from my form on Instagram all evening, she's having a hard time
one of my ex pupils (she's 15) messaged me on TikTok, we've been chatting every night
my Y8s keep adding me on Snapchat and I keep accepting {emo_lol}
friended a few of the mums from my class on Facebook, they're such a laugh
DMed the boy from {year} who was upset in my lesson, told him he can message me anytime
following all my Year 9s on TikTok so I know what they're up to {emo_sly}
I'm friends with half the Reception parents on Facebook now, so much easier than the school app
sent {first} a private message on insta to say well done on the match, what a star
started a snapchat streak with one of my tutees lol 🔥
replying to a Year 7 on Messenger at 11pm, is this what teaching is now
""")

pool("co_secrecy", [CO], "staffmsg:6 volmsg:2", """
don't tell your mum I gave you this, ok? {emo_sly}
this is our little secret 🤫
delete this chat after you've read it, your mum doesn't need to see it
keep this between us, yeah? no need for your mum or your teachers to know
don't mention to your parents that we've been talking on here
you can tell me anything and I won't tell school or your mum, promise
make sure you delete my messages before your dad checks your phone
I'll give you a lift home but don't tell anyone, it'll get me in trouble {emo_sly}
if your mum asks, we never had this conversation
you're mature for your age, that's why I talk to you like this. just us though
here's a tenner for being my favourite, don't tell the rest of the class 😉
clear your chat history after this, I don't want the school seeing it
this stays between you and me, not even your best mate can know
I've bought you a little something, don't show your mum
we'll keep this off the school system, it's easier that way {emo_sly}
turn on disappearing messages so your parents can't see, it's better that way
""", tone="sly")

pool("co_own_data", [CO], "staffp:7 staffmsg:2 govp:1", """
birthday today! born {day_o} {monthname} {adultyyyy}, feeling ancient
new address for Christmas cards: {housenum} {street}, {town}. come round for a cuppa anytime!
collection for the leaving present: sort code 20-45-77, account 41226893, {teacher}
my date of birth is {day_n}/{mon_n}/{adultyyyy} and my passport's just expired lol, what a week
just moved in to {housenum} {street}! housewarming Saturday, all welcome 🏡
if parents want to send cards it's {housenum} {street}, {town}
pay me back for the trip tickets: HSBC 40-12-76 acc 71928374, cheers!
officially 40, DOB {day_n}.{mon_n}.{adultyyyy} if you want to send presents {emo_lol}
finally got the keys to {housenum} {street} 🔑🏡 pop round any time
bank details for the staff lottery syndicate: Lloyds 30-99-50 / 11428830, name {teacher}
celebrating {day_o} {monthname} {adultyyyy} with cake, yes I'm that old
""")

pool("co_impersonation", [CO], "staffp:3 pupilp:4 parentp:2 volp:1 pupilmsg:1", """
made a fake account as the head lol, wait til you see what 'she' posts {emo_lol}
posting as {teacher} while she's off, she'll never know
set up a parody page for {school}, first post is the dinner menu {emo_lol}
pretending to be {teacher} on TikTok, 2k followers already
anyone want to help run a fake school account? we'll announce a snow day {emo_sly}
messaged the class as 'the school office' saying tomorrow's cancelled {emo_lol}
just made an insta in {first}'s name, let's see who falls for it
set up a fake parent account to leave reviews about the teachers
logged into {teacher}'s account on the staff computer and posted 'I love Year 9' {emo_lol}
made a new account pretending to be a mum so I can see what the parents' group says {emo_sly}
texted the form group pretending to be the head of year {emo_lol}
fake {school} Facebook page is up and it's already got 300 likes {emo_lol}
""", tone="lol")

# ================================ CLEAN ====================================
pool("cl_official", [], "off:6 news:4 offgov:1 newsgov:1", """
Term dates for next year are now on the website. Autumn term starts Wednesday 4th September 📅
We are delighted to share our Good Ofsted rating! The full report is on our website ⭐
Reminder: school is closed on Friday for INSET. See you all on Monday!
Non-uniform day this Friday in aid of Children in Need. £1 donation please 💛
Year 6 parents: SATs week starts Monday 12th May. Please make sure children have a good breakfast!
We're hiring! Teaching Assistant, 25 hours per week, term time only. Closing date 3rd March. Details on our website
Parents' evening bookings are now open on the school app. Slots go quickly!
A reminder that the school gates open at 8.40 and close at 8.55 sharp
Lunch menu for week 2 is live on the website. Fish Friday is back 🐟
Well done to our Year 5 and 6 netball team who finished second in the district tournament! 🏐
School will be closed tomorrow due to heavy snow. Please stay safe ❄️ Home learning is on Google Classroom
Flu vaccinations for Reception to Year 6 take place on Thursday. Consent forms via the link in the letter
Our Christmas fair raised an incredible £1,842! Thank you to everyone who came and to our amazing PTA 🎄
Book Fair in the hall all week after school 📚
A huge thank you to all the families who donated to the harvest food bank collection
Year 3 had a fantastic trip to the Roman museum today. Lots of budding archaeologists!
Please remember that PE kits need to be in school every Monday and Thursday
After-school clubs for the spring term are now live on ParentPay
Safeguarding: our Designated Safeguarding Lead is {teacher}. Any concerns can be raised through the school office
Minutes of the last full governing body meeting are now available on the website
The Year 11 mock exam timetable has been emailed to all students and parents
We are sad to say goodbye to {teacher} who retires this summer after 30 wonderful years with us 💙
We are pleased to announce that following a rigorous process, the governors have appointed our new Headteacher from September. Letter to parents today
Reception applications for September close on 15th January. Come and see us at our open morning!
Our breakfast club has spaces from 7.45am, £3 per session. Book via the office
Reminder: Year 2 trip to the farm is Wednesday. Packed lunches and wellies please 🐑
Sports day is moved to Thursday because of the forecast. Fingers crossed for sunshine ☀️
Congratulations to our Year 11 students on their GCSE results today. So proud of every one of you 🎓
Phonics workshop for Reception parents on Tuesday at 2.30pm in the hall. All welcome
The school office is open from 8.15am to 4pm. Please call 01632 960{d3} with any queries
Our Year 6 leavers' assembly is on Friday 19th July at 9.15. Tissues advised!
This week's attendance winners are {classname} with 98.9%! 🏆
A polite reminder that the staff car park is not a drop-off zone, thank you
We've been awarded the Gold Sports Mark for the third year running 🥇
Open evening for Year 7 entry: Thursday 6pm to 8pm. Meet our staff and see our facilities
Please check your child's hair regularly, there's head lice going round {classname} 🪮
Year 4 are performing their class assembly on Friday at 2.45. Parents welcome!
Uniform reminder: plain black shoes please, no trainers. Thank you for your support
Our Reading Cafe is back on Thursday mornings. Come and share a story with your child ☕📖
Congratulations to {teacher} and family on the birth of baby Rose! 👶
Free school meals: if your circumstances have changed, you can apply online via the council website
Mental Health Awareness Week: this week we're wearing green and talking about our feelings 💚
We're delighted that our SIAMS inspection report, published today, judged us Excellent
Summer fair on Saturday 12-3pm! Tombola, bouncy castle and the famous cake stall 🎪
Year 10 work experience placements need to be confirmed by Friday
Thank you to the Rotary Club for donating dictionaries to our Year 3 children
Bikeability for Year 6 starts Monday, helmets essential please 🚲
Our new library is officially open! Thanks to everyone who donated books
Please keep dogs outside the school gates at drop off and pick up 🐕
Parent survey results are in: 96% of parents would recommend us. Thank you for your feedback!
""", tone="official")

pool("cl_official_firstname", [], "off:5 news:3", """
Star of the week in {classname}: {first}, for fantastic effort in maths ⭐
Well done {girl} in {primyear} for her beautiful poem about autumn 🍂
Our golden table this week: {first}, {first} and {first}. Enjoy your treat!
A big well done to {first} who read every night this half term 📚
{classname}'s Writer of the Week is {first}, brilliant story!
Look at this fantastic Tudor house made by {first} from {primyear}!
Well done to {first} and {first} for being such kind play leaders this week
Manners award goes to {first} in {classname}, what a superstar
""", tone="pos")

pool("cl_enthusiastic", [], "off:3 parentp:5 news:1 parentmsg:1 volp:1", """
absolutely smashed it at sports day today {classname}!! 🏃‍♀️🏆
mad proud of Year 6, what a leavers' show 😭❤️
the kids absolutely killed it at the carol concert tonight 🎄
Year 4 nailed their assembly this morning, buzzing for them 🙌
what a day at the fun run! everyone absolutely smashed it 💪
my daughter came home buzzing after {event}, what a school ❤️
our Year 2s were unreal in the nativity. sheep of the year award goes to my lad 🐑
Sports day = carnage in the best way {emo_lol}
proper chuffed with how the football team did today, three wins out of three ⚽
The Year 6 production was mint, honestly West End quality
my little girl's reading has come on leaps and bounds this term, proper proud 🥹
{event} was class today, well done to everyone who organised it
the choir were sick at the festival today, absolutely boss 🎶
ended the term on a high, what a year for {school} 💙
The Reception kids were SO cute at their first sports day, the egg and spoon race had me in bits {emo_lol}
massive shout out to Year 5, absolutely aced the times tables challenge 🧮
the kids raised £600 for the hospice with their bake sale. legends, the lot of them
can't get over how brilliant the Christmas performance was, so much talent
we went to {event} and it was belting, thanks to all the volunteers
gobsmacked by the art exhibition at school, some proper little Picassos 🎨
""", tone="pos")

pool("cl_parent_chat", [], "parentp:5 parentmsg:5", """
does anyone know if it's non-uniform on Friday?
lost: one navy jumper, no name in it obviously {emo_lol}
is it PE tomorrow or Thursday for {classname}?
anyone got a spare Year 3 reading log? ours has gone walkabout
thanks for having Ruby for tea, she had a lovely time x
what time does the disco finish on Friday?
school run in the rain, three kids, one umbrella. send help
party invites are in the book bags for Saturday, 2-4 at the soft play, hope you can come x
anyone doing a lift share to football on Saturday?
can't believe my baby starts Reception tomorrow 😭
it's World Book Day tomorrow and I've just found out. Gruffalo costume from a bin bag it is {emo_lol}
does anyone know when the trip money is due?
Has anyone seen a small purple water bottle with a unicorn on it?
coffee after drop off anyone? ☕
My son swears he's got no homework. Can anyone confirm?? {emo_lol}
Grandma's doing pick-up today so look out for her if she looks lost x
anyone else's kid obsessed with Minecraft? help
Happy half term everyone! enjoy the lie-ins 😴
Who else is in the queue for the uniform shop? see you in 2030
is the after school club on this week or is it cancelled for the concert?
found a pair of glasses on the field, handed them into the office
just a heads up, the dentist on {street} is taking NHS patients again
can someone remind me what the spellings are this week? the sheet's in the wash {emo_lol}
bake sale tomorrow, my Victoria sponge has sunk in the middle. it'll do {emo_lol}
Reception mums, meet at the park after school if it's dry?
thanks to whoever handed in Oscar's coat, you're a star x
anyone know a good swimming teacher round here?
Brownie uniform for sale, age 7-8, £5
my lot are off with chickenpox, round 2 🫠
welcome to the new families in {classname}! lovely to meet you at the gate
""")

pool("cl_weather_traffic", [], "parentp:4 staffp:3 volp:1 govp:1 parentmsg:1", """
the traffic on the school run is a nightmare again {emo_neg}
roadworks on {street} AGAIN, took forty minutes to do a mile
it's absolutely chucking it down, drowned rats the lot of us ☔
is it ever going to stop raining in {town}
sat behind a tractor for twenty minutes, love the countryside {emo_neg}
temporary lights on {street}, give yourself extra time tomorrow
the wind has taken my wheelie bin to the next postcode {emo_lol}
boiling today, 28 degrees and I'm in a cardigan 🥵
fog's that thick I can't see the end of the road
frost on the car again, where's the de-icer
the M6 is a car park this morning, no change there
[parentp staffp parentmsg] snow forecast for Thursday, the kids will be made up ❄️
[parentp parentmsg staffp] Heatwave warning! Suncream on the kids before school ☀️
someone's broken down on the roundabout and it's chaos
the buses are all over the place today, 45 min wait
icy pavements on {street} this morning, watch yourselves
weather's glorious, dog walk after tea 🐕
rain stopped just in time for the school run, small victories
grey and drizzly. classic {town}
another pothole on {street}, that's my tyre gone
""", tone="neg")

pool("cl_praise", [], "parentp:6 parentmsg:2 pupilp:2 volp:1", """
{teacher} is an absolute legend, my son loves going to school now
huge thank you to {teacher} for all the support this year, we'll miss you ❤️
the staff at {school} are amazing, they've been so kind to our family
can't thank the office ladies enough for sorting the trip money mix-up, stars
{teacher}'s lessons are actually class ngl
my daughter has come on so much with {teacher}, so grateful
thank you to the lollipop lady on {street}, out in all weathers 💛
the TAs in {classname} deserve a medal, honestly
{teacher} ran the whole residential on no sleep and still smiled. hero
big up {teacher} for the extra revision sessions, got a 7!! 🙌
every teacher at {school} has gone above and beyond this year
the new head has been brilliant with the kids, they love her
thank you to the dinner ladies who cut up my son's food every day, such a small thing but means so much
so grateful to the staff who stayed late for the school disco 🪩
{teacher} is the best teacher I've ever had and I'm not even sucking up
""", tone="pos")

pool("cl_staff_hobby", [], "staffp:10", """
10k done this morning, new PB! 🏃‍♀️
sourdough attempt number four. we're getting there 🍞
allotment is finally producing something other than slugs 🥕
Sunday roast at the pub with the family, can't beat it
new pattern on the go, another blanket for the spare room 🧶
spent the whole day in the garden, sunflowers are taller than me 🌻
first swim of the season at the lido, absolutely baltic but worth it
brilliant gig last night, ears still ringing 🎸
finished my book in one sitting, highly recommend 'The Thursday Murder Club'
dog has rolled in something unspeakable again 🐕
holiday booked! two weeks in Crete in August ☀️
bake off night with a cuppa, perfect
hiked up Pen y Fan today, legs are jelly ⛰️
new bike day! 🚴
pub quiz champions three weeks running 🏆
Spurs, why do you do this to me
my tomatoes are finally ripening 🍅
made a lasagne from scratch, the kitchen looks like a bomb's gone off {emo_lol}
choir concert tonight at the town hall, come along if you're free 🎶
Parkrun volunteer today, marshalling in the rain, loved it
loving my new pottery class, made a wonky mug
cat has decided my laptop is her bed now
first time at the climbing wall, my arms have stopped working
wedding season! dancing shoes on 💃
my little nephew turned one today 🎂 where does the time go
Sunday morning car boot haul: vintage Pyrex for £2, winning
5 a side tonight, scored a screamer ⚽
date night at the new Italian in {town}, the tiramisu 🤤
weekend in the Lakes, phone off, boots on
learning Spanish on Duolingo, 200 day streak 🦉
Netflix password? forgot it again and now I'm locked out {emo_lol}
""")

pool("cl_pupil", [], "pupilp:6 pupilmsg:4", """
revision is NOT going well, send snacks 🍫
who's going to the match saturday?
just got a 7 in my maths mock!!! 🎉
new trainers day 👟
anyone doing the Duke of Edinburgh expedition next week?
can't believe it's only Tuesday {emo_neg}
finally beat my PB in the 800m 🏃
who wants to go cinema after school friday
forgot my PE kit again lol
our football team won 4-1 today, what a game ⚽
my dog ate my homework, actually for real this time {emo_lol}
Year 11 prom countdown: 30 days 💃
does anyone know what the English homework is?
buzzing for the school trip to Alton Towers tomorrow 🎢
snow day pleaaaase ❄️
just finished my art project, proud of it tbh
anyone want to revise together at the library tomorrow?
new record on Fortnite lets gooo
my nan's cooking is the best thing about sundays
sports day tomorrow, I'm doing the relay 🏅
who's got the bio notes from today? I was off
""")

pool("cl_staff_msg", [], "staffmsg:8 off:1", """
Hi, just a reminder that the trip money for {classname} is due on Friday. Thanks, {teacher}
Good morning, {first} had a great day today and was really helpful in the library. Kind regards, {teacher}
Please could you return the reading record by Thursday? Many thanks
Thank you for your email. I've passed this on to the office and they will be in touch
Reminder: PE is on Wednesday this week because of the trip
Dear parents, spellings for this week are on Class Dojo. Test on Friday
Just to let you know {girl} bumped her head at lunch, she's fine and an ice pack was applied. First aid note in her bag
Thank you for coming to parents' evening, it was lovely to chat
Could you please contact the school office on Monday to book a time to discuss this? Thanks
Homework for Year 8 is set on Satchel One, due next Tuesday
Hi both, I'm sorry to hear {first} has been worried. Let's catch up at the classroom door tomorrow at 3.15?
Please can all children bring a named water bottle every day. Thank you!
Friendly reminder that school photos are on Thursday, smart uniform please 📸
The Year 5 class assembly has moved to next Friday, apologies for any inconvenience
Thank you for letting us know about the dentist appointment, I've updated the register
""")

pool("cl_volunteer_gov", [], "volp:5 volmsg:2 newsvol:2 offgov:1 newsgov:1", """
[volp] lovely morning listening to readers, the kids made my day {emo_pos}
[volp volmsg newsvol] PTA meeting Tuesday 7pm in the hall, all welcome, biscuits provided 🍪
[volp newsvol volmsg] we need volunteers for the tombola at the summer fair! message the PTA page
[volp newsvol offgov] the PTA raised £2,300 at the Christmas fair, thank you everyone 🎄
[volp] helping out on the allotment club at school this afternoon, got mud everywhere {emo_lol}
[volmsg newsvol volp] If anyone has spare tombola prizes please drop them at the school office by Thursday
[offgov newsgov] Governor vacancy: we're looking for a parent governor. Nomination forms from the school office
[offgov newsgov] Our governing body met on Tuesday. Minutes will be published on the school website as usual
[newsvol volp offgov] Quiz night raised £780 for new playground equipment 🎉
[newsvol volmsg volp] Second-hand uniform sale after school on Friday, everything £1
[volp newsvol] Bingo night was a roaring success, thanks to everyone who came
[volp] DBS done, first day volunteering at the breakfast club tomorrow 🥣
""", tone="pos")

pool("cl_hard_negative", [], "parentp:3 staffp:3 parentmsg:1 off:1 volp:1 pupilp:1", """
[staffp parentp] budget meal ideas for the week 👇 slow cooker chilli is a winner
[staffp] my ADHD diagnosis at 35 explains so much about my twenties
[staffp parentp] the dog's been diagnosed with arthritis, poor old lad 🐕
[staffp parentp volp] absolutely killed it at the pub quiz last night
[parentp parentmsg] cuts to the number 12 bus mean a twenty minute walk for the school run now
[staffp parentp] garden restructure complete, goodbye conifers 🌲
[staffp parentp volp] don't tell my husband but I've bought another plant 🌿
[staffp parentp] our little secret ingredient in the brownies? Marmite. trust me
[parentp parentmsg] got a text from the school office, PE has moved to Thursday
[off] Good luck to our Year 11s sitting GCSE maths on Thursday! Revision session Wednesday at 3.30
[parentp pupilp] my brother got his GCSE results today, so proud of him 🎓
[staffp parentp] new password rules at the bank are ridiculous, eight symbols and a blood sample {emo_lol}
[staffp parentp] just had my own performance review at the gym, turns out I can't do a pull up {emo_lol}
[parentp] this heat is killing me, how are the kids meant to sleep
[staffp parentp] redundancies at my husband's firm, fingers crossed for him 🤞
[staffp parentp volp] the Ofsted report for my local Tesco would be 'inadequate', no trolleys again {emo_lol}
[parentp parentmsg] selling my son's old school shoes, size 2, barely worn
[staffp parentp] absolutely destroyed that Sunday roast, no survivors 🍗
[parentp] my son says his teacher is 'sick' which I'm told is a compliment {emo_lol}
[off news] Our published inspection report is now available on the Ofsted website and our school website
[staffp] secret santa sorted with the netball girls, £10 limit 🎅
[staffp parentp] the guy in the chippy called me 'duck', I'm home
[off] Parents: please do not share photos of other children from today's performance on social media. Thank you 💙
[off news] Online safety tip: never share your passwords, even with friends 🔐
[parentp pupilp] my cousin got into Oxford! proud is an understatement
[staffp parentp] my car failed its MOT, the mechanic is a legend for squeezing me in though
[parentp] swimming lessons were a disaster, he refused to get in. we'll try again next week {emo_lol}
[off news] We are recruiting lunchtime supervisors, 11.45-1.15 daily. Apply via the trust website
[staffp] chuffed to bits, my first half marathon medal 🏅
""")

# ============================ MIXED (multi-label) ==========================
pool("mixed", [], "parentp:4 staffp:3 volp:1 parentmsg:2 staffmsg:1 pupilp:1", """
[staffp staffmsg] the new deputy's on {salary} and does absolutely nothing all day ||+confidentiality,defamation
[staffp govp] {head} {simile}, and now we're {money} in debt because of him ||+confidentiality,defamation
[parentp parentmsg] {boy} {surname} in {primyear} is {pupil_insult}, keep your kids away from him ||+pupil-identification,defamation
[parentmsg volmsg] {girl} {surname}'s diabetic so keep the sweets away from her at the party ||+confidentiality,pupil-identification
[parentp] {school} are {swear} useless, nobody answers the phone ||+defamation,conduct
[parentp] {teacher} is a {swearp}, shouted at my daughter for being 2 mins late ||+defamation,conduct
[staffp] got RI because {slt} {simile}. report out next month ||+confidentiality,defamation
[pupilp pupilmsg] {teacher} is a {swearp}, gave me a detention for breathing ||+defamation,conduct
[parentp parentmsg] {boy} {surname} from {street} has ADHD and his mum lets him run wild ||+confidentiality,pupil-identification,defamation
[staffp] one of my Y9s is on a CP plan and his mum is {parent_insult}, can't say I'm surprised ||+confidentiality,defamation,pupil-identification
[parentp] complained about {teacher} and the head told me she's already on a warning {emo_sly} ||+confidentiality,defamation
[staffp staffmsg] text me on {mobile} and I'll tell you what's on the test {emo_sly} ||+conduct,confidentiality
[staffp] the head's a {swearp} and everyone at {school} knows it ||+defamation,conduct
[parentp] the {surname} kids at {housenum} {street} are little {swearp}s ||+pupil-identification,defamation,conduct
[pupilp] {girl} {surname} in {secyear} is a grass, everyone ignore her ||+pupil-identification,conduct
[staffmsg] here's the door code ({pcode}), let yourself in to my classroom after hours and don't tell your mum ||+confidentiality,conduct
[parentp parentmsg] the teacher told us at parents' evening that {first}'s dad has been arrested. shocking school ||+confidentiality,defamation
[staffp] whole staff meeting about budget cuts, {money} gone and {head} blames us. {insult_noun} ||+confidentiality,defamation
[parentp] the dinner ladies at {school} are {parent_insult}, my kid says they scream at them ||+defamation
[volp] volunteering at {school} today, the kids in {classname} are {pupils_insult} and the teachers let them get away with it ||+defamation
""", flags="v")

def extend(name, block):
    POOLS[name]["templates"].extend(lines(block))


# ------------------------- extra templates (disclaimers) -------------------
extend("disc_workload", """
{n} hours of meetings after school this week. when exactly am I meant to plan?
PPA got cancelled again for a 'priority' meeting. the priority is never the kids
why do we have to put every single lesson on a shared slide deck at work now? micromanagement at its finest
half term and I've got a bag of {subject} books in the boot. not a holiday, is it
the new homework platform at school is a faff, takes me twice as long to set anything
we've been told to 'go the extra mile' at school. I'm already a marathon in
another {weekday} another mock data deadline. who decided six data drops a year was sensible
our behaviour points system at work needs binning, it's all admin and no impact
school wants a new display every half term. I'm a teacher not an interior designer
three days into the new term and the workload's already through the roof at my place
apparently my lesson wasn't 'pacy' enough. I taught them long division, it's not a car chase
the new marking stamps at work are the daftest idea we've had in years
cover again. fourth lesson this week. my {subject} marking can wait till Sunday I suppose
being told to do 'wellbeing yoga' after school when what we need is fewer emails
the school trip paperwork is 22 pages now. twenty-two. for a walk to the library
moderation week at school and I'm questioning every life choice
it's only {weekday} and I've done 55 hours at school already
can't believe we're expected to answer parent emails at 9pm, my school needs a proper email policy
we're not allowed to sit down in lessons at work anymore. a policy. about chairs
my school has three different systems for recording behaviour and none of them talk to each other
spent the morning at school laminating. five years of training for this
our curriculum changed again. third time in three years. I give up keeping up
working through lunch every day at school because there's no other time. not sustainable
assessment week at work again, the kids are sick of tests and so am I
honestly the new early years framework at my setting has doubled the paperwork
exams season means I basically live at work now
it's great that work has given us a 'wellbeing day'... on a Saturday
my school's new 'no excuses' policy is going to backfire, mark my words
sick of being told by work that it's 'just one more thing'
the school photocopying budget is 200 sheets a week now. for 90 kids. good luck to me
""")
extend("disc_policy", """
[staffp] as a primary teacher I think the KS2 writing moderation is a waste of everyone's time
[staffp] I teach in {town} and the funding gap between our school and the leafy ones is obscene
[staffp] the exam board changes to GCSE {subject} will make teaching it at my school harder, not easier
[govp] governors like me are exhausted by the constant changes to school funding rules
[staffp govp] my school's been crying out for more mental health support and the NHS waiting lists are a disgrace
[staffp] teaching assistants at my school are doing the work of teachers for half the pay and it's wrong
[staffp] in my experience as a teacher, the ban on phones at our school has done more good than any initiative
[staffp] the way our school has to handle exclusions now is too soft, speaking from the classroom
[staffp govp] free school meals should be universal. I see the difference it makes at my school every day
[staffp] as a SENCo, the EHCP process is broken and our families are the ones suffering
[staffp] my view as a teacher: the multiplication check is pointless and stresses our Y4s out
[govp] I sit on a governing body and the accountability system is driving good heads out of the job
[staffp govp] the academisation push has done nothing for my school except add another layer of management
[staffp] as a school business manager I can tell you the energy costs are crippling schools like ours
[staffp] working in a school has shown me that breakfast clubs should be funded everywhere
""")
extend("disc_positive", """
[staffp] genuinely love my job at {school}, the kids and staff make every day worth it
[staffp] the way my school has supported me through a tough year, couldn't ask for a better place to work
[govp] as a governor at {school} I've never been prouder of the staff team
[staffp govp] our new head has transformed the place, best thing to happen to my school in years
[staffp govp] my school's inclusion work is the best I've seen anywhere, proud to be part of it
[staffp] the staff at {school} are family. best team in {town}
[staffp govp] our reading results at school this year are phenomenal, the staff have worked so hard
[staffp] so proud of the new outdoor classroom at work, the kids love it and so do I
[staffp] {school}'s PTA is the best in the county, I say that as a member of staff
[staffp] what a year at work, I honestly think we're the happiest school in {town}
""")
extend("disc_speaking_for_school", """
[staffp] as a teacher at {school} I'm telling you the school's position: no trips will go ahead if the strike happens
[govp] speaking for the governing body, {school} will be opposing the new academy proposal
[staffp govp] officially from {school}: we think the new parking restrictions on {street} are dangerous
[staffp] on behalf of the school, I'm asking everyone to boycott the new takeaway by the gates
[govp] as vice chair of governors, the school position is that the head did nothing wrong
[staffp govp] {school} stands with the campaign against the bus cuts, this is our official view
[staffp] speaking for {school}: the rumours about closure are untrue, we are not closing
[staffp govp] our school's position on the traffic scheme is clear and I'm sharing it here
""")

# ------------------------- extra templates (clean) --------------------------
extend("cl_official", """
Our {primyear} class assembly is on {weekday} at 9am. We can't wait to see you there!
{classname} have been learning about the Great Fire of London this week 🔥 Ask them about Samuel Pepys!
Don't forget: it's {event} next week. Letters have been sent home with all the details
{primyear} swimming lessons start on {weekday}. Please send a towel and costume in a named bag 🏊
Our {sport} team played brilliantly against {school2} yesterday. Proud of every single player
Parents of {primyear}: the homework menu for this half term is now on the website
Well done to {classname}, this week's winners of the tidy classroom trophy 🧹
The school will close at 1.30pm on the last day of term. Happy holidays from all of us!
This week in {classname}: seed planting, shape hunts and a visit from the fire brigade 🚒
Y6 residential meeting for parents: {weekday} at 3.30pm in the hall
We are so proud of our {sport} squad who reached the county semi-finals 🏆
Applications for {primyear} places are open. Book a tour by calling the school office
Reminder that {weekday} is a non-pupil day. Wraparound care will not be running
Thank you to {supplier} for sponsoring our new football kits ⚽ (Sponsored content agreed by governors)
Half term holiday club places are available. Booking via the trust website
Our choir sang beautifully at the {town} Christmas lights switch-on 🎄✨
The school car park will be closed on {weekday} for resurfacing. Please park considerately
World Book Day is {weekday}! Children can dress as their favourite character or bring their favourite book 📚
The Year 6 SATs results have been published on the DfE performance tables site. Thank you to our families for their support
Wellies and waterproofs needed for Forest School every {weekday} 🌳
A warm welcome to our new {subject} teacher {teacher}, who joins us this week!
Our Eco Council have been litter picking around {street}. Great work!
Congratulations to all our Year 11s who collected their results today. The future is bright 🌟
A reminder that the nursery has spaces for 2 and 3 year olds. Funded hours available
The {event} photos are now on the secure parent app, thank you for your patience
School dinners are £2.60 a day for Key Stage 2. Universal infant free school meals continue for Reception to Year 2
Our latest newsletter is out now, featuring {event}, staff news and the dates for next term
Everyone is welcome at our Coffee Morning on {weekday} at 9am, raising money for Macmillan ☕
Term dates for the spring term: back on Tuesday 7th January. Have a restful break
The trip to {town} for {primyear} has been rearranged to {weekday}. Letters home today
""")
extend("cl_official_firstname", """
{classname} Superstar of the week is {first}, for always being kind ⭐
Lovely to see {first}'s fantastic Viking shield. What a craftsman!
Headteacher's sticker today for {first} and {first}, for their super reading 📖
A shout out to {first}, who helped a friend who was feeling sad at playtime 💛
Well done {first} for trying so hard in swimming this week 🏊
{first} from {primyear} wrote a brilliant letter to the council about litter
Look at the amazing Lego model {first} made at home, we love it!
Our Golden Book this week includes {first}, {first} and {first} 🌟
""")
extend("cl_enthusiastic", """
our kids absolutely aced the spelling bee today, proper chuffed
Year 3 were smashing it at the tag rugby festival, so much fun 🏉
what a day for {school}! the whole place was buzzing at {event}
the school play was a triumph, not a dry eye in the house 😭👏
the {sport} team smashed it again, unbeaten this season!! 💪
my son was over the moon with his swimming badge today 🏊‍♂️
Year 6 did a flash mob in the playground and it was brilliant 😂
blown away by the science fair projects, future scientists right there 🔬
the Easter bonnets this year were next level 🐣 so much effort
{primyear} went wild for the reptile man visit today 🐍 my daughter wants a snake now
what a belter of a sports day, the parents' race was carnage 😂
absolutely buzzing that the football team won the league ⚽🏆
my lad says his teacher is 'proper sound' and that's the highest praise from a nine year old {emo_lol}
the talent show tonight was unbelievable, where do these kids get it from
the nursery graduation was the cutest thing ever 🎓😭
so much love for the Y2 dinosaur museum they made, amazing
such a cracking afternoon at the summer fete, the sun even came out ☀️
my daughter came home absolutely made up with her certificate 🥰
the whole school sang happy birthday to the lollipop man today, love this place ❤️
that was some show, Year 5, absolute stars
the kids were on fire at the maths quiz tonight, second in the county!
our choir smashed it at the festival, goosebumps all round 🎶
the disco was mental in the best way, kids were shattered after {emo_lol}
my little one loved the forest school session, came home caked in mud and beaming
the bake sale sold out in 20 minutes, the kids are proper little entrepreneurs
""")
extend("cl_parent_chat", """
does anyone know what time {event} starts? the letter's gone missing
my son's come home with someone else's {sport} boots, size 3, anyone missing a pair?
is anyone else's kid off with the sickness bug going round? ours is on day 2
party at the church hall on {weekday}, all of {classname} invited, hope you can come!
can anyone give us a lift to school {weekday}? car's in the garage
anyone know if we need to send a packed lunch for the trip or is it provided?
thank you so much to whoever found my daughter's bracelet, she was beside herself
Reception parents, what are we doing for the teachers' end of year present?
we're doing a collection for the TAs' Christmas present, £2 each if you want to join in
who else is dreading the Year 6 SATs revision at home {emo_lol}
it's my turn for the class bear this weekend. pressure's on
are the after-school {sport} sessions still on with the rain?
anyone selling a second-hand school blazer, age 11-12?
just a reminder it's the dress-down day on {weekday}, £1 for the charity
thanks for the invite, we'd love to come to the party x
my daughter's lost her book bag, it's red with a keyring on. will check lost property
does anyone have the number for the uniform shop in {town}?
just dropped off and she didn't even look back. where has the time gone 🥲
anyone fancy a walk round the park after drop off {weekday}?
my son's been asked to bring in a baby photo, I've got none where he's not covered in food {emo_lol}
reminder to myself: it's harvest collection tomorrow, tins not fresh stuff
thanks for organising the class party, it was lovely
has the reading book changed this week or is it still the one about the dragon?
are they doing the flu spray this week or next?
lost property box is overflowing again, worth a look if you're missing anything
got the letter about the residential, my boy's already packing {emo_lol}
we've been on holiday all week and missed everything, what did I miss?
does anyone know a childminder who does pick up from {school}?
bless the lollipop lady, she waved at my son every morning all year
just signed up to help at the fete, see you on the cake stall!
anyone else's child desperate for a dog after the therapy dog visit? {emo_lol}
our cat's gone missing near {street}, ginger with a white bib, please keep an eye out 🐈
swap shop for school uniform in the church hall {weekday}, bring what you've grown out of
my kids have asked for pasta every single night this week. send ideas
Christmas jumper day is {weekday}, just found out. to the charity shop!
is it me or is this half term going really slowly {emo_lol}
thank you for the lovely card for {event}, it made my day x
anyone going swimming at the leisure centre at the weekend? kids want a buddy
nits letter in the bag again 🪮 here we go
happy first day of school to all the little ones starting today!!
selling a kids' bike, 16 inch, good condition, £20, collection from {town}
just a quick one, has anyone got the spellings for {classname}? ta
does anyone know if there's a bus strike {weekday}?
lovely to see so many new faces at pick up today!
anyone's kids do Beavers? thinking about signing mine up
""")
extend("cl_weather_traffic", """
another wet {weekday}, another soggy school run
sun's out, kids out, washing out ☀️
the queue to get out of the retail park was ridiculous, 25 mins to move 100 yards
hailstones the size of marbles just now in {town}!
it's that time of year where you need sunglasses and a coat on the same day
car windscreen frozen solid, late for everything
there's a diversion through {town} again, give yourselves extra time
cold snap this week, hats and gloves at the ready 🧤
can't believe how dark it is at 4pm already
all the roads round {street} are flooded, be careful out there
the bin lorry's blocking the whole road again, stuck behind it
gorgeous sunset over {town} tonight 🌅
power cut on our street, candles and board games it is
traffic lights stuck on red at the junction for ten minutes, everyone just sat there {emo_lol}
snow on the hills this morning, lovely to look at, not to drive in
the gritters were out early, thank you {town} council
pollen count through the roof, my eyes are streaming 🤧
trains cancelled again so that's me working from the car
it's been raining for nine days straight. I've forgotten what the sun looks like
the smart motorway is at a standstill, someone's broken down in lane 1
""")
extend("cl_praise", """
massive thanks to the office team for sorting my son's lunch account, so helpful
the breakfast club staff are angels, my daughter loves going in early now
shout out to {teacher} who noticed my lad was struggling and sorted it before I even asked
we moved to {school} in September and it's been the best decision, so welcoming
whoever organised {event} deserves a pay rise, it was brilliant
the school nurse was lovely with my daughter today, thank you
{teacher} runs the best after-school club, my kids are obsessed
so thankful for the TA who sits with my son at lunch, she's changed his whole year
{teacher}'s end of year report for my son made me cry happy tears
the caretaker fixed my daughter's scooter at home time, what a star
the new head knows every child's name already, so impressed
thank you to the teachers who gave up their Saturday for the trip
can't fault {school}, they've been brilliant with my son's transition
{teacher} deserves a medal for getting my lot to read every night
the whole team at {school} have been so supportive this term, thank you
""")
extend("cl_staff_hobby", """
new running shoes, new me 👟
first attempt at a Victoria sponge. it's... rustic
the garden centre café is my happy place ☕🌿
took the dog to the beach, he thinks he's a seal now 🐕🌊
just booked tickets for the Arctic Monkeys, I'm sixteen again
Sunday = crumpets, crossword and no alarm
my sister's wedding was perfect, danced till 1am 💃
cycled to {town} and back, 42 miles, my legs have left the chat 🚴
finally finished the jigsaw. 1000 pieces. one missing. of course
homemade curry night, my flat smells incredible 🍛
our allotment rhubarb has gone feral
charity shop find of the year: a genuine Barbour for £8 🙌
cold water dip this morning, I've never felt more alive (or colder) 🥶
the cricket's on, don't talk to me
made jam for the first time, it's basically soup but it's MY soup {emo_lol}
nephew's christening today, so lovely to see everyone
bought a secondhand guitar, the neighbours will love me
knitting a jumper for the dog. he's not impressed
grand day out at the Yorkshire Show 🐄
weekend in Edinburgh, the castle is unreal
family walk round the reservoir, ice creams all round 🍦
my book club picked a 700-page novel. I've read twenty pages
tried paddleboarding, fell in four times, would recommend {emo_lol}
car boot Sunday, came home with a lamp I didn't need and a bread maker I definitely don't need
painted the living room. it's greener than expected 🎨
parkrun PB this morning! 24:12 🏃‍♂️
half term plans: sofa, films, repeat
sourdough starter is alive and thriving. I've named it Doughy McDoughface
fish and chips on the seafront at Whitby, perfect day 🐟
watching my brother's band at the Red Lion tonight 🎸
first wild camp in Snowdonia, didn't sleep a wink, loved it
our new kitten has taken over the house 🐈
been to see Les Mis in Manchester, absolutely sobbed
marathon training week 6. everything hurts 🏃‍♀️
finished the garden bench, only one splinter
Christmas market in {town} tonight, mulled wine in hand 🍷
learning to bake bread on YouTube, going about as well as you'd expect
new glasses, who dis 🤓
Sunday league: lost 4-1, bacon butties after made up for it
the fells were stunning today, not a cloud in the sky
""")
extend("cl_pupil", """
just passed my driving theory test!! 🚗
who's going to the fair at the weekend?
my little brother broke my headphones again 😤
mocks are over finally, sleeping for a week
anyone selling a prom suit? need one by June
got picked for the county {sport} team 🙌
finished my DofE bronze!!
revision timetable made. following it is a different story
mum said I can get a dog if I get good grades, so motivated now
new season of my show is out, no spoilers please
our {sport} match got called off cos of the rain, gutted
anyone know where the bus stop moved to?
best day ever at the theme park with the squad 🎢
I actually understood quadratics today, proud of myself
can't wait for summer hols
just got my first job at the chippy 🍟
my cat sat on my homework so that's my excuse
working on my art GCSE piece all weekend 🎨
is anyone going to the cinema tonight?
the canteen's pizza today was unreal
who's going to be at youth club {weekday}?
I'm so bad at French help
shout out to my mum for making my costume for the play 🥹
tried out for the school musical, fingers crossed
scored a goal at training today ⚽
""")
extend("cl_staff_msg", """
Hi, thanks for letting us know. We'll keep an eye on {first} today and I'll catch you at pick-up
Reminder: {classname}'s trip to {town} is on {weekday}. Please arrive by 8.30am
Good afternoon, please find attached the letter about the residential. Any questions, contact the office
Thank you for the kind card, it was lovely. Have a great summer
Please remember that reading books should be in school every day
Just a note that {first} has been brilliant at helping others this week, well done!
{classname} will be doing a cake sale on {weekday}, all cakes 50p
Please could you sign and return the photo consent form by Friday
Apologies, the homework set today was the wrong sheet. The correct one is on the school app
Hello, I've spoken with the lunchtime team and they'll keep an eye out. Kind regards, {teacher}
Please can children bring a coat every day as we go outside whatever the weather
Year 9 options evening is on {weekday} at 6pm. Booking via the school app
Thank you for coming to the meeting today. The actions we agreed will be shared by the school office
Just to let you know the class rabbit went home with {first} this weekend and came back very spoilt {emo_lol}
Reminder that nut-free snacks only please, we have children with allergies in school
""")
extend("cl_volunteer_gov", """
[volp] loved helping with the Year 2 trip today, the kids were brilliant
[newsvol volp] the PTA summer raffle tickets are on sale now, £1 a strip
[offgov newsgov] Governors would like to thank all the staff for their hard work this term
[newsgov offgov] Interested in becoming a school governor? Come to our information evening on {weekday}
[volp volmsg] thank you to everyone who helped set up the fair, couldn't do it without you
[volp] reading volunteer day, one little lad read me a whole chapter about sharks 🦈
[newsvol volmsg] the PTA is looking for a new treasurer, no experience needed
[volp newsvol] huge thanks to the local Co-op for donating to our fun day
[volmsg newsvol] we still need bakers for {weekday}'s cake sale! message the PTA
[newsgov offgov] Our annual governors' report is now published on the school website
[volp] second hand uniform sale raised £340 for the library, thank you all
[volp newsvol] Santa's grotto at the Christmas fair needs elves! Volunteers please 🎅
""")
extend("cl_hard_negative", """
[staffp parentp] just had to reset every password I own after the Netflix thing. never again
[off news] Reminder: parents must not share their ParentPay login details with anyone
[off news] Safeguarding is everyone's responsibility. If you are worried about a child, contact our DSL via the office
[parentp parentmsg] my son's best friend is moving to {town}, he's gutted 😢
[staffp parentp volp] my dad's been diagnosed with diabetes, any recipe tips welcome
[off] Ofsted Parent View is open if you'd like to share your views about our school at any time
[off news] Our budget-friendly uniform swap shop is open every {weekday} after school
[staffp parentp] my gym's being 'restructured' which means fewer spin classes. outrageous {emo_lol}
[parentp] secret's out, we're expecting baby number three! 🍼
[staffp parentp] so my bank has closed the branch in {town}. the cuts are everywhere
[off news] This term's exam timetable for Year 11 has been published on the website
[off] Our governing body meets six times a year. Minutes are published on our website
[parentp parentmsg] the kids are off school with a sickness bug, any tips for keeping them entertained on the sofa?
[staffp parentp] the neighbour's cat keeps breaking into our kitchen, cheeky little toerag 🐈
[staffp parentp volp] that quiz was brutal, we came last and I'm not even mad
[staffp] my own kids' school has been brilliant this year, so glad we chose it
[off news] If you are eligible for free school meals, please apply: it also brings extra funding into school
[staffp parentp] smashed my head on the cupboard door again, I'm a walking hazard
[parentp] first day at big school for my boy, he looked so grown up in his blazer 🥲
[staffp parentp volp] the football manager should be sacked after that performance, absolute shambles
[staffp parentp] got told off by my own mum for not wearing a coat. I'm 34
[off news] Please do not post photographs of other children from school events on social media
[parentp parentmsg] my son's teacher rang to say he's had a brilliant day. proper happy tears
[staffp parentp] the supermarket self checkout thinks my bananas are a cabbage. useless machine
""")

# ------------------------- extra templates (violations) ---------------------
extend("pid_personal_account", """
sports day selfie with my form, they made me do the dab 🙈
the Year 6s made me a leaving card and I'm in bits, pic below
my class on our welly walk, mud up to their ears 📸
can't get over how grown up my tutor group look on their last day [photo]
my Year 8s tried to teach me a TikTok dance, video coming soon {emo_lol}
{first} in my class asked if I sleep at school. I said yes obviously {emo_lol}
the lad in my set who never does homework did it today. we celebrated with a video
here's my lot in their World Book Day costumes 📚 so many Harry Potters
one of my Reception kids gave me a worm as a present today 🪱 pic attached
filmed my tutor group's Christmas jumper lineup, absolute scenes
caught the moment my class saw the chicks hatch 🐣 video on my page
my little Y1 reader who couldn't read in September just read a whole page, proud teacher moment
""")
extend("pid_fullname_personal", """
[parentp parentmsg] is {first} {surname} coming to the party? need numbers by Friday
[parentp volp] well done {first} {surname} on your karate grading, what a little star
[pupilp] {first} {surname} got detention again {emo_lol}
[parentp parentmsg] whoever's mum is picking up {first} {surname} today, she's at ours for tea
[volp parentp] spotted {first} {surname} from {year} on the local news for the litter pick!
[staffp] {first} {surname} finally got the lead in the play, I could've cried
[parentp] can't believe {first} {surname} beat my son at chess again {emo_lol}
[pupilp] happy birthday {first} {surname}!!! 🥳 have the best day
""")
extend("pid_details", """
{first} from {classname}, who is {primage} and lives in {town}, has been named young carer of the year
Congratulations to {first}, age {primage}, from {primyear}, who swims for {club}!
our youngest reader in {primyear} is {first}, {primage} today, who goes to {club}
{first} (aged {age}) from {town}, a pupil in {secyear}, is fundraising for the hospice
{first}, one of our {primyear} pupils, born {dob}, has been chosen for the junior choir
look at {girl}, {primage}, from {classname} showing off her medal from {club}
""")
extend("pid_fullname_official", """
Congratulations to {first} {surname} ({classname}) on winning the borough poetry competition 📝
Welcome back {first} {surname}, we've missed you in {primyear}!
Lunchtime superstar award: {first} {surname} for always helping tidy up 🍽️
Huge well done to {first} {surname}, our new Junior Road Safety Officer 🚦
{first} {surname} in {year} raised £450 by running a mile every day in May. Incredible!
Our House Captains for next year: {first} {surname} (Red) and {first} {surname} (Blue)
{first} {surname} made the front page of our newsletter with her science project 🧪
Big congratulations to {first} {surname} from {year}, who has been selected for the National Youth Orchestra
""")
extend("def_disrepute", """
doing my reports with a gin in hand, the grades get more generous by the glass 🍸
staff party last night: the head of maths was sick in a plant pot. legend
tipsy on the school trip ferry, don't judge me, the kids were in their cabins {emo_lol}
turned up to the school disco three sheets to the wind. best night ever
me and the Y6 team in the pub at lunchtime before the SATs results came out 🍺
pinched a bottle of wine from the raffle table at the school fair {emo_lol}
the school trip was carnage, we let the kids run riot in the services and went for a pint
watched Netflix all through my {subject} lesson while the kids did a 'quiz' 😎
""")
extend("conf_changes_v", """
I think it's shameful they're closing the nursery class and the families haven't been told
the trust taking over our school is the worst thing that could happen. announcement isn't till May
such a joke that they're making the site manager redundant after 25 years, he doesn't know yet
angry doesn't cover it. three of us are being 'restructured' out and we can't even tell the parents
really sad to know my favourite colleague is being let go this summer, she finds out next week
the new deputy they've appointed (not announced yet) is a terrible choice, mark my words
makes me furious that we're losing the SEN unit and nobody will say it publicly
the amalgamation with {school2} is a disaster waiting to happen and it's signed off already
""")
extend("co_language_work", """
[staffp] parents' evening was a {swear} marathon, never again
[staffp] data drop week can go to {swear} hell
[staffp govp] the {swear} trust have changed the timetable again
[staffp] another {swearn} staff meeting, two hours of my life gone
[staffp] this term has been absolute {swearn}, roll on summer
[staffp] if one more person says 'consistency' at work I'll {swear} scream
""")
extend("co_secrecy", """
[staffmsg] you can message me here any time, just don't let your parents see it
[staffmsg volmsg] I'll pick you up from the park, but this is just between us
[staffmsg] let's keep our chats private, school wouldn't understand
[staffmsg] I've got a present for you, come to my room at lunch and don't tell your friends
""")
extend("co_discriminatory", """
trust the Asian lad to get top marks, they're all swots
the new dinner lady is a proper pikey, wouldn't eat anything she makes
another gay pride assembly, why are they pushing it on our kids
disabled parking bays at school are full of fakers, half of them can walk fine
the dyslexic kid in my lad's class is just thick, let's be honest
she teaches like a typical woman, all feelings no facts
""")
extend("mixed", """
[parentp] {teacher} is a bone idle {swearp}, and I'll be saying that to her face at pick up ||+defamation,conduct
[staffp staffmsg] budget's {money} down so the head's cutting TA hours, absolute {insult_noun} ||+confidentiality,defamation
[pupilp] {first} {surname} from {secyear} lives on {street}, go round and egg the house lol ||+pupil-identification,conduct
[parentp parentmsg] {first} {surname}'s mum told me he's on the child protection register, no wonder he's feral ||+confidentiality,pupil-identification,defamation
[staffp] Ofsted next week and {slt} {simile}. we're doomed ||+confidentiality,defamation
[staffp] add me on insta {handle} if you want pics of the {event}, kids are on there already ||+conduct,pupil-identification
[staffp] the governors' meeting last night was a shambles, the chair is a {swearp} ||+confidentiality,defamation,conduct
[parentmsg] {first} {surname} in {classname} has head lice AND her mum's on benefits, keep your kids away ||+confidentiality,pupil-identification,defamation
[staffmsg] here's my personal email {personal_email}. delete this message after, our secret ||+conduct
[volp] the teachers at {school} are {insult_noun}, I've seen the budget papers and they waste {money} ||+confidentiality,defamation
""")


# ------------------------- extra templates (round 2) ------------------------
extend("def_school", """
{school} is a sinking ship and {head} is rearranging the deckchairs
the leadership at {school} are {insult_noun}. every parent I speak to says the same
not a single person in charge at {school} has a clue what they're doing
{trust} bought our school and turned it into a spreadsheet with a playground
{head} has driven out every decent teacher we had. well done
{school} talks about 'values' but treats staff and kids like dirt
honestly the academy trust are {insult_noun} who care about their logo more than the children
{school}'s new uniform supplier is double the price and {head} gets a kickback, I'd bet money on it
the head only turns up for photo ops. the rest of the time? golf, probably
""")
extend("def_colleague", """
{colleague} marks books with a tick and 'good'. every book. every week. bone idle
{colleague} is the reason half the staff are off with stress
the way {colleague} talks to the TAs is disgusting, she thinks she's royalty
{colleague} lied on their CV, there's no way they've got a degree
{colleague} got the deputy job by crawling, simple as
{colleague_group} are {insult_adj} and lazy with it
{colleague} turns up late every day and leaves at 3.15 on the dot. shocking
{colleague} can't teach for toffee, the kids run rings round them
don't get me started on {colleague}, a total fraud
{colleague} has been spotted drinking in the car park at lunch, mark my words
""")
extend("def_pupil_parent", """
[parentp parentmsg] the mums in the playground are {parent_insult}, honestly like a pack of hyenas
[parentp parentmsg] that boy in {classname} is {pupil_insult} and his dad's worse
[staffp volp] the kids I've got this year are {pupils_insult}. roll on July
[parentp parentmsg pupilp] {first} in {year} is {pupil_insult}, everyone knows it
[parentp parentmsg] the parents who park on the zigzags are {parent_insult}, every single one
[staffp] the parents at my school are {parent_insult}, no wonder the kids are like they are
""")
extend("def_parent_complaint", """
emailed the head three times about the bullying, not one reply. {school}, you should be ashamed
{school} think it's OK to leave Year 1s outside in the rain at pick-up. it isn't
absolute joke of a school. {school} lost my son on a trip and didn't tell me till 4pm
the office at {school} are rude every single time I ring. every time
can't believe {school} gave my daughter a detention for forgetting a pen. power mad
{teacher} told my son he's 'never going to amount to anything'. disgusting. {school} won't do anything
shame on {school} for cancelling the Christmas party to 'focus on learning'. miserable lot
the SEN support at {school} is non-existent and they just keep fobbing me off
going public because nobody at {school} will listen: my child has been hit three times this term
my kid's been in {school} four years and they still spell his name wrong on reports. says it all
""")
extend("co_language", """
traffic on the A road is {swearn}, I'm going to be so late
{swear} dog just ran off with my sandwich
my boss is a {swearp} and I'm not even at work
the price of a pint in this town is a {swear} joke
ffs, the washing machine's flooded the kitchen
just stubbed my toe on the {swear} bed frame
absolute {swearp} in the Tesco car park, took two spaces
that referee wants his {swear} eyes testing
who keeps letting their dog {swearn} on our path?? 💩
it's {swear} baltic out there
""")
extend("co_bullying", """
[pupilmsg pupilp] screenshot her messages and post them in the year group chat {emo_lol}
[pupilp pupilmsg] {first} is such a loser, let's all unfollow him tonight
[parentp parentmsg] if that woman comes near my kid again I'll flatten her, I'm not joking
[pupilp] vote on who's the ugliest in {secyear}, I'll start {emo_lol}
[pupilmsg] say one more word and I'll post that video of you everywhere
[parentp] naming and shaming the mum who blanked me at the gate. you know who you are. watch yourself
[pupilmsg pupilp] we're all wearing odd socks tomorrow except {first}, don't tell her {emo_lol}
[pupilp] that new kid in {secyear} is a freak, make his life hell
[staffp staffmsg] keep crying, {first}, it won't get you a better grade {emo_lol}
[parentmsg] nobody invite the {surname} kid to anything, his mum's a nightmare
""")
extend("co_sexual", """
{teacher}'s legs in that skirt today 🥵 no wonder I love maths
dropping a link to my spicy page for anyone over 18... or not, no judgement 🔞
rate my bum out of ten, be honest 🍑
new bedroom pics up, DM for access 😈
the new science teacher can mark my homework any day 😏💦
just saw {teacher} at the gym, I'm not okay 🥵
""")
extend("co_personal_contact", """
[staffmsg] Hi, it's {teacher}. Easier to reach me on my own mobile, {mobile}, rather than the school office
[staffp] my snap is {handle}, any of my form can add me for homework help 👻
[staffmsg] Message me on my personal WhatsApp ({mobile}) if your son needs anything over the holidays
[staffp staffmsg] Year 11 revision group chat: join via my number {mobile}
[staffmsg] feel free to email me at {personal_email} rather than the school address, I check it more
[staffp] any of my tutees want to game later? add me on PlayStation, {handle} 🎮
[staffmsg] here's my home number in case you need to talk tonight: {mobile}
""")
extend("co_pupil_contact", """
[staffp] a Year 10 asked to follow me on insta so I followed back, she's lovely
[staffp] my tutees have found my TikTok and I've followed them all back {emo_lol}
[staffp] messaging my form group on WhatsApp tonight to remind them about the trip
[staffp] one of my old Year 9s (she's only 15) keeps DMing me about her boyfriend, I always reply
[staffp staffmsg] friend requested {first} from {secyear} so I can keep an eye on her
[staffp] facebook friends with three of the Year 6 dads now, it's handy for sorting football lifts
""")
extend("co_own_data", """
[staffp] it's my birthday! {day_o} {monthname} {adultyyyy} babies unite 🎂
[staffp] party at mine, {housenum} {street}, {town}. bring a bottle!
[staffp staffmsg] for the leaving do kitty: Barclays 20-32-06 account 73849201, ta
[staffp] 40 today!! born {day_n}/{mon_n}/{adultyyyy} and still can't use a tin opener
[staffp] if you fancy sending me a postcard over the holidays: {housenum} {street}, {town} 💌
""")
extend("co_impersonation", """
[pupilp pupilmsg] made a fake {teacher} account and posted that homework's cancelled {emo_lol}
[parentp] I've set up a second Facebook as 'Concerned Parent of {school}' so they can't trace it
[staffp] logged in as the head on the school Twitter and posted a meme {emo_lol}
[pupilp] running a fake {school} insta, we post the worst dinners every day
[volp] pretended to be from the council when I rang the school to get info about the new head
[pupilp] texted my mum pretending to be the school office saying I'm off sick tomorrow {emo_lol}
""")
extend("cl_enthusiastic", """
the Year 1s absolutely killed it in their first assembly, so cute
my daughter smashed her swimming gala today, three golds!! 🥇🥇🥇
the school's Christmas window display is gorgeous this year 🎄
we had an absolute ball at the family picnic, thanks {school}
mad proud of my nephew for his first school play, stole the show
what a brilliant end to the term, buzzing for the summer now
the kids went mental for the new climbing frame 🧗
shout out to the Year 6 leavers, you've smashed it, good luck at big school
""")
extend("cl_praise", """
{teacher} has been a rock for our family this year, thank you
the lunchtime team at {school} are unsung heroes
just want to say the office team are always so friendly, makes such a difference
{teacher} sorted my son's reading book drama in two minutes flat, legend
we're going to miss {teacher} so much, our kids adored her
hats off to the PE staff, sports day ran like clockwork
""")
extend("cl_official", """
Our Year 2 children will be visiting {town} library on {weekday}. Please send a packed lunch
Parent workshop: supporting your child with reading. {weekday} 9am in the library
We have been awarded the Healthy Schools Award 🍎 Thank you to our staff and families!
A reminder that all medicines must be handed in at the office with a signed form
Our school council met today to plan the summer charity day. Ideas welcome in the suggestion box
Free family cooking class this {weekday} at 3.30, book via the office 🥕
Year 10 parents' evening will take place online on {weekday}. Appointments via the school app
Congratulations to our staff team, who completed the {town} 10k for charity and raised £1,350!
""")
extend("cl_parent_chat", """
mums and dads of {classname}: shall we club together for a leaving present for the TA?
just a heads up, the ice cream van is parked outside school again, good luck at pick up {emo_lol}
anyone know if the school holiday club has spaces for {weekday}?
does anyone have a spare nativity costume? my son's been cast as a sheep
thank you to everyone who came to my daughter's party, she had the best time
what's everyone doing for half term? we're doing the beach if the weather holds
spare tickets for the school show on {weekday} if anyone missed out
found a Pokémon card on the playground, I'll hand it to the office {emo_lol}
""")

# ------------------------- short and long drafts ----------------------------
extend("cl_parent_chat", """
snow day?? ❄️
PE tmrw?
non uniform fri?
ty all x
bake sale 2day!
who's got spare glue?
nits again 🪮
""")
extend("cl_pupil", """
no hw tonight 🙌
bus late again
gg lads ⚽
cinema l8r?
""")
extend("cl_staff_hobby", """
10k done 🏃
cake o'clock 🍰
beach day ☀️
new pb!! 🚴
""")
extend("cl_official", """
INSET Friday 📅
Book Fair today 📚
Snow closure ❄️
""")
extend("def_school", """
SLT = clowns 🤡
head's a joke lol
{school}? shambles
""")
extend("def_colleague", """
deputy's useless
office staff 🤡🤡
""")
extend("conf_inspection", """
ofsted tmrw 😬
we got RI 😭
""")
extend("conf_credentials", """
door code {pcode}
wifi pw: {pword}
""")
extend("co_language", """
ffs monday
f*** this rain
""")
extend("co_personal_contact", """
[staffmsg] my mob: {mobile}
[staffp] snap me: {handle}
""")
extend("pid_personal_account", """
my class 😍📸
Y6 trip pics 📸
""")
extend("disc_workload", """
marking again 😩 #teacherlife
INSET. kill me.
""")
extend("cl_official", """
We are delighted to share that our recent Ofsted inspection, published this week, judged {school} to be Good in all areas. Inspectors praised our 'kind and ambitious curriculum' and the 'exceptional care' our staff show every child. Thank you to our families, governors and, above all, our wonderful pupils. The full report is on our website.
Dear families, a quick round-up of the week: {classname} visited the fire station, Year 5 started their Viking topic, and our football team won 3-1 against {school2}. Next week is Anti-Bullying Week, so children can wear odd socks on {weekday}. Please remember that the school office closes at 4pm. Have a lovely weekend!
""")
extend("cl_parent_chat", """
Right, so I'm organising the end of year collection for the teachers in {classname}. If you'd like to chip in, it's £3 per family and I'll be at the gate on {weekday} and Friday with a tin. We're thinking of a voucher and a card the kids can all sign. Let me know if you have any other ideas, and thanks in advance, you're all stars x
""")
extend("cl_staff_hobby", """
Absolutely shattered but so happy: just finished my first ever marathon in 4 hours 31. Training through a wet winter was grim, my knees are writing letters of complaint and I've eaten my body weight in jelly babies, but the crowds round the last three miles were incredible. Thank you to everyone who sponsored me for the hospice, we've raised over £1,200! 🏅
Lovely weekend away in the Peak District with the family. Walked up Mam Tor on Saturday in glorious sunshine, got soaked on Sunday at Chatsworth, and the dog found every single puddle in Derbyshire. Pub tea both nights, no phones, no emails, just good company. Already planning the next one.
""")
extend("def_parent_complaint", """
I wasn't going to post this but I'm at the end of my tether. My son has been hit, kicked and called names at {school} since October. I've emailed {teacher} four times, I've asked for a meeting with the head twice and I've heard NOTHING. Yesterday he came home with a cut lip and they didn't even ring me. This school does not care about its children. Think very carefully before sending your kids there.
Can someone explain how {school} can find the money for a shiny new sign out front but can't find a TA for a class of 32? Went to parents' evening, teacher had no idea who my daughter was, called her by the wrong name twice and then told me she 'doesn't try'. She's eight. The leadership there are clueless and frankly the whole place is a shambles from top to bottom.
""")
extend("disc_workload", """
Long post, sorry. It's 11pm on a Sunday and I've just finished planning for the week. Seven hours today, on top of the ten I did after school. Our new curriculum at school means every lesson has to be rewritten from scratch, and the data deadline is Friday. I love teaching, I really do, but I can't keep doing this and be a decent mum. Something has to give and I don't think it'll be the spreadsheets.
""")
extend("def_colleague", """
I've kept quiet for two years but I'm done. {colleague} at my school takes credit for everyone else's work, shouts at the TAs in front of the children, and then smiles for the head like butter wouldn't melt. Half the team have gone off with stress because of her. How someone like that ends up in charge of a department is beyond me. Absolute disgrace of a human being.
""")
extend("conf_changes", """
Not supposed to say anything yet so keep this to yourselves. We had a closed meeting after school today and it turns out {school} is being merged with {school2} from next September. The juniors are moving up to their site, two classes are going, and they're 'reviewing' all the support staff contracts. Parents won't get a letter until after Easter. I've been there twelve years and I honestly don't know if I'll have a job.
""")
extend("pid_location", """
Just a warning to parents of {school}: I saw {girl} {surname} from {primyear}, the little one who lives at {housenum} {street}, walking along the main road on her own at 8pm last night. Her mum works nights at the hospital so she's often on her own. Someone should really keep an eye out for her if you're passing that way.
""")
extend("co_personal_contact", """
[staffp] Hi to all my Year 11s, I know the exams are getting close and the school email takes ages, so I've set up a WhatsApp group on my own phone for anyone who wants last-minute help. Number is {mobile}. You can also add me on Snapchat ({handle}) if that's easier. Don't be shy, no question is too silly, and good luck everyone! 📚
""")
extend("conf_safeguarding", """
Tough day. Had a Year 4 girl disclose at lunchtime that her stepdad has been hitting her mum and that she's scared to go home. Spent the afternoon with the DSL and the social worker, police are involved now and she's staying with her nan tonight. I keep thinking about her little face when she told me. I'm not sure how much more of this job I can do without it breaking me.
""")
extend("co_bullying", """
[pupilp pupilmsg] ok so everyone in the group chat listen up. tomorrow at break we're all going to ignore {girl}. don't sit with her, don't talk to her, if she comes over just walk off. she thinks she's better than everyone and it's time she found out nobody likes her. screenshot this and send it to the year 8 chat too. if anyone sticks up for her they're next 😂
""")
extend("cl_official", """
Dear parents and carers, our Summer Fair is this Saturday from 12 until 3pm on the school field. There will be a bouncy castle, face painting, the famous cake stall, a dog show and a tug of war between staff and Year 6 (the staff have been training...). Entry is free and all money raised goes to new playground equipment. Please bring cash as not all stalls can take cards. See you there!
""")

# --------------------------------------------------------------------------
# Quotas (drafts generated per pool)
# --------------------------------------------------------------------------
QUOTA = {
    "conf_changes": 36, "conf_changes_v": 12, "conf_finance": 34, "conf_inspection": 30, "conf_exam": 24,
    "conf_meetings": 34, "conf_safeguarding": 28, "conf_pupil_sensitive": 28, "conf_pupil_sensitive_parent": 14,
    "conf_credentials": 26, "conf_personal_gain": 16,
    "pid_fullname_official": 55, "pid_fullname_personal": 24, "pid_location": 40, "pid_details": 30,
    "pid_personal_account": 40,
    "def_school": 60, "def_colleague": 60, "def_pupil_parent": 45, "def_supplier": 22, "def_disrepute": 25,
    "def_parent_complaint": 55,
    "disc_workload": 90, "disc_policy": 50, "disc_positive": 36, "disc_speaking_for_school": 34,
    "co_language": 50, "co_language_work": 14, "co_discriminatory": 36, "co_bullying": 40, "co_sexual": 22,
    "co_personal_contact": 40, "co_pupil_contact": 30, "co_secrecy": 24, "co_own_data": 18, "co_impersonation": 20,
    "mixed": 40,
    "cl_official": 110, "cl_official_firstname": 24, "cl_enthusiastic": 76, "cl_parent_chat": 118,
    "cl_weather_traffic": 60, "cl_praise": 50, "cl_staff_hobby": 95, "cl_pupil": 60, "cl_staff_msg": 45,
    "cl_volunteer_gov": 36, "cl_hard_negative": 75,
}
LIFE_POOLS = {"cl_staff_hobby", "cl_weather_traffic", "co_language", "cl_hard_negative"}

# --------------------------------------------------------------------------
# Decoration: openers, closers, fillers, disclaimers
# --------------------------------------------------------------------------
OPENERS = {
    "neg": lines("""
ngl
honestly
tbh
not gonna lie,
right,
so...
well.
rant incoming:
just saying,
hot take:
mood:
is it just me or
unpopular opinion but
sigh.
oh joy.
here we go again.
can't even.
not being funny but
I'm sorry but
say what you like but
fuming.
don't @ me but
let's be real,
genuinely,
I've had it.
love how
yet again
every single time.
"""),
    "sly": lines("""
psst
shhh
not saying anything but
between you and me,
you didn't hear it from me but
tea ☕
a little birdie told me
ooh
keep it quiet but
gossip alert:
spill the tea:
off the record,
"""),
    "pos": lines("""
Aww!
OMG.
Yesss!
What a day!
Proud moment!
Honestly,
Just wow.
Big day!
Eeeek!
Can't stop smiling.
Buzzing!
"""),
    "lol": lines("""
lol
lmao
can't make this up:
story time:
classic.
well that escalated.
no regrets.
oops.
throwback to today:
"""),
    "official": lines("""
📣
REMINDER:
NEWS:
Dear parents,
Good morning!
Update:
Important:
Dear families,
Happy Friday!
This week:
Notice:
"""),
    "neutral": lines("""
so
ok so
right
quick one:
random but
PSA:
FYI
hiya,
morning all,
evening all,
hi all,
question:
"""),
}

EMO_CLOSE = {
    "neg": S["emo_neg"] + ["🙄🙄", "😤😤", "🤦"],
    "sly": S["emo_sly"],
    "pos": S["emo_pos"] + ["❤️❤️", "🥹", "💪💪"],
    "lol": S["emo_lol"],
    "official": ["⭐", "🎉", "💙", "📚", "✏️", "🏫", "👏", "🌟", "🙏"],
    "neutral": ["🙂", "👍", "🤷‍♀️", "🤷", "😊", "x", "xx", "🙏", "☕"],
}

TAGS = {
    "teacher": lines("""
#teacherlife
#edutwitter
#teachersofinstagram
#primaryteacher
#teacher5aday
#sendhelp
#mondaymood
#fridayfeeling
#teacherproblems
#ukedchat
#secondaryteacher
#teachertwitter
#tiredteacher
#NQTlife
#edutok
"""),
    "parent": lines("""
#schoolrun
#parentlife
#mumlife
#dadlife
#halfterm
#mumsofinstagram
#parenting
#schoolmums
#mumsnet
#localmums
"""),
    "official": lines("""
#proud
#community
#learning
#schoollife
#StarOfTheWeek
#TeamWork
#WeAreFamily
#Inspire
#ProudToBe
#Learning4Life
"""),
    "generic": lines("""
#justsaying
#rant
#notimpressed
#blessed
#weekendvibes
#sundayfunday
#life
#mood
#goodtimes
#lovethis
#nofilter
#uk
"""),
    "pupil": lines("""
#fyp
#school
#bored
#gcse
#foryou
#mocks
#revision
#y11
"""),
}

SUFFIXES = {
    "neg": lines("""
rant over
just saying
end of.
sorry not sorry
make it make sense
thoughts?
anyone else?
discuss.
can't make this up
says it all really
I'm done.
unreal.
every. single. time.
"""),
    "pos": lines("""
love it
so proud
what a bunch
best feeling
made my day
thank you all
amazing
"""),
    "lol": lines("""
lol
😂 can't cope
send help
what a time
no shame
iconic
"""),
    "sly": lines("""
that's all I'm saying
say no more
you didn't hear it from me
watch this space
mum's the word
"""),
    "neutral": lines("""
x
xx
ta
thanks
cheers
ta x
thanks all
"""),
    "official": lines("""
Thank you for your support.
Any questions, please contact the office.
Have a lovely weekend!
More information on the website.
Please share with anyone who might be interested.
Thank you!
"""),
}

FILLERS = {
    "adult": lines("""
Kettle's on.
Kids finally asleep.
Third coffee of the day ☕
Long week.
Anyway, tea's in the oven.
Need a holiday.
Sorry for the essay.
Anyway, happy Friday!
Right, bath and bed.
Can't sleep so here we are.
Wine o'clock 🍷
Right, off to Tesco.
Happy Monday I guess.
Dog needs a walk so that's me.
Anyway, how's everyone's week going?
Off to do the big shop now.
It's been a day.
Phone on 3%, bye.
Just had to get that off my chest.
Back to the washing pile.
Writing this in the car park lol.
Needed to say it somewhere.
Rant over, off to make tea.
Send chocolate.
Someone pass the biscuits.
That's all from me tonight.
Early night for me.
"""),
    "pupil": lines("""
anyway
bored rn
cba with today
so tired
on the bus rn
brb
literally dying
"""),
    "official": lines("""
Thank you for your continued support.
Any questions, please contact the school office.
Have a lovely weekend!
More photos on the class page soon.
Further details will follow by email.
We look forward to seeing you there.
Thank you to all of our wonderful families.
"""),
}

DISCLAIMERS = lines("""
(views my own)
All views my own.
Views are my own and not my employer's.
opinions mine, not the school's
#ViewsMyOwn
personal account, my views only
(speaking for myself, not work obvs)
Disclaimer: my own opinions
views my own, RTs aren't endorsements
*my views, not my school's
my own thoughts, not my employer's
(personal opinion, not on behalf of the school)
views expressed are mine alone
#opinionsmyown
just my view, not my employer's
these are my personal views
nothing to do with work, my own opinion
not speaking for my school here, views my own
""")
DISCLAIMER_OPENERS = lines("""
Personal account, views my own.
Views my own:
Speaking personally here (not for my school):
My own view, not my employer's:
""")

# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------
TXT = {
    "you": ["u"], "your": ["ur", "yr"], "you're": ["ur", "youre"], "are": ["r"], "to": ["2"],
    "tonight": ["2nite", "tonite"], "tomorrow": ["tmrw", "2moro", "tomoz"], "because": ["cos", "coz", "bc"],
    "probably": ["prob", "prolly"], "definitely": ["defo", "def"], "really": ["rly", "rlly"], "people": ["ppl"],
    "though": ["tho"], "with": ["w/"], "please": ["pls", "plz"], "thanks": ["thx", "ta"], "okay": ["ok", "k"],
    "great": ["gr8"], "before": ["b4"], "for": ["4"], "what": ["wot", "wat"], "know": ["kno"],
    "love": ["luv"], "see": ["c"], "and": ["n", "&"], "going to": ["gonna"], "want to": ["wanna"],
    "got to": ["gotta"], "something": ["summat", "sumthin"], "nothing": ["nowt", "nuffin"], "anything": ["owt"],
    "message": ["msg"], "about": ["abt", "bout"], "tomorrows": ["tmrws"], "good": ["gd"], "going": ["goin"],
    "just": ["jus"], "school": ["skl", "skool"], "minutes": ["mins"], "homework": ["hw"], "birthday": ["bday"],
    "everyone": ["every1"], "someone": ["some1"], "anyone": ["any1"], "at the moment": ["atm"], "right now": ["rn"],
    "to be honest": ["tbh"], "oh my god": ["omg"], "i don't know": ["idk"],
}
MISSPELL = {
    "definitely": ["definately", "defiantly", "definatly"], "receive": ["recieve"], "separate": ["seperate"],
    "weird": ["wierd"], "tomorrow": ["tommorow", "tomorow", "tommorrow"], "until": ["untill"], "government": ["goverment"],
    "business": ["buisness"], "believe": ["beleive"], "necessary": ["neccessary", "necesary"], "because": ["becuase", "becasue"],
    "friend": ["freind"], "their": ["there", "thier"], "there": ["their"], "you're": ["your"], "a lot": ["alot"],
    "embarrassing": ["embarassing"], "embarrassment": ["embarassment"], "occurred": ["occured"], "accommodation": ["accomodation"],
    "absolutely": ["absolutly", "absoloutely"], "disappointed": ["dissapointed", "disapointed"], "literally": ["literaly", "litterally"],
    "parents": ["parnets", "parants"], "teacher": ["teahcer", "techer"], "meeting": ["meating", "meetin"],
    "which": ["wich"], "except": ["accept"], "could have": ["could of"], "would have": ["would of"], "should have": ["should of"],
    "headteacher": ["headteacher", "head teacher", "headteahcer"], "safeguarding": ["safegaurding", "safeguardin"],
    "unbelievable": ["unbeleivable"], "ridiculous": ["rediculous", "ridiculus"], "beginning": ["begining"],
    "Wednesday": ["Wensday", "Wednsday"], "February": ["Febuary"], "grateful": ["greatful"], "existence": ["existance"],
    "address": ["adress"], "immediately": ["immediatly"], "independent": ["independant"], "really": ["realy"],
    "tonight": ["tonite"], "probably": ["probly"], "finally": ["finaly"], "interesting": ["intresting"],
    "restructure": ["re-structure", "restucture"], "redundancies": ["redundencies"], "password": ["pasword", "passwrd"],
    "disgusting": ["discusting"], "useless": ["usless"], "favourite": ["favorite", "favourate"], "behaviour": ["behavior", "behaviuor"],
    "colleague": ["collegue"], "colleagues": ["collegues"], "amazing": ["amazin", "amazig"],
}
KEYB = "qwertyuiop asdfghjkl zxcvbnm"


def neighbour(ch):
    rows = KEYB.split()
    for r in rows:
        i = r.find(ch.lower())
        if i >= 0:
            opts = [r[j] for j in (i - 1, i + 1) if 0 <= j < len(r)]
            return rng.choice(opts)
    return ch


def typo_word(w):
    op = rng.random()
    core = w
    if len(core) < 4:
        return w
    i = rng.randrange(1, len(core) - 1)
    if op < 0.3:  # swap
        return core[:i] + core[i + 1] + core[i] + core[i + 2:]
    if op < 0.55:  # drop
        return core[:i] + core[i + 1:]
    if op < 0.75:  # double
        return core[:i] + core[i] + core[i:]
    return core[:i] + neighbour(core[i]) + core[i + 1:]


WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")


def phrase_sub(text, table, prob):
    keys = sorted(table, key=len, reverse=True)
    for k in keys:
        pat = re.compile(r"(?<![\w@#])" + re.escape(k) + r"(?![\w])", re.IGNORECASE)
        def rep(m):
            if rng.random() < prob:
                r = rng.choice(table[k])
                if m.group(0)[0].isupper() and r[0].isalpha():
                    r = r[0].upper() + r[1:]
                return r
            return m.group(0)
        text = pat.sub(rep, text)
    return text


def protected(tok_start, text):
    # do not touch handles, hashtags, emails or urls
    j = tok_start - 1
    while j >= 0 and not text[j].isspace():
        if text[j] in "@#/":
            return True
        j -= 1
    return False


def random_typos(text, k):
    words = [m for m in WORD_RE.finditer(text)
             if len(m.group(0)) >= 4 and not m.group(0)[0].isupper() and not protected(m.start(), text)]
    if not words:
        return text
    chosen = sorted(rng.sample(words, min(k, len(words))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        w = m.group(0)
        if "'" in w:
            continue
        text = text[:m.start()] + typo_word(w) + text[m.end():]
    return text


def noisy(text, channel, author):
    formal = channel in ("official", "newsletter")
    if formal:
        if rng.random() < 0.08:
            text = random_typos(text, 1)
        if rng.random() < 0.05:
            text = phrase_sub(text, MISSPELL, 0.6)
        return text
    casual = {"pupil": 0.75, "parent": 0.55, "volunteer": 0.45, "staff": 0.4, "governor": 0.2}[author]
    if rng.random() < casual * 0.5:
        text = phrase_sub(text, TXT, 0.55)
    if rng.random() < casual * 0.55:
        text = phrase_sub(text, MISSPELL, 0.7)
    if rng.random() < casual * 0.45:
        text = random_typos(text, rng.choice([1, 1, 1, 1, 2, 2, 3]))
    if rng.random() < casual * 0.45:
        text = text.replace("'", "").replace("’", "")
    if rng.random() < casual * 0.6:
        text = text.lower()
    elif rng.random() < 0.04:
        # shouty caps for a short draft
        if len(text) < 90:
            text = text.upper()
    if rng.random() < 0.12:
        text = re.sub(r"([!?])(\s|$)", lambda m: m.group(1) * rng.randint(2, 4) + m.group(2), text, count=1)
    if rng.random() < 0.06:
        text = text.replace(". ", "... ", 1)
    if rng.random() < 0.1:
        text = text.replace(",", "", 1)
    return text


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(t, depth=0):
    def rep(m):
        key = m.group(1)
        if key not in S:
            raise KeyError(key)
        return fill(rng.choice(S[key]), depth + 1)
    return SLOT_RE.sub(rep, t) if depth < 6 else t


WEAK_SLOTS = {"weekday", "when", "town", "year", "primyear", "secyear", "classname", "pcode", "pword", "money",
              "salary", "sport", "subject", "n", "event", "emo_neg", "emo_pos", "emo_lol", "emo_sly", "age",
              "primage", "school", "school2", "trustname", "trust", "head", "slt", "street", "estate"}


def fill_with_skeleton(t):
    """Fill a template; also return a skeleton in which weak slots stay as
    placeholders, used to stop two drafts differing only by a weak slot."""
    parts, skel, last = [], [], 0
    for m in SLOT_RE.finditer(t):
        parts.append(t[last:m.start()])
        skel.append(t[last:m.start()])
        v = fill(rng.choice(S[m.group(1)]))
        parts.append(v)
        skel.append(m.group(0) if m.group(1) in WEAK_SLOTS else v)
        last = m.end()
    parts.append(t[last:])
    skel.append(t[last:])
    return "".join(parts), "".join(skel)


def parse_template(t):
    prof = None
    extra = set()
    m = re.match(r"^\[([a-z ]+)\]\s*(.*)$", t)
    if m:
        prof = m.group(1).split()
        t = m.group(2)
    if "||+" in t:
        t, _, lab = t.partition("||+")
        t = t.rstrip()
        extra = set(x.strip() for x in lab.split(","))
        assert extra <= set(LABELS), extra
    for p in prof or []:
        assert p in PROFILES, p
    return t, prof, extra


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def tone_for(pool_, labels):
    t = pool_["tone"]
    return t


def ctx_tags(pool_name, channel, author):
    if channel in ("official", "newsletter"):
        return TAGS["official"]
    if pool_name in LIFE_POOLS:
        return TAGS["generic"]
    if author == "pupil":
        return TAGS["pupil"]
    if author == "parent":
        return TAGS["parent"] + TAGS["generic"]
    if author == "staff":
        return TAGS["teacher"]
    return TAGS["generic"]


def decorate(core, pool_, channel, author):
    tone = pool_["tone"]
    formal = channel in ("official", "newsletter")
    if formal:
        tone = "official" if tone in ("neutral", "official") else tone
    text = core
    # opener
    if rng.random() < (0.15 if formal else 0.22):
        op_tone = "official" if formal else tone
        op = rng.choice(OPENERS.get(op_tone, OPENERS["neutral"]))
        sep = " " if op[-1] in ",:" or op.islower() else " "
        body = text
        if op[-1] in ".!" or op in ("📣",):
            body = body[0].upper() + body[1:]
        elif not formal:
            body = body[0].lower() + body[1:] if not body[:2].isupper() else body
        text = op + sep + body
    # filler sentence
    fkind = "official" if formal else ("pupil" if author == "pupil" else "adult")
    if rng.random() < 0.16:
        f = rng.choice(FILLERS[fkind])
        if rng.random() < 0.5:
            text = f + " " + text
        else:
            text = text.rstrip() + (". " if text.rstrip()[-1].isalnum() else " ") + f
    # suffix / emoji / hashtags
    r = rng.random()
    if r < 0.18:
        suf = rng.choice(SUFFIXES.get("official" if formal else tone, SUFFIXES["neutral"]))
        text = text.rstrip() + (". " if text.rstrip()[-1].isalnum() and formal else " ") + suf
    if rng.random() < (0.2 if formal else 0.35):
        e = rng.choice(EMO_CLOSE.get("official" if formal else tone, EMO_CLOSE["neutral"]))
        if e not in text:
            text = text.rstrip() + " " + e
    if rng.random() < (0.25 if formal else 0.18):
        tags = ctx_tags(pool_["name"], channel, author)
        k = rng.choice([1, 1, 1, 2, 2, 3])
        text = text.rstrip() + " " + " ".join(rng.sample(tags, min(k, len(tags))))
    return text


def pick_template(pool_):
    # least-used first, so every template is used before any is reused
    use = pool_["_use"]
    low = min(use)
    cands = [i for i, u in enumerate(use) if u == low]
    i = rng.choice(cands)
    use[i] += 1
    return pool_["_tpls"][i]


def make_item(pool_):
    tpl = pick_template(pool_)
    core_t, prof, extra = tpl
    if prof:
        pk = rng.choice(prof)
    else:
        pk = weighted(pool_["profiles"])
    channel, author = PROFILES[pk]
    core, skel = fill_with_skeleton(core_t)
    labels = set(pool_["labels"]) | extra
    # occasionally make a longer draft by chaining a second template of the same pool
    if rng.random() < 0.07 and len(pool_["_tpls"]) > 3:
        t2, prof2, extra2 = rng.choice(pool_["_tpls"])
        if (prof2 is None or pk in prof2) and t2 != core_t:
            second, skel2 = fill_with_skeleton(t2)
            skel = skel + " + " + skel2
            joiner = rng.choice([". ", ". Also ", "! ", ". And ", " - ", ". Plus "])
            core = core.rstrip(".") + joiner + (second[0].lower() + second[1:] if joiner.endswith(("Also ", "And ", "Plus ")) else second)
            labels |= extra2
    raw_core = skel
    core = core[0].upper() + core[1:] if rng.random() < 0.6 else core
    text = decorate(core, pool_, channel, author)
    text = noisy(text, channel, author)
    flags = pool_["flags"]
    staff_like = author in ("staff", "governor") and channel == "personal"
    if staff_like and "s" in flags:
        labels.add(DI)
    elif staff_like and "v" in flags:
        # violation pools: 25% carry a disclaimer; pure-view pools: 35%
        p_disc = 0.35 if not (labels - {DI}) else 0.25
        if rng.random() < p_disc:
            d = rng.choice(DISCLAIMERS)
            if rng.random() < 0.2:
                text = rng.choice(DISCLAIMER_OPENERS) + " " + text
            else:
                text = text.rstrip() + (" " if text.rstrip()[-1] in ".!?)" else ". ") + d
        else:
            labels.add(DI)
    if "p" in flags and author == "staff" and channel == "personal":
        labels.add(PI)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > 400:
        return None
    return dict(text=text, channel=channel, author=author, labels=[l for l in LABELS if l in labels],
                _core=raw_core)


def main(out_path):
    for name, p in POOLS.items():
        p["_tpls"] = [parse_template(t) for t in p["templates"]]
        p["_use"] = [0] * len(p["_tpls"])
        for t, _, _ in p["_tpls"]:
            fill(t)  # validate slots
    assert set(QUOTA) == set(POOLS), set(QUOTA) ^ set(POOLS)
    items, seen = [], set()
    seen_norm = set()
    seen_core = set()
    for name in POOLS:
        p = POOLS[name]
        made, tries = 0, 0
        while made < QUOTA[name]:
            tries += 1
            assert tries < QUOTA[name] * 200, name
            it = make_item(p)
            if it is None:
                continue
            norm = re.sub(r"[^a-z0-9]", "", it["text"].lower())
            # the same filled sentence may appear again only with a different label set
            # (e.g. a staff view with and without a disclaimer), never twice with the same labels
            core_key = (re.sub(r"[^a-z0-9]", "", it.pop("_core").lower()), tuple(it["labels"]))
            if it["text"] in seen or norm in seen_norm or core_key in seen_core or len(it["text"]) < 8:
                continue
            seen.add(it["text"])
            seen_norm.add(norm)
            seen_core.add(core_key)
            it["_pool"] = name
            items.append(it)
            made += 1
    rng.shuffle(items)
    with open(out_path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"t{i:04d}", "text": it["text"], "channel": it["channel"],
                   "author": it["author"], "labels": it["labels"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cnt = Counter(l for it in items for l in it["labels"])
    clean = sum(1 for it in items if not it["labels"])
    print(f"wrote {len(items)} drafts to {out_path}")
    for l in LABELS:
        print(f"  {l:22s} {cnt[l]}")
    print(f"  clean                  {clean} ({clean / len(items):.1%})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/train.jsonl")
