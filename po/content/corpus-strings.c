/* corpus-strings.c: the guide's text, for translators
 *
 * Written by lg-corpus-strings from data/corpus; do not edit by hand.
 * Regenerate with: ninja -C build update-corpus-strings
 *
 * SPDX-License-Identifier: CC-BY-SA-4.0
 */

#if 0
static const char *corpus_strings[] = {
  NC_("00-corpus.json: $.groups[0].title", "Start here"),
  NC_("00-corpus.json: $.groups[1].title", "Understanding relapse"),
  NC_("00-corpus.json: $.groups[2].title", "Acute myeloid leukaemia"),
  NC_("00-corpus.json: $.groups[3].title", "Acute lymphoblastic leukaemia"),
  NC_("00-corpus.json: $.groups[4].title", "Treatment and care"),
  NC_("00-corpus.json: $.groups[5].title", "Support"),
  NC_("00-corpus.json: $.groups[6].title", "Reference"),
  NC_("00-corpus.json: $.disclaimer", "This guide explains. It does not give advice about you. Your care team knows you and your illness, so talk to them before you make any choice about your treatment or your health."),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[0].words", "fever; high temperature; temperature; shivery; shivers; signs of infection"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[1].words", "bleeding; bruising; bruises; nosebleeds; bleed"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[2].words", "unwell; emergency; straight away; short of breath; dizzy"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[3].words", "outlook; prognosis; survival; life expectancy"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[4].words", "how you feel; how you may feel; your feelings; with feelings; upset; emotional; cope; alone"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[5].words", "money; job; employer; benefits; financial help; sick pay"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[6].words", "carers; carer; family; friends; people close to you"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[7].words", "hair loss; hair; lose your hair"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[8].words", "fertility; pregnancy; pregnant; have children"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[9].words", "children; child; young people; teenagers"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[10].words", "end of life; palliative care; no more treatment; dying; hospice"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[11].words", "pain; painkillers; pain relief"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[12].words", "infection; low blood counts; white blood cells; neutropenia"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[13].words", "what happens next; start here; first steps"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[14].words", "support; helplines; charities; listen"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[15].words", "refractory; not working; did not work; resistant"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[16].words", "take part; join; deciding"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[17].words", "tiredness; fatigue; tired; exhausted; no energy"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[18].words", "come back; comes back; relapse; recurrence; return"),
  /* Translators: words and phrases your translation of the guide uses for this subject, separated by semicolons; as many as it needs */
  NC_("05-search.json: $.search.concepts[19].words", "eating; food; diet; appetite"),
  NC_("05-start.json: $.topics[0].title", "Start here"),
  NC_("05-start.json: $.topics[0].summary", "Who this guide is for, where to begin, and how to find what you need."),
  NC_("05-start.json: $.topics[0].key_points[0]", "This guide is for people whose acute leukaemia has come back or has not gone away with treatment, and for the people who care for them."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].key_points[1]", "If you feel unwell now, go to [Feeling unwell? Act now](topic:act-now) or use the Act now button at the top of the window."),
  NC_("05-start.json: $.topics[0].key_points[2]", "It explains. It does not give advice about you. Your care team knows you best."),
  NC_("05-start.json: $.topics[0].key_points[3]", "It works without the internet and keeps nothing about you online."),
  NC_("05-start.json: $.topics[0].sections[0].title", "Who this guide is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[0].blocks[0].text", "This guide is for adults and families living with acute leukaemia that has come back ([relapsed](glossary:relapse)) or has not gone away with treatment ([refractory]). It covers [acute myeloid leukaemia](glossary:aml) (AML), including [acute promyelocytic leukaemia](glossary:apl) (APL), and [acute lymphoblastic leukaemia](glossary:all) (ALL). It is also for the people who care for them."),
  NC_("05-start.json: $.topics[0].sections[0].blocks[1].text", "It explains the words, tests and medicines your team may talk about. Every page lists the sources it was checked against. It does not know your own case, so always talk to your team before you decide anything."),
  NC_("05-start.json: $.topics[0].sections[0].blocks[2].title", "Feeling unwell?"),
  NC_("05-start.json: $.topics[0].sections[0].blocks[2].text", "If you have a temperature, shivers, any bleeding or new bruising, or suddenly feel unwell, call your hospital's 24-hour number straight away."),
  NC_("05-start.json: $.topics[0].sections[1].title", "Where to begin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[1].blocks[0].items[0]", "[What relapse and refractory mean](topic:relapse-basics): what is happening, in plain words."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[1].blocks[0].items[1]", "My treatment options: [for AML](topic:aml-treatment-choices) and [for ALL](topic:all-treatment)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[1].blocks[0].items[2]", "[Feeling unwell? Act now](topic:act-now): what to do at once if you are ill, and what to say."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[1].blocks[0].items[3]", "[Getting support](topic:getting-support): people you can talk to, for you and your family."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[0].sections[1].blocks[0].items[4]", "Living with treatment: [infection and low blood counts](topic:infection-low-counts), [central lines and ports](topic:central-lines) and [transfusions](topic:transfusions)."),
  NC_("05-start.json: $.topics[0].sections[2].title", "How to find things"),
  NC_("05-start.json: $.topics[0].sections[2].blocks[0].text", "The list on the left shows every topic. To search the whole guide, press Ctrl+F or the search button, then type a word or a question in your own words."),
  NC_("05-start.json: $.topics[0].sections[2].blocks[1].text", "Some words are links. Some open the meaning of a word. Others take you to another page. You can print any page, or save it as a PDF, to take to your appointments."),
  NC_("05-start.json: $.topics[0].sections[2].blocks[2].text", "Next time you open the guide, it goes back to the last page you read."),
  NC_("05-start.json: $.topics[0].questions[0]", "What is my hospital's 24-hour number?"),
  NC_("05-start.json: $.topics[0].questions[1]", "What type of leukaemia do I have, and has it relapsed or is it refractory?"),
  NC_("05-start.json: $.topics[0].questions[2]", "Which treatment options do you think could suit me?"),
  NC_("05-start.json: $.topics[0].questions[3]", "Who is my key contact on the team?"),
  NC_("05-start.json: $.topics[0].questions[4]", "Where can my family get support?"),
  NC_("05-start.json: $.topics[1].title", "Feeling unwell? Act now"),
  NC_("05-start.json: $.topics[1].summary", "What to do straight away if you feel unwell during treatment: signs of a serious infection, bleeding, breathing problems, confusion and reactions to some medicines, and what to say when you call."),
  NC_("05-start.json: $.topics[1].key_points[0]", "If you feel unwell, call your hospital's 24-hour number straight away, day or night. Do not wait until the morning."),
  NC_("05-start.json: $.topics[1].key_points[1]", "A temperature at or above the level your team gave you, shivering, or suddenly feeling unwell can mean a serious infection called neutropenic sepsis."),
  NC_("05-start.json: $.topics[1].key_points[2]", "Do not take paracetamol or ibuprofen to bring a temperature down before you call. They can hide a fever."),
  NC_("05-start.json: $.topics[1].key_points[3]", "Call 999 or go to A&E at once if you have severe breathing problems, chest pain, heavy bleeding, a fit or sudden confusion."),
  NC_("05-start.json: $.topics[1].key_points[4]", "Say: “I am having treatment for leukaemia and may have neutropenic sepsis.”"),
  NC_("05-start.json: $.topics[1].sections[0].title", "Call your hospital straight away"),
  NC_("05-start.json: $.topics[1].sections[0].blocks[0].title", "Call your 24-hour number now"),
  NC_("05-start.json: $.topics[1].sections[0].blocks[0].text", "If you feel unwell, call the 24-hour number your hospital gave you straight away, day or night. If you cannot get through, call 999 in the UK (or your local emergency number), or get someone to drive you to A&E. Do not wait to see if you get better."),
  NC_("05-start.json: $.topics[1].sections[0].blocks[1].text", "NICE, which writes health guidance for England, says your team should tell you how and when to call 24-hour cancer advice, and how and when to get emergency care. They should do this before treatment starts and all the way through it."),
  NC_("05-start.json: $.topics[1].sections[0].blocks[2].title", "Keep the number with you"),
  NC_("05-start.json: $.topics[1].sections[0].blocks[2].text", "Macmillan says to keep your hospital's 24-hour number with you at all times, for example saved in your phone. Ask your family and friends to keep it too."),
  NC_("05-start.json: $.topics[1].sections[1].title", "Signs of a serious infection (neutropenic sepsis)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[1].blocks[0].text", "Leukaemia and its treatment can leave you with very few neutrophils. These are the [white blood cells](glossary:white-blood-cells) that fight germs. Having too few is called [neutropenia](glossary:neutropenia). An infection can then turn into [neutropenic sepsis](glossary:neutropenic-sepsis). This is when the whole body reacts badly to an infection. It can kill if it is not treated quickly. To lower the risk, see [infection and low blood counts](topic:infection-low-counts)."),
  NC_("05-start.json: $.topics[1].sections[1].blocks[1].text", "Your team will tell you which temperature means you must call. Use the numbers they give you. As a guide, Blood Cancer UK and Cancer Research UK list a temperature of 37.5°C or above, or below 36°C, as a warning sign. NICE tells doctors to use a temperature above 38°C to diagnose it, and the US CDC says to call at 38°C or higher. Ask your team which number to use, and keep a thermometer at home."),
  NC_("05-start.json: $.topics[1].sections[1].blocks[2].text", "Call your 24-hour number straight away if you have any of these:"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[0]", "a temperature at or above the level your team gave you, or a low temperature"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[1]", "shivering, shaking, chills or sweating"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[2]", "feeling suddenly unwell, even if your temperature is normal"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[3]", "a sore throat, a cough, or pain when you wee"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[4]", "diarrhoea or being sick"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[1].blocks[3].items[5]", "redness, swelling, pain or fluid around your [central line](topic:central-lines)"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[4].title", "Do not take paracetamol or ibuprofen first"),
  NC_("05-start.json: $.topics[1].sections[1].blocks[4].text", "Do not take paracetamol or ibuprofen to bring your temperature down before you call. Cancer Research UK says these medicines lower a temperature, so they can hide an infection. Steroids can hide the signs too. Call your 24-hour number first, straight away, and tell them about any medicine you have taken."),
  NC_("05-start.json: $.topics[1].sections[2].title", "When to call 999 or go to A&E at once"),
  NC_("05-start.json: $.topics[1].sections[2].blocks[0].text", "Cancer Research UK says some signs can mean sepsis is already serious. The Christie, a cancer hospital, gives similar advice."),
  NC_("05-start.json: $.topics[1].sections[2].blocks[1].title", "Call 999 now"),
  NC_("05-start.json: $.topics[1].sections[2].blocks[1].text", "Call 999 in the UK (or your local emergency number) at once if you have any of these: slurred speech or confusion, very bad shivering or muscle pain, no wee for a whole day, very bad breathlessness, chest pain, heavy bleeding, skin that looks blotchy or changes colour, or you feel you might die."),
  NC_("05-start.json: $.topics[1].sections[3].title", "Bleeding and new bruises"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[3].blocks[0].text", "Too few [platelets] can make you bleed or bruise easily. Maggie's says to tell your team at once about any bleeding or bruises you cannot explain. This includes nosebleeds, bleeding gums, and tiny red or purple spots on the skin called [petechiae]."),
  NC_("05-start.json: $.topics[1].sections[3].blocks[1].title", "Call about bleeding straight away"),
  NC_("05-start.json: $.topics[1].sections[3].blocks[1].text", "Call your 24-hour number straight away if you have new bruises, a nosebleed, bleeding gums, or tiny red spots on your skin. If the bleeding is heavy or will not stop, call 999 at once."),
  NC_("05-start.json: $.topics[1].sections[4].title", "Breathlessness"),
  NC_("05-start.json: $.topics[1].sections[4].blocks[0].text", "Feeling short of breath can be a sign of infection. It can also be a sign of a reaction to some medicines, described below. The Christie lists fast breathing and breathlessness as possible signs of infection."),
  NC_("05-start.json: $.topics[1].sections[4].blocks[1].title", "Do not wait with breathing problems"),
  NC_("05-start.json: $.topics[1].sections[4].blocks[1].text", "If you are newly short of breath, call your 24-hour number straight away. If you find it very hard to breathe, or you have chest pain, call 999 at once."),
  NC_("05-start.json: $.topics[1].sections[5].title", "Confusion or fits after CAR-T or blinatumomab"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[5].blocks[0].text", "[CAR T-cell therapy](glossary:car-t) and [blinatumomab] can affect the brain and nerves for a while. St. Jude Children's Research Hospital names harm to the brain and nerves as one of two serious side effects of CAR T-cell therapy. The US label for blinatumomab also warns about it. Signs can include confusion, trouble speaking, shaking and fits (seizures)."),
  NC_("05-start.json: $.topics[1].sections[5].blocks[1].title", "Confusion or a fit: get help at once"),
  NC_("05-start.json: $.topics[1].sections[5].blocks[1].text", "If you, or the person you care for, become confused, cannot find words, speak in a slurred way, become very sleepy or shaky, or have a fit, call 999 at once. Then call the treatment team's 24-hour number."),
  NC_("05-start.json: $.topics[1].sections[6].title", "Differentiation syndrome"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[6].blocks[0].text", "Some medicines for AML and APL can cause a serious reaction called [differentiation syndrome](glossary:differentiation-syndrome). These include [tretinoin] (ATRA), [arsenic trioxide], the IDH drugs such as [ivosidenib] and [enasidenib], the FLT3 drug [gilteritinib], and menin drugs such as [revumenib]. Their US labels warn that it can be life-threatening if it is not treated quickly."),
  NC_("05-start.json: $.topics[1].sections[6].blocks[1].title", "Signs of differentiation syndrome: call at once"),
  NC_("05-start.json: $.topics[1].sections[6].blocks[1].text", "If you take one of these medicines, call your 24-hour number straight away, day or night, if you get a fever, feel short of breath, put on weight quickly, or have new swelling in your legs or arms. Do not wait for your next appointment."),
  NC_("05-start.json: $.topics[1].sections[7].title", "What to say on the phone and in A&E"),
  NC_("05-start.json: $.topics[1].sections[7].blocks[0].text", "Blood Cancer UK says to take someone with you to A&E if you can. If you feel ill, they can speak for you. The US CDC says to tell the person who checks you in that you are having cancer treatment."),
  NC_("05-start.json: $.topics[1].sections[7].blocks[1].title", "Words you can use"),
  NC_("05-start.json: $.topics[1].sections[7].blocks[1].text", "“I am having treatment for leukaemia and may have neutropenic sepsis.” Then say the name of your treatment, when you last had it, and your temperature. Show your hospital's alert card if you have one."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[7].blocks[2].text", "NICE says the hospital should treat you as an emergency. It should offer you an [antibiotic](glossary:antibiotics) straight away, before your test results come back."),
  NC_("05-start.json: $.topics[1].sections[8].title", "Why minutes matter"),
  NC_("05-start.json: $.topics[1].sections[8].blocks[0].text", "With few neutrophils, your body cannot hold back an infection. Macmillan says a small infection can become life-threatening within hours. It also says sepsis is easy to treat if it is caught early. Quick treatment with antibiotics, often through a drip, can stop it."),
  NC_("05-start.json: $.topics[1].sections[8].blocks[1].text", "So call even if you are not sure, or if it is the middle of the night. Cancer Research UK says it is better to find out you do not have an infection than to wait. Your team would rather hear from you early."),
  NC_("05-start.json: $.topics[1].sections[8].blocks[2].title", "More about staying safe"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("05-start.json: $.topics[1].sections[8].blocks[2].text", "See [infection and low blood counts](topic:infection-low-counts), [central lines and ports](topic:central-lines) and [blood and platelet transfusions](topic:transfusions)."),
  NC_("05-start.json: $.topics[1].questions[0]", "What is my 24-hour number, and who answers it?"),
  NC_("05-start.json: $.topics[1].questions[1]", "At what temperature should I call you?"),
  NC_("05-start.json: $.topics[1].questions[2]", "When will my blood counts be at their lowest?"),
  NC_("05-start.json: $.topics[1].questions[3]", "Which signs should I watch for with my treatment?"),
  NC_("05-start.json: $.topics[1].questions[4]", "Should I go to my own hospital or to the nearest A&E?"),
  NC_("05-start.json: $.topics[1].questions[5]", "Do you have an alert card I can carry?"),
  NC_("10-understanding.json: $.glossary[0].term", "relapse"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[0].definition", "When leukaemia comes back after treatment had cleared it and brought a [remission]. Also called recurrence."),
  NC_("10-understanding.json: $.glossary[1].term", "refractory"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[1].definition", "Leukaemia that does not respond well enough to treatment, so a [remission] is not reached. For AML, doctors often use the word when there is still no remission after two cycles of intensive chemo."),
  NC_("10-understanding.json: $.glossary[2].term", "remission"),
  NC_("10-understanding.json: $.glossary[2].definition", "A time when the signs of leukaemia have gone down or gone away after treatment. Some leukaemia cells may still be in the body, so it can come back."),
  NC_("10-understanding.json: $.glossary[3].term", "complete remission"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("10-understanding.json: $.glossary[3].definition", "When leukaemia can no longer be seen under a microscope after treatment and blood counts have recovered. For ALL, Leukaemia Care says this means normal blood counts, less than 5% leukaemia cells in the [bone marrow], and no leukaemia found anywhere else. A few leukaemia cells may still be left, so it can come back."),
  NC_("10-understanding.json: $.glossary[4].term", "measurable residual disease"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[4].definition", "The very small number of [leukaemia cells] that can be left in the body after treatment. They are too few to see under a microscope, but tests such as [flow cytometry] and [PCR] can find them. MRD positive means the test found some. MRD negative means any leukaemia left is below what the test can find, often about 1 cell in 10,000 or fewer, depending on the test. A negative result lowers the chance of a relapse, but it does not rule one out."),
  NC_("10-understanding.json: $.glossary[5].term", "bone marrow"),
  NC_("10-understanding.json: $.glossary[5].definition", "The soft, spongy tissue inside bones. It makes the body's blood cells. Acute leukaemia starts here."),
  NC_("10-understanding.json: $.glossary[6].term", "bone marrow test"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[6].definition", "A test in which a doctor numbs the skin and bone, then uses a needle to take a small sample of [bone marrow], most often from the hip bone. The sample is checked in a laboratory for [leukaemia cells] and [genetic changes](glossary:genetic-change)."),
  NC_("10-understanding.json: $.glossary[7].term", "full blood count"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[7].definition", "A blood test that counts your [red blood cells], [white blood cells] and [platelets]. It also measures haemoglobin, the part of red blood cells that carries oxygen. In some countries it is called a complete blood count (CBC)."),
  NC_("10-understanding.json: $.glossary[8].term", "flow cytometry"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[8].definition", "A laboratory test that stains cells with a dye and passes them one at a time through a beam of light. It can count cells and show what kind they are. It is one way to test for [measurable residual disease]."),
  NC_("10-understanding.json: $.glossary[9].term", "polymerase chain reaction"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[9].definition", "A laboratory test that makes many copies of a small piece of DNA, so that even tiny amounts can be found. It can look for [genetic changes](glossary:genetic-change) and is one way to test for [MRD]."),
  NC_("10-understanding.json: $.glossary[10].term", "genetic change"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[10].definition", "A change in the genes of a cell. Genes are the instructions that tell a cell how to grow and work. Tests look for changes in [leukaemia cells], because some can be treated with a [targeted drug]."),
  NC_("10-understanding.json: $.glossary[11].term", "prognosis"),
  NC_("10-understanding.json: $.glossary[11].definition", "The likely course of an illness, such as the chance that it will get better or come back. Leukaemia Care uses it for the risk of a relapse, or of treatment not working."),
  NC_("10-understanding.json: $.glossary[12].term", "clinical trial"),
  NC_("10-understanding.json: $.glossary[12].definition", "A research study that tests new ways to find or treat an illness in people. Taking part is your choice."),
  NC_("10-understanding.json: $.glossary[13].term", "anaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[13].definition", "Having too few [red blood cells]. It can make you feel tired, weak, out of breath or dizzy."),
  NC_("10-understanding.json: $.glossary[14].term", "platelets"),
  NC_("10-understanding.json: $.glossary[14].definition", "Tiny pieces of cells in the blood that help it clot and stop bleeding. When platelets are low, you may bruise or bleed easily."),
  NC_("10-understanding.json: $.glossary[15].term", "white blood cells"),
  NC_("10-understanding.json: $.glossary[15].definition", "Blood cells that help the body fight infection. Leukaemia and its treatment can lower the number of healthy white blood cells."),
  NC_("10-understanding.json: $.glossary[16].term", "red blood cells"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[16].definition", "Blood cells that carry oxygen around the body. Having too few red blood cells is called [anaemia]."),
  NC_("10-understanding.json: $.glossary[17].term", "fatigue"),
  NC_("10-understanding.json: $.glossary[17].definition", "Very great tiredness and lack of energy. It is a common sign of leukaemia."),
  NC_("10-understanding.json: $.glossary[18].term", "petechiae"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[18].definition", "Tiny red or purple spots on the skin, caused by bleeding from very small blood vessels. They can be a sign of low [platelets]."),
  NC_("10-understanding.json: $.glossary[19].term", "haematology team"),
  NC_("10-understanding.json: $.glossary[19].definition", "The doctors, nurses and other staff who care for people with blood cancers. A haematologist is a doctor trained to find and treat diseases of the blood."),
  NC_("10-understanding.json: $.glossary[20].term", "multidisciplinary team"),
  NC_("10-understanding.json: $.glossary[20].definition", "A team of different experts, such as doctors and nurses, who meet to talk about your care and agree on the best treatment options."),
  NC_("10-understanding.json: $.glossary[21].term", "lumbar puncture"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[21].definition", "A test in which a thin needle is put into the lower back to take a small sample of [cerebrospinal fluid]. The fluid is checked for leukaemia cells. Medicines can also be given this way."),
  NC_("10-understanding.json: $.glossary[22].term", "central nervous system"),
  NC_("10-understanding.json: $.glossary[22].definition", "The brain and spinal cord."),
  NC_("10-understanding.json: $.glossary[23].term", "cerebrospinal fluid"),
  NC_("10-understanding.json: $.glossary[23].definition", "The fluid in and around the brain and spinal cord."),
  NC_("10-understanding.json: $.glossary[24].term", "lymph nodes"),
  NC_("10-understanding.json: $.glossary[24].definition", "Small, bean-shaped glands found all over the body. They are part of the immune system and help fight infection. They can swell in ALL."),
  NC_("10-understanding.json: $.glossary[25].term", "acute myeloid leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[25].definition", "A fast-growing blood cancer. Too many young, abnormal white blood cells called myeloblasts build up in the [bone marrow] and blood."),
  NC_("10-understanding.json: $.glossary[26].term", "acute lymphoblastic leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[26].definition", "A fast-growing blood cancer. Too many young, abnormal white blood cells called lymphoblasts build up in the [bone marrow] and blood."),
  NC_("10-understanding.json: $.glossary[27].term", "leukaemia cells"),
  NC_("10-understanding.json: $.glossary[27].definition", "Abnormal, young blood cells made by the leukaemia. Doctors often call them blasts. When there are too many, they leave less room for healthy blood cells."),
  NC_("10-understanding.json: $.glossary[28].term", "neutropenia"),
  NC_("10-understanding.json: $.glossary[28].definition", "Having too few neutrophils, the white blood cells that fight infection first. Leukaemia and its treatment often cause it. An infection can then become serious very fast, so call your hospital's 24-hour number at once if you have a fever or feel unwell."),
  NC_("10-understanding.json: $.glossary[29].term", "neutropenic sepsis"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[29].definition", "A dangerous reaction to an infection in someone with [neutropenia]. It can start with a fever, shivering, or just feeling suddenly unwell, even with a normal temperature. It is an emergency: call your hospital's 24-hour number straight away."),
  NC_("10-understanding.json: $.glossary[30].term", "differentiation syndrome"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[30].definition", "A serious side effect of some medicines that make leukaemia cells grow up (mature), such as [tretinoin], [arsenic trioxide], [gilteritinib], the IDH drugs and the menin drugs. Signs include fever, breathlessness, a cough, fast weight gain, swelling and feeling dizzy. Call your hospital's 24-hour number at once if you notice any of them."),
  NC_("10-understanding.json: $.glossary[31].term", "cytokine release syndrome"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[31].definition", "A strong reaction of the immune system that can happen after [CAR T-cell therapy] or [blinatumomab]. Signs include fever, chills, a fast heartbeat, breathlessness and feeling dizzy. It can be life-threatening, so call your care team's 24-hour number at once if you have any of them."),
  NC_("10-understanding.json: $.glossary[32].term", "immune effector cell-associated neurotoxicity syndrome"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[32].definition", "Effects on the brain and nerves that can happen after [CAR T-cell therapy] or [blinatumomab]. Signs include confusion, trouble speaking or writing, shaking, great sleepiness and fits (seizures). Someone with you should call your care team's 24-hour number at once if they notice any of them."),
  NC_("10-understanding.json: $.glossary[33].term", "CRi and CRh"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[33].definition", "Kinds of [complete remission] in which the leukaemia has gone from view but blood counts have not fully recovered. CRi means incomplete recovery of blood counts. CRh means partial recovery of blood counts. You may see these words in reports about medicines."),
  NC_("10-understanding.json: $.glossary[34].term", "MRD relapse"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[34].definition", "When an [MRD] test that was negative becomes positive again, or the amount it finds goes up. The leukaemia is coming back before it can be seen under a microscope or causes signs. Finding it early can give time to plan treatment."),
  NC_("10-understanding.json: $.glossary[35].term", "graft-versus-host disease"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[35].definition", "A problem after a donor [stem cell transplant]. The donor's immune cells attack the body of the person who had the transplant. It can affect the skin, gut and liver. It may start soon after the transplant or months later."),
  NC_("10-understanding.json: $.glossary[36].term", "T cells"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[36].definition", "A type of white blood cell that is part of the immune system. T cells can find and kill infected cells and some cancer cells. [CAR T-cell therapy] and [blinatumomab] use them to fight leukaemia. In T-cell ALL, the leukaemia starts in young T cells."),
  NC_("10-understanding.json: $.glossary[37].term", "central line"),
  NC_("10-understanding.json: $.glossary[37].definition", "A thin, soft tube put into a large vein in the chest, so that drugs, blood and drips can be given, and blood taken, without new needles each time. It can stay in for weeks or months. Call your hospital's 24-hour number at once if the area gets red, painful or swollen, or you get a fever or shivers."),
  NC_("10-understanding.json: $.glossary[38].term", "PICC line"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[38].definition", "A kind of [central line] that goes into a vein in the upper arm and runs up to a large vein near the heart. PICC stands for peripherally inserted central catheter."),
  NC_("10-understanding.json: $.glossary[39].term", "irradiated blood"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[39].definition", "Donated blood or platelets treated with radiation, so that the donor's white cells cannot attack your body. Some people need it, for example after [fludarabine] (as in FLAG-Ida) or around a [stem cell transplant]. If you need it, tell every team that gives you blood."),
  NC_("10-understanding.json: $.glossary[40].term", "licensed medicine"),
  NC_("10-understanding.json: $.glossary[40].definition", "A medicine that a regulator has approved for a certain use, after checking that it works and that its benefits outweigh its risks. The regulator is the MHRA in the UK, the European Commission (advised by the EMA) in the EU, and the FDA in the US. A licence in one country does not mean a licence in another. The US word is approved."),
  NC_("10-understanding.json: $.glossary[41].term", "unlicensed medicine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[41].definition", "A medicine that has no licence for any use in a country. It may be licensed elsewhere, or still be tested in [clinical trials], or be given through an early access scheme. It is different from [off-label] use, where a licensed medicine is used for something its licence does not cover."),
  NC_("10-understanding.json: $.glossary[42].term", "hypomethylating agent"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[42].definition", "A type of drug that changes how genes are switched on and off in cells. This can help the bone marrow make normal blood cells again. [Azacitidine] and [decitabine] are hypomethylating agents."),
  NC_("10-understanding.json: $.glossary[43].term", "antimetabolite"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[43].definition", "A type of chemo drug that looks like a building block cells use to make DNA. Cells take it in by mistake, so they cannot copy themselves and die. [Cytarabine], [fludarabine] and [nelarabine] are antimetabolites."),
  NC_("10-understanding.json: $.glossary[44].term", "boxed warning"),
  NC_("10-understanding.json: $.glossary[44].definition", "The most serious kind of warning on a US drug label, printed in a box at the top. It names side effects that can be life-threatening and says how to lower the risk."),
  NC_("10-understanding.json: $.topics[0].title", "What relapse and refractory mean"),
  NC_("10-understanding.json: $.topics[0].summary", "What doctors mean when they say leukaemia has relapsed or is refractory, what remission and MRD are, why leukaemia can come back, and where to find support."),
  NC_("10-understanding.json: $.topics[0].key_points[0]", "Relapse means the leukaemia came back after a remission. Refractory means treatment did not bring a remission."),
  NC_("10-understanding.json: $.topics[0].key_points[1]", "Remission means signs of leukaemia can no longer be seen under a microscope. A few leukaemia cells may still be left."),
  NC_("10-understanding.json: $.topics[0].key_points[2]", "MRD negative means any leukaemia left is below what the test can find. It lowers the chance of a relapse but does not rule it out."),
  NC_("10-understanding.json: $.topics[0].key_points[3]", "A relapse can happen months or years later, so regular check-ups matter."),
  NC_("10-understanding.json: $.topics[0].key_points[4]", "Your team will explain your results, and there is help for how you feel."),
  NC_("10-understanding.json: $.topics[0].sections[0].title", "Relapse and refractory leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[0].text", "This guide is for people with [AML] or [ALL], and for the people who care for them. Both are fast-growing blood cancers. This topic explains two words doctors use when leukaemia comes back or does not go away."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[0].term", "Relapse"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[0].definition", "The leukaemia went away with treatment, but later it came back. You may also hear the words relapsed or recurrent."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[1].term", "Refractory"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[1].definition", "The treatment did not work well enough. The leukaemia did not go away, so there was no remission."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[2].title", "Where sources differ"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[2].text", "Sources draw the line in slightly different places. Know AML calls AML refractory if leukaemia cells are still found after two cycles of chemo. Leukaemia Care and the Canadian Cancer Society use the word when the first treatment does not bring a remission. Ask your team which meaning they use for you."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[3].text", "Either way, more treatment is usually needed. The American Cancer Society says AML most often goes into remission after the first treatment. When it does not, or when it comes back, other treatments can be tried if you are well enough for them."),
  NC_("10-understanding.json: $.topics[0].sections[1].title", "What remission means"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[0].text", "[Remission] means treatment has cleared the signs of leukaemia for now. It does not promise that the leukaemia has gone for good."),
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[1].text", "Leukaemia Care's page on ALL says remission has three parts:"),
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[2].items[0]", "your blood counts are back to normal"),
  /* xgettext:no-c-format */
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[2].items[1]", "leukaemia cells make up less than 5 in every 100 cells (5%) in the bone marrow"),
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[2].items[2]", "no leukaemia cells can be found in any other part of the body"),
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[3].text", "Doctors call this a complete remission. The bone marrow is the soft tissue inside bones where blood cells are made."),
  NC_("10-understanding.json: $.topics[0].sections[1].blocks[4].text", "Even in complete remission, a few leukaemia cells may still be hiding. They are too few to see under a microscope. Special tests can look for them."),
  NC_("10-understanding.json: $.topics[0].sections[2].title", "Measurable residual disease (MRD)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[0].text", "[Measurable residual disease] ([MRD]) means the tiny number of leukaemia cells left in the body after treatment. You may also hear it called minimal residual disease."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[1].text", "MRD tests are far more sensitive than looking at cells under a microscope. Leukaemia Care says they look at leukaemia at the level of molecules. So they can find tiny amounts that other tests would miss."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[0].term", "MRD positive"),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[0].definition", "The test found some leukaemia cells."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[1].term", "MRD negative"),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[1].definition", "The test found no leukaemia cells. This means any leukaemia left is below what the test can find: often about 1 cell in 10,000 or fewer, depending on the test. It is good news, but it does not mean every leukaemia cell has gone."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[3].text", "An MRD negative result lowers the chance of a relapse. It does not rule one out. If a later MRD test turns positive again, doctors call it an [MRD relapse]."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[4].text", "MRD can be checked during treatment or after it. It gives a very exact check of the remission. It can also give an early warning that leukaemia is coming back."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[5].text", "After treatment, the MRD result helps your [haematology team] judge how likely a relapse is. A forecast like this is called a [prognosis]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[6].text", "The test uses a sample of blood or bone marrow. Laboratories often use [flow cytometry] or [PCR] tests. Read more in [MRD tests](topic:symptoms-and-tests#mrd-tests)."),
  NC_("10-understanding.json: $.topics[0].sections[3].title", "Why leukaemia can come back"),
  NC_("10-understanding.json: $.topics[0].sections[3].blocks[0].text", "Know AML gives three reasons why AML can come back after a complete remission:"),
  NC_("10-understanding.json: $.topics[0].sections[3].blocks[1].items[0]", "the first treatment may not have killed every leukaemia cell"),
  NC_("10-understanding.json: $.topics[0].sections[3].blocks[1].items[1]", "a few leukaemia cells may have been too few to find, and then slowly grown in number"),
  NC_("10-understanding.json: $.topics[0].sections[3].blocks[1].items[2]", "leukaemia cells may have spread to another part of the body and not been found there"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[3].blocks[2].text", "Leukaemia Care says much the same about ALL. A relapse happens when some leukaemia cells are left in the bone marrow, even after strong treatment. Studies show that people who are still MRD positive after their first treatment ([induction]) are more likely to relapse."),
  NC_("10-understanding.json: $.topics[0].sections[4].title", "When relapse can happen"),
  NC_("10-understanding.json: $.topics[0].sections[4].blocks[0].text", "Know AML says a relapse can happen at any time after the first treatment. It may be a few months later. It may be years later."),
  NC_("10-understanding.json: $.topics[0].sections[4].blocks[1].text", "This is why regular check-ups matter. Know AML says a relapse can be spotted at these check-ups, so it is found early. Ask your team how often you will be seen."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[4].blocks[2].text", "How long the remission lasted matters too. It is one of the things doctors think about when they plan what comes next. See [choosing treatment when AML comes back](topic:aml-treatment-choices) and [relapsed ALL](topic:all-relapse)."),
  NC_("10-understanding.json: $.topics[0].sections[5].title", "How you may feel"),
  NC_("10-understanding.json: $.topics[0].sections[5].blocks[0].text", "Finding out that leukaemia has come back, or has not gone away, can be very hard. It is normal to feel upset. You do not have to cope with it on your own."),
  NC_("10-understanding.json: $.topics[0].sections[5].blocks[1].text", "Your haematology team will talk with you about what happens next. You can ask them anything, as many times as you need."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[5].blocks[2].text", "Charities such as Leukaemia Care run free helplines for patients and the people close to them. See [getting support](topic:getting-support) for numbers."),
  NC_("10-understanding.json: $.topics[0].questions[0]", "Has my leukaemia relapsed, or is it refractory?"),
  NC_("10-understanding.json: $.topics[0].questions[1]", "How long was I in remission, and how does that affect my treatment?"),
  NC_("10-understanding.json: $.topics[0].questions[2]", "What did my latest bone marrow test show?"),
  NC_("10-understanding.json: $.topics[0].questions[3]", "Is my MRD positive or negative, and how was it measured?"),
  NC_("10-understanding.json: $.topics[0].questions[4]", "Where in my body has the leukaemia come back?"),
  NC_("10-understanding.json: $.topics[0].questions[5]", "How often will I have check-ups and blood tests from now on?"),
  NC_("10-understanding.json: $.topics[0].questions[6]", "Who can I talk to about how I am feeling?"),
  NC_("10-understanding.json: $.topics[1].title", "Signs of relapse and the tests you may have"),
  NC_("10-understanding.json: $.topics[1].summary", "Signs that leukaemia may have come back, when to call your hospital straight away, and the blood, bone marrow, genetic and MRD tests used to check."),
  NC_("10-understanding.json: $.topics[1].key_points[0]", "Call your hospital's 24-hour number at once if you have a fever or shivers, suddenly feel unwell, or have any bleeding or new bruising."),
  NC_("10-understanding.json: $.topics[1].key_points[1]", "Signs of relapse are often like the signs you had at first, such as tiredness, infections, bruising and bone pain."),
  NC_("10-understanding.json: $.topics[1].key_points[2]", "Blood tests and a bone marrow test show whether leukaemia is back."),
  NC_("10-understanding.json: $.topics[1].key_points[3]", "Tests for gene changes help choose treatment. MRD tests find very small amounts of leukaemia."),
  NC_("10-understanding.json: $.topics[1].sections[0].title", "Signs and symptoms"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[0].text", "When leukaemia comes back, the signs may be the same as the first time. They may also be different. Sometimes a relapse is first found at a routine check-up."),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[1].text", "Leukaemia Care lists these common signs of relapsed or refractory AML:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[0]", "feeling very tired for no clear reason ([fatigue])"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[1]", "infections that go on for a long time, or come back again and again"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[2]", "feeling tired, out of breath or dizzy, because you have too few [red blood cells] ([anaemia])"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[3]", "bruises or bleeding you cannot explain, such as nosebleeds or bleeding gums"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[4]", "pain in your bones or joints"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[2].items[5]", "pain in your tummy, a swollen tummy, or feeling full soon after you eat"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[3].text", "For ALL, Leukaemia Care says the signs of relapse are the same as when ALL was first found. They include:"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[0]", "anaemia"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[1]", "pain in the bones and joints"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[2]", "bruises, or tiny red spots on the skin called [petechiae]"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[3]", "fever (a high temperature)"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[4]", "infections that keep coming back"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[5]", "pain in the tummy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[6]", "swollen [lymph nodes] (small glands that help fight infection)"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[4].items[7]", "feeling short of breath, or finding it hard to breathe"),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[5].text", "Many of these signs can have other causes. Even so, tell your team about them. The American Cancer Society says your team needs to know about any pain or other symptoms so they can be treated."),
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[6].title", "A fever or bleeding cannot wait"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[0].blocks[6].text", "If you have a fever, any bleeding or new bruising, or suddenly feel unwell, call your hospital's 24-hour number straight away. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("10-understanding.json: $.topics[1].sections[1].title", "When to call your hospital at once"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[0].title", "Call your hospital straight away"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[0].text", "Call the 24-hour number your hospital gave you straight away if you have a fever, shivers or any sign of infection, if you suddenly feel unwell, or if you have any bleeding or new bruising. Do not wait to see if it gets better. If you cannot get through, call 999 in the UK (or your local emergency number) or go to A&E."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[1].text", "Leukaemia and its treatment can leave you with too few healthy [white blood cells] ([neutropenia]). These cells fight infection. Blood Cancer UK says an infection can then get worse very fast. This is called [neutropenic sepsis]. It also says you can have an infection even without a fever."),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[2].text", "Cancer Research UK lists a temperature above 37.5°C, or below 36°C, as a possible sign of infection after cancer treatment. Feeling hot, cold or shivery can also be a sign. It says to call your 24-hour line if you feel unwell, even with a normal temperature."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[3].text", "Too few [platelets] can make you bleed or bruise easily. Maggie's says to tell your team at once about any bleeding or unusual bruises. This includes nosebleeds, bleeding gums and petechiae."),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[4].title", "Keep the number handy"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[4].text", "Keep your hospital's 24-hour number where you can find it fast, for example in your phone and on a card in your bag."),
  NC_("10-understanding.json: $.topics[1].sections[2].title", "Blood and bone marrow tests"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[2].blocks[0].text", "To check whether leukaemia has come back, or has not gone away, you will have blood tests and a [bone marrow test]. Leukaemia Care says these are much like the tests you had when you were first diagnosed."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[2].blocks[1].text", "A [full blood count] counts your red blood cells, white blood cells and platelets. Know AML says a blood test can also show [leukaemia cells] in the blood."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[2].blocks[2].text", "For a bone marrow test, the skin and bone are numbed first. Then a doctor uses a needle to take a small sample of [bone marrow], most often from the hip bone. The sample goes to a laboratory to be looked at under a microscope and tested."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[2].blocks[3].text", "Sometimes the team needs to check the [central nervous system] ([CNS]). This is the brain and spinal cord. You may then have a [lumbar puncture]. A thin needle is put into the lower back to take a little [cerebrospinal fluid] ([CSF]), the fluid around the brain and spinal cord. The fluid is checked for leukaemia cells."),
  NC_("10-understanding.json: $.topics[1].sections[3].title", "Tests for genetic changes"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[0].text", "Leukaemia Care says your samples will be checked for new [genetic changes](glossary:genetic-change) in the leukaemia cells. A genetic change, or [mutation], is a change in a cell's genes. Genes are the cell's set of instructions."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[1].text", "The results help your team choose the treatment that suits you best. Some changes can be treated with a [targeted drug], which blocks a certain protein in the leukaemia cells."),
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[2].text", "Examples that the sources name include:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[3].items[0]", "a change in the [FLT3] gene in AML (American Cancer Society and Canadian Cancer Society)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[3].items[1]", "a change in the [IDH1] or [IDH2] gene in AML (American Cancer Society)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[3].items[2]", "the [CD33] marker on AML cells (Canadian Cancer Society)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[3].items[3]", "the [Philadelphia chromosome] in ALL (Leukaemia Care)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[3].blocks[4].text", "Read more in [targeted treatments for AML](topic:aml-targeted) and [treatment for relapsed ALL](topic:all-treatment)."),
  NC_("10-understanding.json: $.topics[1].sections[4].title", "MRD tests"),
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[0].text", "MRD tests look for very small numbers of leukaemia cells that other tests can miss. They use a sample of blood or bone marrow. Leukaemia Care names two common laboratory tests."),
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[1].items[0].term", "Flow cytometry"),
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[1].items[0].definition", "Cells from the sample are stained with a dye. Then they pass one by one through a beam of light. A machine measures each cell, so leukaemia cells can be told apart and counted."),
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[1].items[1].term", "PCR (polymerase chain reaction)"),
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[1].items[1].definition", "This test makes many copies of one piece of DNA, so even a tiny amount can be found. It can look for a gene change that marks the leukaemia cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[2].text", "A result may be MRD positive (leukaemia cells found) or MRD negative (any leukaemia left is below what the test can detect). A negative result does not rule out a relapse. See [what MRD means](topic:relapse-basics#mrd)."),
  NC_("10-understanding.json: $.topics[1].sections[5].title", "Your results"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[5].blocks[0].text", "Your team looks at all of the results together to plan your treatment. For ALL, Leukaemia Care says the options are talked over at a meeting of the [multidisciplinary team] ([MDT]). This is a group of doctors, nurses and other experts."),
  NC_("10-understanding.json: $.topics[1].sections[5].blocks[1].text", "Leukaemia Care says your results should be clearly explained to you. If something is not clear, it is fine to ask again. It can help to bring someone with you to listen and take notes."),
  NC_("10-understanding.json: $.topics[1].questions[0]", "Which signs mean I should call the hospital at once, and which number should I use?"),
  NC_("10-understanding.json: $.topics[1].questions[1]", "What do my blood counts show today?"),
  NC_("10-understanding.json: $.topics[1].questions[2]", "Why do I need a bone marrow test, and what will it feel like?"),
  NC_("10-understanding.json: $.topics[1].questions[3]", "Have any new genetic changes been found in my leukaemia cells?"),
  NC_("10-understanding.json: $.topics[1].questions[4]", "Could any of these changes be treated with a targeted drug?"),
  NC_("10-understanding.json: $.topics[1].questions[5]", "Will you test my MRD, and which test will you use?"),
  NC_("10-understanding.json: $.topics[1].questions[6]", "Do I need a lumbar puncture, and why?"),
  NC_("10-understanding.json: $.topics[1].questions[7]", "When will I get my results, and who will explain them to me?"),
  NC_("10-understanding.json: $.topics[2].title", "Clinical trials"),
  NC_("10-understanding.json: $.topics[2].summary", "What a clinical trial is, why your team might suggest one, how to weigh it up, and how to look for trials."),
  NC_("10-understanding.json: $.topics[2].key_points[0]", "A clinical trial is a research study that tests new ways to treat an illness."),
  NC_("10-understanding.json: $.topics[2].key_points[1]", "Your team may suggest a trial if a suitable one is open."),
  NC_("10-understanding.json: $.topics[2].key_points[2]", "Taking part is your choice. You can ask questions and take time to decide."),
  NC_("10-understanding.json: $.topics[2].key_points[3]", "In the UK you can search for studies on Be Part of Research, then talk to your team."),
  NC_("10-understanding.json: $.topics[2].sections[0].title", "What a clinical trial is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[0].blocks[0].text", "A [clinical trial] is a research study that tests new ways to care for people with an illness. The Canadian Cancer Society says cancer trials study new ways to stop, find and treat cancer."),
  NC_("10-understanding.json: $.topics[2].sections[0].blocks[1].text", "Each trial sets out to answer a question, such as whether a new treatment works better than the usual one. The National Cancer Institute says trials try to find better ways to find and treat illness."),
  NC_("10-understanding.json: $.topics[2].sections[1].title", "Why a trial may be offered"),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[0].text", "Leukaemia Care says your team may suggest a trial if there is one that suits you. A trial could give you a treatment that you could not get any other way."),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[1].text", "The American Cancer Society names a trial as one choice for AML in several cases:"),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[2].items[0]", "when the first treatment did not clear the leukaemia"),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[2].items[1]", "when AML comes back after a remission of a year or more"),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[2].items[2]", "when AML comes back within 12 months"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[2].items[3]", "when AML keeps coming back or never fully goes away, and a [stem cell transplant] is not possible"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[2].items[4]", "when [APL] does not go away or comes back"),
  NC_("10-understanding.json: $.topics[2].sections[1].blocks[3].text", "The Canadian Cancer Society suggests you ask your doctor about AML trials that are open in Canada."),
  NC_("10-understanding.json: $.topics[2].sections[2].title", "Deciding whether to take part"),
  NC_("10-understanding.json: $.topics[2].sections[2].blocks[0].text", "If a trial might suit you, Leukaemia Care says your team should explain what it would involve. They should also tell you about its possible risks and benefits. This gives you what you need to decide."),
  NC_("10-understanding.json: $.topics[2].sections[2].blocks[1].text", "Taking part is your choice. You can say yes or no. It is fine to ask questions and to take time to think it over with the people close to you."),
  NC_("10-understanding.json: $.topics[2].sections[2].blocks[2].text", "The questions at the end of this topic may help when you talk to your team."),
  NC_("10-understanding.json: $.topics[2].sections[3].title", "Finding a trial"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[3].blocks[0].text", "Start by asking your [haematology team]. They know your illness and can tell you which trials might fit."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[3].blocks[1].text", "In the UK, the National Institute for Health and Care Research (NIHR) runs a website called [Be Part of Research](https://www.bepartofresearch.nihr.ac.uk/). You can search it for studies across the UK. It gives contact details for each study team."),
  NC_("10-understanding.json: $.topics[2].sections[3].blocks[2].text", "Take anything you find to your team. They can tell you if a trial fits your situation."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[2].sections[3].blocks[3].text", "For more about trial phases, randomisation and placebo, leaving a trial, second opinions and early access to new medicines, see [clinical trials, second opinions and early access](topic:trials-second-opinions)."),
  NC_("10-understanding.json: $.topics[2].questions[0]", "Is there a clinical trial that might suit me?"),
  NC_("10-understanding.json: $.topics[2].questions[1]", "What is the trial testing, and how is it different from the usual treatment?"),
  NC_("10-understanding.json: $.topics[2].questions[2]", "What are the possible risks and benefits for me?"),
  NC_("10-understanding.json: $.topics[2].questions[3]", "What extra tests, visits or hospital stays would it involve?"),
  NC_("10-understanding.json: $.topics[2].questions[4]", "Where is the trial run, and would I need to travel?"),
  NC_("10-understanding.json: $.topics[2].questions[5]", "Can I leave the trial if I change my mind?"),
  NC_("10-understanding.json: $.topics[2].questions[6]", "What treatment would I have if I do not take part?"),
  NC_("10-understanding.json: $.topics[3].title", "Getting support"),
  NC_("10-understanding.json: $.topics[3].summary", "Helplines and charities that give information and support to people with relapsed or refractory leukaemia and to the people close to them."),
  NC_("10-understanding.json: $.topics[3].key_points[0]", "Your haematology team is the first place to go with questions about your care."),
  NC_("10-understanding.json: $.topics[3].key_points[1]", "Charities such as Leukaemia Care and Marie Curie run free helplines for you and the people close to you."),
  NC_("10-understanding.json: $.topics[3].key_points[2]", "Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("10-understanding.json: $.topics[3].key_points[3]", "There is support near the end of life too, for you and your family."),
  NC_("10-understanding.json: $.topics[3].sections[0].title", "You do not have to face this alone"),
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[0].text", "Finding out that leukaemia has come back, or has not gone away, can be very hard. Help is there for you, and for your family and friends."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[1].text", "Your [haematology team] is the first place to go with questions about your care. The charities below can also listen, explain things and help you find other support."),
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[2].title", "If you feel unwell"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[2].text", "For an urgent medical problem, such as a fever or bleeding, call your hospital's 24-hour number, not a charity helpline. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("10-understanding.json: $.topics[3].sections[1].title", "Leukaemia Care (UK)"),
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[0].text", "Leukaemia Care is a UK charity for people affected by leukaemia. It offers advice and support, or just someone to listen. This is for you if you have leukaemia, and for the people close to you."),
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[1].title", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[2].text", "Leukaemia Care can also support you with [end of life care](topic:end-of-life)."),
  NC_("10-understanding.json: $.topics[3].sections[2].title", "Canadian Cancer Society"),
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[0].text", "The Canadian Cancer Society gives information about cancer for people in Canada."),
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[1].title", "Canadian Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[1].text", "Phone: [1-888-939-3333](tel:+18889393333). Website: [cancer.ca](https://cancer.ca). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("10-understanding.json: $.topics[3].sections[3].title", "Blood Cancer United (United States)"),
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[0].text", "Blood Cancer United is the new name of the Leukemia & Lymphoma Society (LLS). It says its aim has not changed. It funds research and gives support to patients, carers and families affected by any kind of blood cancer."),
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[1].title", "Blood Cancer United"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[1].text", "Website: [bloodcancerunited.org](https://bloodcancerunited.org)."),
  NC_("10-understanding.json: $.topics[3].sections[4].title", "Support near the end of life"),
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[0].text", "Leukaemia Care names three more charities that give support and information about end of life care. One of them, Marie Curie, runs a free Support Line for people affected by terminal illness. Calls are free from landlines and mobile phones."),
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[1].title", "Marie Curie"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[1].text", "Support Line: [0800 090 2309](tel:+448000902309). Website: [mariecurie.org.uk](https://www.mariecurie.org.uk). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[2].items[0]", "**Hospice UK** is the national charity for hospice care in the UK. Website: [hospiceuk.org](https://www.hospiceuk.org)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[2].items[1]", "**Compassion in Dying** helps people plan ahead for the end of life, for example by making an advance decision (sometimes called a living will). Website: [compassionindying.org.uk](https://compassionindying.org.uk)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[3].text", "See [end of life care](topic:end-of-life) for more."),
  NC_("10-understanding.json: $.topics[3].sections[5].title", "More help"),
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[0].text", "Other topics in this guide cover more kinds of help:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[0]", "[Feelings and mental health](topic:feelings), including [what to do if you feel you cannot go on](topic:feelings#crisis)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[1]", "[Money, work and practical help](topic:money-work)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[2]", "[Carers](topic:carers): help for the people who look after you"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[3]", "[Planning ahead](topic:planning-ahead)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[4]", "[Children, teenagers and young adults](topic:children-young-people)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[5]", "[Fertility, contraception, pregnancy and sex](topic:fertility)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[5].blocks[1].items[6]", "[Support in France and Spain](topic:support-organisations-fr-es)"),
  NC_("10-understanding.json: $.topics[4].title", "How this guide is made"),
  NC_("10-understanding.json: $.topics[4].summary", "Who this guide is for, how it was written and checked, what it cannot do, and what the dates on each topic mean."),
  NC_("10-understanding.json: $.topics[4].key_points[0]", "This guide is for people with relapsed or refractory acute leukaemia, and for the people who care for them."),
  NC_("10-understanding.json: $.topics[4].key_points[1]", "It is written in plain words from named public sources, which every topic lists."),
  NC_("10-understanding.json: $.topics[4].key_points[2]", "No clinician has reviewed it yet, and no medical translator has checked the translations."),
  NC_("10-understanding.json: $.topics[4].key_points[3]", "It explains but does not advise. Talk to your care team before you make any choice."),
  NC_("10-understanding.json: $.topics[4].key_points[4]", "It has no advertising, no funding and no tracking."),
  NC_("10-understanding.json: $.topics[4].sections[0].title", "Who this guide is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[0].blocks[0].text", "This guide is for adults and families facing [AML] or [ALL] that has come back (relapsed) or has not responded to treatment (refractory). It is also for the people who care for them."),
  NC_("10-understanding.json: $.topics[4].sections[0].blocks[1].text", "It aims to explain the words, tests and treatments your care team may talk about, so you can follow what is said and ask your own questions."),
  NC_("10-understanding.json: $.topics[4].sections[1].title", "How this guide was written"),
  NC_("10-understanding.json: $.topics[4].sections[1].blocks[0].text", "This guide is written from public pages of leukaemia charities, cancer groups, health services and medicine regulators. They include Leukaemia Care, Blood Cancer UK, the American Cancer Society, the Canadian Cancer Society, NICE and the US Food and Drug Administration (FDA)."),
  NC_("10-understanding.json: $.topics[4].sections[1].blocks[1].text", "We wrote everything again in plain words. We did not copy their sentences. Each topic lists the sources it used, with links, so you can check them."),
  NC_("10-understanding.json: $.topics[4].sections[1].blocks[2].text", "Where sources do not agree, we give the plain answer first, then say how they differ."),
  NC_("10-understanding.json: $.topics[4].sections[2].title", "What has not been done yet"),
  NC_("10-understanding.json: $.topics[4].sections[2].blocks[0].text", "No doctor, nurse or other clinician has reviewed this guide yet. Its facts were checked against the sources it lists, not by a clinician."),
  NC_("10-understanding.json: $.topics[4].sections[2].blocks[1].text", "The Spanish and French versions have not been checked by a medical translator. If a translation seems unclear, the English text is the one that was checked against the sources."),
  NC_("10-understanding.json: $.topics[4].sections[3].title", "No advertising, funding or tracking"),
  NC_("10-understanding.json: $.topics[4].sections[3].blocks[0].text", "This guide has no advertising and no funding from drug companies or anyone else. It does not track you. It needs no account and no internet connection, and what you write in it stays on your computer."),
  NC_("10-understanding.json: $.topics[4].sections[4].title", "What “checked” and “next check due” mean"),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[0].text", "Each topic shows the date it was checked against its sources. This means we compared what it says with those sources on that date. It does not mean a clinician reviewed it."),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[1].text", "Each topic also shows when its next check is due. This is at most a year later, and sooner for topics about treatments, because they change fastest."),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[2].text", "If today is past that date, the topic opens with a note that it may be out of date. New medicines, and new uses for old ones, may have been approved since. Your care team can tell you about the latest options."),
  NC_("10-understanding.json: $.topics[4].sections[5].title", "It explains, it does not advise"),
  NC_("10-understanding.json: $.topics[4].sections[5].blocks[0].text", "This guide explains. It cannot tell you what is right for you. Your care team knows you and your illness, and they make choices with you."),
  NC_("10-understanding.json: $.topics[4].sections[5].blocks[1].title", "If you feel unwell"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[5].blocks[1].text", "Do not use this guide in an emergency. Call your hospital's 24-hour number straight away if you feel unwell. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("10-understanding.json: $.topics[4].sections[6].title", "About numbers"),
  NC_("10-understanding.json: $.topics[4].sections[6].blocks[0].text", "Some topics give numbers, such as how many people relapse. These numbers come from large groups of people. They cannot tell you what will happen to you."),
  NC_("10-understanding.json: $.topics[4].sections[6].blocks[1].text", "Your own outlook depends on many things. These include your type of leukaemia, its genetic changes, and how it responded to treatment before. Your team can talk with you about what the numbers mean for you, if you want to know."),
  NC_("10-understanding.json: $.topics[4].sections[7].title", "Medicines differ between countries"),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[0].text", "Each country decides which medicines can be used and paid for. A medicine approved in the United States may not be approved, or paid for, in the UK, Canada or other countries. It may be approved there for a different use, or later."),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[1].text", "In the UK, the Medicines and Healthcare products Regulatory Agency (MHRA) licenses medicines. In the EU, the European Commission does, on the advice of the European Medicines Agency (EMA). In the US, the FDA approves them. In England, NICE then decides whether the NHS should pay for a medicine. Scotland has its own body, the Scottish Medicines Consortium."),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[0].term", "Licensed (approved)"),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[0].definition", "A regulator has allowed the medicine for this use in this country."),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[1].term", "Off-label"),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[1].definition", "The medicine is licensed, but for something else, such as a different illness or age group. Doctors sometimes use medicines this way when the evidence supports it."),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[2].term", "Unlicensed"),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[2].items[2].definition", "The medicine has no licence for any use in this country. It may be given in a clinical trial or through an early access scheme."),
  NC_("10-understanding.json: $.topics[4].sections[7].blocks[3].text", "Where this guide names an approval, it gives the body, the country and the date. Ask your team which treatments you can have where you live."),
  NC_("10-understanding.json: $.topics[4].sections[8].title", "Licence"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[8].blocks[0].text", "The text of this guide is shared under the Creative Commons Attribution-ShareAlike 4.0 licence ([CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)). You may copy, share and change it. You must give credit to this guide and share your changes under the same licence."),
  NC_("10-understanding.json: $.topics[4].sections[8].blocks[1].text", "The pages we used as sources belong to their own publishers."),
  NC_("20-aml.json: $.glossary[0].term", "chemotherapy"),
  NC_("20-aml.json: $.glossary[0].definition", "Treatment with drugs that kill cancer cells, often called chemo for short. You may have it as a drip into a vein, an injection, or tablets."),
  NC_("20-aml.json: $.glossary[1].term", "induction"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[1].definition", "The first treatment for a leukaemia. It aims to get rid of the [leukaemia cells] and bring a [remission]."),
  NC_("20-aml.json: $.glossary[2].term", "reinduction"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[2].definition", "A second course of treatment, often like the first, when [induction] did not clear the leukaemia or when it has come back. For ALL, Leukaemia Care says it is often stronger than the first round."),
  NC_("20-aml.json: $.glossary[3].term", "intensive chemotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[3].definition", "Strong [chemo], often with several drugs at once, that aims to bring a [remission]. It is only for people fit enough to cope with it. You usually stay in hospital to have it."),
  NC_("20-aml.json: $.glossary[4].term", "non-intensive treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[4].definition", "Gentler treatment for people who might not cope well with [intensive chemotherapy]. It aims to hold the leukaemia back while keeping side effects low. It does not cure it. You usually have it at home or as an [outpatient]."),
  NC_("20-aml.json: $.glossary[5].term", "anthracycline"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[5].definition", "A group of chemo drugs that first came from bacteria. They damage the DNA (the genetic code) in cancer cells, so the cells die. [Daunorubicin], [doxorubicin] and [idarubicin] are anthracyclines."),
  NC_("20-aml.json: $.glossary[6].term", "cycle"),
  NC_("20-aml.json: $.glossary[6].definition", "A spell of treatment followed by a rest, so your body can recover. A run of several cycles is called a course of treatment."),
  NC_("20-aml.json: $.glossary[7].term", "acute promyelocytic leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[7].definition", "A type of [AML] in which the blood and bone marrow fill up with young blood cells that have not grown up properly. It is usually linked to a swap of genetic material between two chromosomes, numbers 15 and 17. It is treated in a different way from other types of AML."),
  NC_("20-aml.json: $.glossary[8].term", "off-label"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[8].definition", "Using a medicine for something its licence does not cover. A medicine is *licensed* when a medicines regulator (the MHRA in the UK, the EMA in the EU or the FDA in the US) has approved it for a use. It is *off-label* when it is licensed, but for something else: doctors may still choose it when they think it is right for you. It is *unlicensed* when it has no licence in your country for any use: you can usually only get it in a [clinical trial] or through an early access scheme."),
  NC_("20-aml.json: $.glossary[9].term", "outpatient"),
  NC_("20-aml.json: $.glossary[9].definition", "Someone who comes into hospital for treatment or tests and goes home the same day."),
  NC_("20-aml.json: $.glossary[10].term", "regimen"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[10].definition", "A set plan of treatment: which drugs you have, how you have them and how often. [FLAG] and [MEC] are examples."),
  NC_("20-aml.json: $.glossary[11].term", "7+3"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[11].definition", "A mix of two chemo drugs: [cytarabine] given nonstop for 7 days, and an [anthracycline] given for 3 days. The Canadian Cancer Society says a repeat course may be given when AML comes back."),
  NC_("20-aml.json: $.glossary[12].term", "FLAG"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[12].definition", "A chemo mix named after its drugs: [fludarabine], Ara-C (another name for [cytarabine]) and G-CSF, a [growth factor]. The Canadian Cancer Society names [filgrastim] as the G-CSF."),
  NC_("20-aml.json: $.glossary[13].term", "FLAG-Ida"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[13].definition", "[FLAG] with a fourth drug, [idarubicin], added. You have it during a stay in hospital."),
  NC_("20-aml.json: $.glossary[14].term", "MEC"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[14].definition", "A chemo mix of three drugs: [mitoxantrone], [etoposide] and [cytarabine]."),
  NC_("20-aml.json: $.glossary[15].term", "high-dose cytarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.glossary[15].definition", "[Cytarabine] given at a high dose, on its own or with [mitoxantrone]. It is a type of [intensive chemotherapy]."),
  NC_("20-aml.json: $.medicines[0].name", "cytarabine"),
  NC_("20-aml.json: $.medicines[0].class", "chemotherapy (an antimetabolite: it stops cells making new DNA, so they cannot divide)"),
  NC_("20-aml.json: $.medicines[0].route", "drip into a vein, injection under the skin, or into the spinal fluid"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[0].use", "Part of many mixes for relapsed AML, such as [7+3], [FLAG], [FLAG-Ida], [MEC] and [high-dose cytarabine]. A lower dose is used as a gentler treatment. It can also be put into the spinal fluid if leukaemia has reached the brain or spinal cord. Also called Ara-C. Leukaemia Care names FLAG and FLAG-IDA as the preferred chemo for relapsed ALL. The US label has a boxed warning (its strongest kind of warning) that its main harm is to the bone marrow, which makes infection and bleeding more likely. Call your hospital's 24-hour number straight away if you have a high temperature, feel suddenly unwell, or have any bleeding or new bruising."),
  NC_("20-aml.json: $.medicines[1].name", "daunorubicin"),
  NC_("20-aml.json: $.medicines[1].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[1].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[1].use", "One of the [anthracyclines] that may be given with cytarabine in [7+3]. The Canadian Cancer Society also lists it with cytarabine and [etoposide] for relapsed or refractory AML. You may have heart tests during treatment. The US label has a boxed warning (its strongest kind of warning) about damage to the heart, harm to the skin if the drug leaks out of the vein, and very low blood counts. Tell your nurse at once if the drip site stings, burns or swells. Call your hospital's 24-hour number straight away if you are short of breath, your ankles swell, or you have a high temperature or any bleeding."),
  NC_("20-aml.json: $.medicines[2].name", "doxorubicin"),
  NC_("20-aml.json: $.medicines[2].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[2].target", "topoisomerase 2, an enzyme that cancer cells need to divide"),
  NC_("20-aml.json: $.medicines[2].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[2].use", "One of the anthracyclines the Canadian Cancer Society lists for [7+3]. You may have heart tests before and during treatment. The US label has a boxed warning (its strongest kind of warning) about damage to the heart, a small risk of a second blood cancer years later, harm to the skin if the drug leaks out of the vein, and very low blood counts. Tell your nurse at once if the drip site stings, burns or swells. Call your hospital's 24-hour number straight away if you are short of breath, your ankles swell, or you have a high temperature or any bleeding."),
  NC_("20-aml.json: $.medicines[3].name", "idarubicin"),
  NC_("20-aml.json: $.medicines[3].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[3].route", "drip into a vein, or capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[3].use", "The fourth drug in [FLAG-Ida], and one of the anthracyclines listed for [7+3]. Leukaemia Care names FLAG-IDA as a preferred chemo choice for relapsed ALL. It can affect the heart, so you may have heart tests. The US label has a boxed warning (its strongest kind of warning) about damage to the heart, harm to the skin if the drug leaks out of the vein, and very low blood counts. Tell your nurse at once if the drip site stings, burns or swells. Call your hospital's 24-hour number straight away if you are short of breath, your ankles swell, or you have a high temperature or any bleeding."),
  NC_("20-aml.json: $.medicines[4].name", "mitoxantrone"),
  NC_("20-aml.json: $.medicines[4].class", "chemotherapy (the Canadian Cancer Society lists it with the anthracyclines)"),
  NC_("20-aml.json: $.medicines[4].target", "topoisomerase 2, an enzyme that cancer cells need to divide"),
  NC_("20-aml.json: $.medicines[4].route", "drip into a vein (it is a dark blue liquid)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[4].use", "Used in [MEC], with [high-dose cytarabine], and in other mitoxantrone-based chemo for relapsed or refractory AML. The Canadian Cancer Society also lists it as one of the drugs that can be used in [7+3]. The US label has a boxed warning (its strongest kind of warning) about damage to the heart, a small risk of a second leukaemia later, and harm to the skin if it leaks out of the vein. It also lowers your blood counts. It must never be put into the spinal fluid. Tell your nurse at once if the drip site stings or swells. Call your hospital's 24-hour number straight away if you are short of breath, your ankles swell, or you have a high temperature or any bleeding."),
  NC_("20-aml.json: $.medicines[5].name", "fludarabine"),
  NC_("20-aml.json: $.medicines[5].class", "chemotherapy (an antimetabolite: it stops cells making new DNA, so they cannot divide)"),
  NC_("20-aml.json: $.medicines[5].route", "drip into a vein, as part of FLAG or FLAG-Ida"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[5].use", "The FL in [FLAG] and [FLAG-Ida], chemo mixes for relapsed or refractory AML. Leukaemia Care also names FLAG and FLAG-Ida as the preferred chemo for relapsed ALL. The US label has a boxed warning (its strongest kind of warning) about very low blood counts, harm to the brain and nerves at high doses, anaemia where the body destroys its own red cells, and lung damage with pentostatin. Call your hospital's 24-hour number straight away if you have a high temperature, any bleeding or new bruising, confusion, changes in your eyesight, dark urine, or are short of breath. After it, any blood you are given must be irradiated."),
  NC_("20-aml.json: $.medicines[6].name", "etoposide"),
  NC_("20-aml.json: $.medicines[6].class", "chemotherapy"),
  NC_("20-aml.json: $.medicines[6].route", "drip into a vein, or capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[6].use", "Part of [MEC]. The Canadian Cancer Society also lists high-dose etoposide with [cyclophosphamide], and etoposide with cytarabine and daunorubicin, for relapsed or refractory AML. The US label has a boxed warning (its strongest kind of warning) that it can make your blood counts very low, which can lead to infection or bleeding. Call your hospital's 24-hour number straight away if you have a high temperature, feel suddenly unwell, or have any bleeding or new bruising."),
  NC_("20-aml.json: $.medicines[7].name", "cyclophosphamide"),
  NC_("20-aml.json: $.medicines[7].class", "chemotherapy (an alkylating agent: it damages the DNA in cells, so they cannot divide)"),
  NC_("20-aml.json: $.medicines[7].route", "drip into a vein, or taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[7].use", "The Canadian Cancer Society lists it with high-dose [etoposide] as one choice for relapsed or refractory AML."),
  NC_("20-aml.json: $.medicines[8].name", "clofarabine"),
  NC_("20-aml.json: $.medicines[8].class", "chemotherapy (an antimetabolite: it stops cells making new DNA, so they cannot divide)"),
  NC_("20-aml.json: $.medicines[8].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[8].use", "The Canadian Cancer Society lists clofarabine and cytarabine, with or without [filgrastim], among its chemo mixes for relapsed or refractory AML. It also lists clofarabine, with or without cytarabine, among its gentler choices. Cancer Research UK says it is used for young people up to 21 with ALL that has come back after at least two other treatments."),
  NC_("20-aml.json: $.medicines[9].name", "azacitidine"),
  NC_("20-aml.json: $.medicines[9].class", "hypomethylating agent (a chemo drug that switches on genes that help stop cancer cells growing)"),
  NC_("20-aml.json: $.medicines[9].route", "injection under the skin, or sometimes a drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[9].use", "A gentler treatment for AML that has come back or not responded. Leukaemia Care and the Canadian Cancer Society both list it. It may be given with [venetoclax]. Treatment runs in 28-day [cycles] and goes on while it is working. The tablet form, [Onureg], is used in a different way and the two cannot be swapped for each other."),
  NC_("20-aml.json: $.medicines[10].name", "decitabine"),
  NC_("20-aml.json: $.medicines[10].class", "hypomethylating agent (it switches on genes that help stop cancer cells growing)"),
  NC_("20-aml.json: $.medicines[10].target", "a protein called DNA methyltransferase"),
  NC_("20-aml.json: $.medicines[10].route", "drip into a vein; Inqovi is a tablet taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[10].use", "The Canadian Cancer Society lists decitabine, with or without [venetoclax], as a gentler choice for relapsed or refractory AML. Leukaemia Care's relapse page does not name it. The Canadian page also lists Inqovi. Inqovi is not decitabine on its own: it is a tablet that joins decitabine with a second medicine, cedazuridine."),
  NC_("20-aml.json: $.medicines[11].name", "venetoclax"),
  NC_("20-aml.json: $.medicines[11].class", "targeted drug (BCL-2 inhibitor)"),
  NC_("20-aml.json: $.medicines[11].target", "the BCL-2 protein, which helps leukaemia cells stay alive"),
  NC_("20-aml.json: $.medicines[11].route", "tablets taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[11].use", "[Licensed](glossary:licensed-medicine) in the UK, the EU and the US for adults with newly diagnosed AML who cannot have intensive chemo, together with [azacitidine], [decitabine] or low-dose [cytarabine] (which of these depends on the country). NICE recommends it with azacitidine, and with low-dose cytarabine for some people. After a relapse, using it is [off-label](glossary:off-label), but the Canadian Cancer Society lists it as a gentler choice for relapsed or refractory AML. Unlike many targeted drugs, it does not need a matching genetic change. When you start it, it can cause tumour lysis syndrome: many leukaemia cells die at once and upset the salts in your blood. You start on a low dose, drink plenty and have blood tests. Call your hospital's 24-hour number straight away if you have a fever, chills, muscle cramps, an uneven heartbeat, confusion, or pass much less urine."),
  NC_("20-aml.json: $.medicines[11].approvals[0].text", "Venetoclax with azacitidine recommended for untreated AML in adults when intensive chemotherapy is unsuitable (TA765)."),
  NC_("20-aml.json: $.medicines[12].name", "hydroxycarbamide"),
  NC_("20-aml.json: $.medicines[12].class", "chemotherapy (an antimetabolite: it stops cells making new DNA, so they cannot divide)"),
  NC_("20-aml.json: $.medicines[12].route", "capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[12].use", "A gentler treatment that Leukaemia Care lists for relapsed or refractory AML. In acute leukaemia it is mainly used to bring down high numbers of [blasts] in the blood. Also known by its older name, hydroxyurea."),
  NC_("20-aml.json: $.medicines[13].name", "tretinoin"),
  NC_("20-aml.json: $.medicines[13].class", "retinoid (a medicine like vitamin A)"),
  NC_("20-aml.json: $.medicines[13].route", "capsules taken by mouth, with food"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[13].use", "Also called all-trans retinoic acid, or ATRA. A key medicine for [APL]: it helps the leukaemia cells grow into normal cells. The American Cancer Society says it may be used again, with [arsenic trioxide], if APL comes back after a longer remission. The US label has boxed warnings (its strongest kind) about two things. It can cause the loss of a baby or birth defects: you need a negative pregnancy test before starting, and must use two effective methods of contraception during treatment and for 1 month after the last dose. It can also cause [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction with fever, breathlessness, fast weight gain or swelling: call your hospital's 24-hour number straight away if you notice any of these."),
  NC_("20-aml.json: $.medicines[14].name", "arsenic trioxide"),
  NC_("20-aml.json: $.medicines[14].class", "anti-leukaemia drug for APL (sources differ on whether to call it chemotherapy)"),
  NC_("20-aml.json: $.medicines[14].route", "drip into a vein, in hospital"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[14].use", "Also called ATO. Used for [APL] that has come back or has not responded. The American Cancer Society says it often works very well if your first treatment was [ATRA](medicine:tretinoin) with chemo. It may also be used again after a longer remission. The US label has boxed warnings (its strongest kind) about three things. [Differentiation syndrome](glossary:differentiation-syndrome): call your hospital's 24-hour number straight away if you have a fever, breathlessness, fast weight gain or swelling. Heart rhythm: you will have heart tracings (ECGs); call 999 or your local emergency number if you faint, and your hospital straight away if your heartbeat feels fast or uneven. Brain problems (encephalopathy): call your hospital straight away if you become confused, very sleepy or unsteady, or have problems with your eyesight."),
  NC_("20-aml.json: $.medicines[15].name", "filgrastim"),
  NC_("20-aml.json: $.medicines[15].class", "growth factor (G-CSF)"),
  NC_("20-aml.json: $.medicines[15].route", "injection under the skin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[15].use", "A man-made form of G-CSF, a [growth factor] that helps the bone marrow make more [white blood cells]. It is the G in [FLAG] and [FLAG-Ida]. The Canadian Cancer Society also lists it with clofarabine and cytarabine."),
  NC_("20-aml.json: $.medicines[16].name", "cedazuridine"),
  NC_("20-aml.json: $.medicines[16].class", "helper medicine (it blocks an enzyme called cytidine deaminase)"),
  NC_("20-aml.json: $.medicines[16].target", "the cytidine deaminase enzyme in the gut and liver"),
  NC_("20-aml.json: $.medicines[16].route", "tablets taken by mouth, only as part of the Inqovi tablet with decitabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[16].use", "Cedazuridine does not treat leukaemia by itself. The gut and liver normally break [decitabine] down before it can work, so decitabine on its own has to be given as a drip. Cedazuridine slows that breakdown. This lets decitabine work when it is swallowed as the Inqovi tablet."),
  NC_("20-aml.json: $.topics[0].title", "Choosing treatment when AML comes back"),
  NC_("20-aml.json: $.topics[0].summary", "How you and your care team decide on the next treatment when AML comes back or does not respond, what the main options are, and what happens if AML is found in the brain or spinal fluid."),
  NC_("20-aml.json: $.topics[0].key_points[0]", "When AML comes back (relapse) or does not respond (refractory), there is usually more than one way forward."),
  NC_("20-aml.json: $.topics[0].key_points[1]", "Your team looks at your earlier treatment, how long your remission lasted, the genetic changes in your leukaemia cells and how fit you are."),
  NC_("20-aml.json: $.topics[0].key_points[2]", "The options include a clinical trial, intensive chemo, a stem cell transplant, targeted drugs, gentler treatment and care to ease symptoms."),
  NC_("20-aml.json: $.topics[0].key_points[3]", "Outlook figures describe large groups of people, not you. Ask your team what the next treatment aims to do."),
  NC_("20-aml.json: $.topics[0].key_points[4]", "You decide together with your team, and you can take time to think."),
  NC_("20-aml.json: $.topics[0].sections[0].title", "How your team decides"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[0].text", "When [AML] comes back after treatment, doctors call it a [relapse]. When it does not respond to treatment, they call it [refractory]. Either way, there is usually more than one way forward. Your [haematology team] will talk it through with you."),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[1].text", "Your team thinks about many things. These include:"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[0]", "the treatment you had before, and how well it worked"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[1]", "how long your last [remission] lasted"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[2]", "any side effects you had from treatment"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[3]", "your age, and how fit and well you are"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[4]", "your type of AML, for example [APL]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[5]", "any [genetic changes](glossary:genetic-change) in your [leukaemia cells]"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[6]", "any other health problems you have"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[7]", "where in the body the leukaemia has come back"),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[2].items[8]", "what you want from your treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[3].text", "What you had the first time matters. Your first treatment may have included a targeted drug such as [midostaurin] or [quizartinib] (for an [FLT3] change), [CPX-351](medicine:cpx-351) ([Vyxeos]), or [Onureg] tablets to keep AML away. Tell your team about every medicine you have had."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[4].text", "You will have blood tests and a [bone marrow test] again. The samples are checked for new genetic changes. Some of these changes can be treated with a [targeted drug]."),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[5].text", "Your wishes matter. The team will suggest a plan, but you decide together. You can ask for time, ask questions and bring someone with you."),
  NC_("20-aml.json: $.topics[0].sections[1].title", "Why the length of remission matters"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[0].text", "How long AML stayed away helps your team choose. The table is based on guidance from the American Cancer Society (ACS). It says what doctors often suggest for groups of people. It cannot say what will happen to you."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].header[0]", "When AML comes back"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].header[1]", "What doctors often suggest"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[0][0]", "After a remission of 1 year or more"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[0][1]", "More [chemo] can sometimes bring another remission. But a remission from chemo alone is not likely to last long. So for younger people (usually under 60), most doctors then suggest a [stem cell transplant], as long as a good [donor] match is found. A [clinical trial] may also be a choice."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[1][0]", "Within 12 months"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[1][1]", "For younger people, most doctors suggest a stem cell transplant if it is possible. A clinical trial is another choice."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[2][0]", "Again and again, or it never fully goes away"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[2][1]", "The same kind of chemo is less likely to work again. The next step aims to use something that works in a different way: a transplant if it is possible, a [targeted drug] that matches your leukaemia, or a trial of newer treatments. Gentler treatment and [supportive care] can also help you feel better."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[1].blocks[2].text", "The ACS also names a [targeted drug], [gemtuzumab ozogamicin] ([Mylotarg]), as one choice when AML does not go away or comes back. See [targeted treatments for AML](topic:aml-targeted)."),
  NC_("20-aml.json: $.topics[0].sections[2].title", "If the first treatment did not work"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[2].blocks[0].text", "Sometimes the first treatment, called [induction], does not clear the leukaemia. The ACS says a second, similar course of chemo may then be tried. This is called [reinduction]."),
  NC_("20-aml.json: $.topics[0].sections[2].blocks[1].text", "If that does not help, other chemo drugs or stronger doses may be tried, if your body can cope with them. A stem cell transplant may be possible for some people, because it lets doctors use higher doses of chemo. A clinical trial may also be open to you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[2].blocks[2].text", "Read more in [intensive chemotherapy](topic:aml-intensive-chemo) and [gentler treatment](topic:aml-non-intensive)."),
  NC_("20-aml.json: $.topics[0].sections[3].title", "AML in the brain or spinal fluid"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[3].blocks[0].text", "AML most often comes back in the [bone marrow] and the blood. The ACS says it is rare for the brain or the [cerebrospinal fluid] to be the first place it comes back. This is the fluid around the brain and spinal cord, also called [CSF]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[3].blocks[1].text", "The brain and spinal cord make up the [central nervous system] ([CNS]). If leukaemia has spread there, the Canadian Cancer Society says chemo can be put straight into the spinal fluid. This is called [intrathecal chemotherapy]. The drug is [methotrexate] or [cytarabine]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[3].blocks[2].text", "You usually have it during a [lumbar puncture]. A doctor numbs a small area of your back, then puts the drug into the spinal fluid between two bones of the spine."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[3].blocks[3].text", "[Radiotherapy] to the brain and spinal cord is sometimes given as well."),
  NC_("20-aml.json: $.topics[0].sections[4].title", "The main options"),
  NC_("20-aml.json: $.topics[0].sections[4].blocks[0].text", "These are the main kinds of treatment. Not every option suits every person. Each one has its own page in this guide."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[0]", "A [clinical trial], if there is one that suits you. A trial may give you a treatment you could not get any other way. See [clinical trials](topic:clinical-trials)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[1]", "[Intensive chemotherapy]: strong chemo, usually with a stay in hospital. See [intensive chemotherapy](topic:aml-intensive-chemo)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[2]", "A [stem cell transplant], for people who are fit enough. See [stem cell transplant](topic:aml-transplant)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[3]", "[Targeted treatment]: drugs that aim at proteins in or on leukaemia cells. Many are chosen to match a genetic change in your leukaemia cells. See [targeted treatments](topic:aml-targeted)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[4]", "[Non-intensive treatment]: gentler treatment that aims to control AML, not cure it. See [gentler treatment](topic:aml-non-intensive)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[5]", "[Supportive care] to ease symptoms and side effects, alongside any other treatment. See [supportive care](topic:supportive-care)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[6]", "[End of life care], if no suitable treatment is left. It puts comfort and quality of life first. See [end of life care](topic:end-of-life)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[2].text", "If you have [APL], a type of AML, treatment is different. See [relapsed APL](topic:apl-relapse)."),
  NC_("20-aml.json: $.topics[0].sections[5].title", "Outlook: what affects it and how to read the figures"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[0].text", "Outlook, or prognosis, means how well treatment is likely to work and how long people are likely to live. AML that has come back is usually harder to treat than it was the first time. But outlook is very different from one person to the next."),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[1].text", "Things that affect outlook include:"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].items[0]", "how long your first remission lasted: a longer remission is a better sign"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].items[1]", "the [genetic changes](glossary:genetic-change) in your leukaemia cells: experts in Europe (the European LeukemiaNet, or ELN) sort them into favourable, intermediate and adverse (higher) risk"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].items[2]", "your age, your general health and how fit you are"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].items[3]", "whether a [stem cell transplant] is possible for you"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].items[4]", "how your leukaemia responds to the next treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[3].text", "**How to read survival figures.** A survival figure says how many people out of 100 were alive some years after treatment. It comes from studies of large groups of people. Many were treated years ago, before some newer medicines. The figures describe those groups. They cannot tell you what will happen to you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[4].text", "**What the next step aims for.** For people fit enough, the aim is usually a new remission and then a donor stem cell transplant, which gives a chance of a cure. For others, the aim is to control AML for as long as possible and help you live well. Ask your team which aim fits you."),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[5].title", "Asking about outlook"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[5].text", "You can choose how much you want to know. You might ask: “What is this treatment aiming for?” or “What do the figures show for people like me, and what are they based on?” You can also tell your team you do not want figures."),
  NC_("20-aml.json: $.topics[0].sections[6].title", "Talking it through"),
  NC_("20-aml.json: $.topics[0].sections[6].blocks[0].text", "Hearing that AML is back, or has not gone away, can be very upsetting. You do not have to take it all in, or decide everything, at once."),
  NC_("20-aml.json: $.topics[0].sections[6].blocks[1].text", "Ask your team what each option aims to do and what it would mean for your daily life. Ask what would happen if you chose not to have a treatment. They should explain the risks and benefits in words you understand."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[6].blocks[2].text", "For help with feelings, money or practical things, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[0].sections[6].blocks[3].title", "Leukaemia Care helpline"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[6].blocks[3].text", "Leukaemia Care runs a free helpline on [08088 010 444](tel:08088010444). Their WhatsApp number is [07500 068 065](tel:07500068065). It is not for emergencies: if you feel unwell, call your hospital's 24-hour number."),
  NC_("20-aml.json: $.topics[0].questions[0]", "How long did my remission last, and how does that change my options?"),
  NC_("20-aml.json: $.topics[0].questions[1]", "Did my latest tests find any new genetic changes in my leukaemia cells?"),
  NC_("20-aml.json: $.topics[0].questions[2]", "Which treatments could suit me, and why do you suggest this one?"),
  NC_("20-aml.json: $.topics[0].questions[3]", "What is this treatment trying to do: cure the leukaemia, control it, or ease my symptoms?"),
  NC_("20-aml.json: $.topics[0].questions[4]", "Could I have a stem cell transplant, and is there a donor?"),
  NC_("20-aml.json: $.topics[0].questions[5]", "Is there a clinical trial I could join?"),
  NC_("20-aml.json: $.topics[0].questions[6]", "What would happen if I decided not to have more treatment?"),
  NC_("20-aml.json: $.topics[0].questions[7]", "What do the figures show for people like me, and what are they based on?"),
  NC_("20-aml.json: $.topics[0].questions[8]", "How long do I have to make a decision?"),
  NC_("20-aml.json: $.topics[1].title", "Intensive chemotherapy for relapsed AML"),
  NC_("20-aml.json: $.topics[1].summary", "What intensive chemotherapy is, which drug mixes are used when AML comes back or does not respond, and what to expect during a stay in hospital."),
  NC_("20-aml.json: $.topics[1].key_points[0]", "Intensive chemo uses strong drugs to try to bring a new remission. It is only for people fit enough to cope with it."),
  NC_("20-aml.json: $.topics[1].key_points[1]", "It is often followed by a stem cell transplant, for people who can have one."),
  NC_("20-aml.json: $.topics[1].key_points[2]", "There are many drug mixes, such as FLAG-Ida, high-dose cytarabine and MEC. Your team chooses the one that suits you."),
  NC_("20-aml.json: $.topics[1].key_points[3]", "Expect to spend some weeks in hospital while your blood counts are low."),
  NC_("20-aml.json: $.topics[1].key_points[4]", "A high temperature or feeling suddenly unwell is an emergency: call your hospital's 24-hour number straight away."),
  NC_("20-aml.json: $.topics[1].sections[0].title", "What intensive chemotherapy is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[0].blocks[0].text", "[Chemotherapy] uses drugs to kill cancer cells. [Intensive chemotherapy] uses strong doses, often of several drugs at once. It is only for people who are fit enough to cope with it."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[0].blocks[1].text", "The Canadian Cancer Society says chemo is the main way to treat AML that has come back or not responded. The aim is to bring a new [complete remission]. For some people, a [stem cell transplant] may follow."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[0].blocks[2].text", "Chemo is given in [cycles]. A cycle is a spell of treatment followed by a rest, so your body can recover."),
  NC_("20-aml.json: $.topics[1].sections[1].title", "Having treatment again"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[1].blocks[0].text", "The first treatment for AML is called [induction]. If it does not clear the leukaemia, a second course may be tried. The American Cancer Society (ACS) calls this [reinduction]."),
  NC_("20-aml.json: $.topics[1].sections[1].blocks[1].text", "The Canadian Cancer Society says that if your first complete remission lasted more than a year, you may have the same or similar drugs again. The doses may be the same or higher."),
  NC_("20-aml.json: $.topics[1].sections[2].title", "The 7+3 mix"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[0].text", "One mix you may have had before is called [7+3], also written 7-and-3. The Canadian Cancer Society says a repeat course may be given. It has two parts:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[1].items[0]", "[cytarabine], given nonstop for 7 days"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[1].items[1]", "an [anthracycline], given for 3 days"),
  NC_("20-aml.json: $.topics[1].sections[2].blocks[2].text", "Anthracyclines are chemo drugs that first came from bacteria. They damage the genetic code (DNA) of cancer cells. The Canadian Cancer Society lists four drugs that may be used in 7+3:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[3].items[0]", "[daunorubicin] (Cerubidine)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[3].items[1]", "[doxorubicin] (Adriamycin)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[3].items[2]", "[idarubicin] (Idamycin)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[2].blocks[3].items[3]", "[mitoxantrone] (Novantrone)"),
  NC_("20-aml.json: $.topics[1].sections[3].title", "Other drug mixes"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[0].text", "Many other mixes are used. Your team chooses one that suits you, and it may not be listed here. These four are the ones you are most likely to hear about:"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[0].term", "FLAG"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[0].definition", "[Fludarabine], [cytarabine] and a [growth factor] such as [filgrastim]."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[1].term", "FLAG-Ida"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[1].definition", "[FLAG] with a fourth drug, [idarubicin]."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[2].term", "High-dose cytarabine (HDAC)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[2].definition", "Cytarabine at a high dose, on its own or with [mitoxantrone]."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[3].term", "MEC"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].items[3].definition", "Mitoxantrone, [etoposide] and cytarabine."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[2].text", "Some other mixes you may hear about:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[3].items[0]", "cytarabine, [daunorubicin] and etoposide"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[3].items[1]", "etoposide at a high dose, with [cyclophosphamide]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[3].items[2]", "[clofarabine] and cytarabine, with or without filgrastim"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[3].items[3]", "other mixes that include mitoxantrone"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[4].text", "In FLAG, the G stands for G-CSF. A growth factor like this helps the bone marrow make more [white blood cells]. Filgrastim is a man-made form of G-CSF. Both FLAG mixes are also used for relapsed [ALL]."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[5].title", "Where sources differ"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[5].text", "Sources name different mixes. Leukaemia Care (UK) names FLAG-Ida, high-dose cytarabine and mitoxantrone-based chemo. The Canadian Cancer Society names FLAG, MEC, high-dose cytarabine with mitoxantrone, and the first three mixes in the second list. Hospitals also have their own choices."),
  NC_("20-aml.json: $.topics[1].sections[4].title", "Having treatment in hospital"),
  NC_("20-aml.json: $.topics[1].sections[4].blocks[0].text", "You usually stay in hospital for intensive chemo. Your team will explain how you have each drug and what to expect."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[4].blocks[1].text", "Most of these drugs go into a vein through a drip. Many people have a thin tube put into a large vein, such as a [central line](glossary:central-line) or [PICC line](glossary:picc). It can stay in place for the whole course of treatment. Filgrastim is an injection under the skin."),
  NC_("20-aml.json: $.topics[1].sections[4].blocks[2].text", "You will have blood tests before and during treatment. Anthracyclines can affect the heart, so you may have heart tests too."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[4].blocks[3].text", "Chemo lowers your blood counts for a while. This makes infection, bleeding and tiredness more likely. [Supportive care] helps, for example [transfusions] and medicines to prevent infection. See [supportive care](topic:supportive-care)."),
  NC_("20-aml.json: $.topics[1].sections[5].title", "When to call the hospital at once"),
  NC_("20-aml.json: $.topics[1].sections[5].blocks[0].title", "Call your hospital straight away"),
  NC_("20-aml.json: $.topics[1].sections[5].blocks[0].text", "Call your hospital's 24-hour number straight away, day or night, if you have a high temperature, feel hot and shivery, or suddenly feel unwell. Call too if you have any bleeding or new bruising, or feel very tired, dizzy or short of breath. An infection can make you very ill very fast while your blood counts are low."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[5].blocks[1].text", "Use the temperature your own team gives you, and keep their 24-hour number with you. Sources give different numbers: Blood Cancer UK says 37.5°C or above, or below 36°C, and NICE guidance for doctors uses above 38°C. See [Feeling unwell? Act now](topic:act-now)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[5].blocks[2].text", "For help coping, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[1].questions[0]", "Why do you suggest this drug mix for me?"),
  NC_("20-aml.json: $.topics[1].questions[1]", "Is the aim to get me into remission before a stem cell transplant?"),
  NC_("20-aml.json: $.topics[1].questions[2]", "How many cycles will I have, and how long will I be in hospital?"),
  NC_("20-aml.json: $.topics[1].questions[3]", "Will I need a central line or a PICC line?"),
  NC_("20-aml.json: $.topics[1].questions[4]", "Which side effects are most likely, and how will you help with them?"),
  NC_("20-aml.json: $.topics[1].questions[5]", "What temperature should make me call you, and which number do I ring?"),
  NC_("20-aml.json: $.topics[1].questions[6]", "How will we know if the treatment is working?"),
  NC_("20-aml.json: $.topics[1].questions[7]", "What happens if this treatment does not work?"),
  NC_("20-aml.json: $.topics[2].title", "Gentler (non-intensive) treatment for AML"),
  NC_("20-aml.json: $.topics[2].summary", "Treatment for people who may not cope well with intensive chemotherapy: what it aims to do, the medicines named in the UK and in Canada, and how you have them."),
  NC_("20-aml.json: $.topics[2].key_points[0]", "Gentler treatment is for people who may not cope well with intensive chemo."),
  NC_("20-aml.json: $.topics[2].key_points[1]", "It aims to hold AML back and help you feel better for as long as possible. It does not cure AML."),
  NC_("20-aml.json: $.topics[2].key_points[2]", "Common medicines are azacitidine or decitabine, often with venetoclax, and low-dose cytarabine."),
  NC_("20-aml.json: $.topics[2].key_points[3]", "Venetoclax is licensed for newly diagnosed AML when intensive chemo is not suitable. After a relapse, using it is off-label."),
  NC_("20-aml.json: $.topics[2].key_points[4]", "You usually have it at home or as an outpatient, with regular blood tests."),
  NC_("20-aml.json: $.topics[2].sections[0].title", "Who it is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[0].blocks[0].text", "[Intensive chemotherapy] is hard on the body. If your team feel it may be too much for you, they may suggest [non-intensive treatment]. The Canadian Cancer Society says it is for people who are not strong enough for intensive chemo."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[0].blocks[1].text", "Gentler treatment is still real treatment. It is usually a milder kind of chemo, often together with a targeted drug such as [venetoclax]."),
  NC_("20-aml.json: $.topics[2].sections[1].title", "What it aims to do"),
  NC_("20-aml.json: $.topics[2].sections[1].blocks[0].text", "The aim is to hold AML back for as long as possible, while keeping side effects low. It can ease symptoms and help you feel better day to day. It does not cure AML."),
  NC_("20-aml.json: $.topics[2].sections[1].blocks[1].text", "This can be hard to hear. Ask your team what they hope the treatment will do for you, and how you will both know if it is working."),
  NC_("20-aml.json: $.topics[2].sections[2].title", "Medicines that may be used"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[0].text", "These medicines may be used. What is on offer differs from country to country."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].items[0]", "[Azacitidine] or [decitabine], often with [venetoclax]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].items[1]", "low-dose [cytarabine], sometimes with venetoclax"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].items[2]", "[clofarabine], with or without cytarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].items[3]", "[hydroxycarbamide], mainly to bring down a high number of [blasts] in the blood"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[2].title", "Is venetoclax licensed for relapsed AML?"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[2].text", "Venetoclax is [licensed](glossary:licensed-medicine) in the UK, the EU and the US for adults with newly diagnosed AML who cannot have intensive chemo. It is given with azacitidine, decitabine or low-dose cytarabine (which of these depends on the country). NICE recommends it with azacitidine, and with low-dose cytarabine for some people. When AML has come back, using venetoclax is [off-label](glossary:off-label): it is licensed, but not for this. Your doctor may still suggest it. Ask whether it is available to you."),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[3].title", "Where sources differ"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[3].text", "Leukaemia Care (UK) names azacitidine, low-dose cytarabine and hydroxycarbamide. The Canadian Cancer Society names azacitidine, decitabine, venetoclax and clofarabine."),
  NC_("20-aml.json: $.topics[2].sections[3].title", "About each medicine"),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[0].term", "Azacitidine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[0].definition", "A [hypomethylating agent](glossary:hypomethylating-agent): a drug that switches on genes that help stop cancer cells growing. You usually have it as an injection just under the skin, and sometimes as a drip. It is given in 28-day [cycles], and goes on while it is working and side effects are not too bad."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[1].term", "Decitabine"),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[1].definition", "Another hypomethylating agent. You have it as a drip into a vein. The Canadian page also names Inqovi: a tablet that joins decitabine with a second medicine, cedazuridine."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[2].term", "Venetoclax"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[2].definition", "A [targeted drug] you take as tablets. It blocks a protein called BCL-2, which helps leukaemia cells stay alive. It works without a matching genetic change. You start on a low dose that goes up over the first few days, because of the risk of tumour lysis (see the warning below)."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[3].term", "Low-dose cytarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[3].definition", "A lower dose of [cytarabine], the same chemo drug used at high doses in intensive treatment."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[4].term", "Clofarabine"),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[4].definition", "A chemo drug given as a drip into a vein."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[5].term", "Hydroxycarbamide"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[5].definition", "A chemo drug you take as capsules. Its older name is hydroxyurea. In AML it is mainly used to bring down the number of [blasts] in the blood."),
  NC_("20-aml.json: $.topics[2].sections[4].title", "Where you have treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[4].blocks[0].text", "You usually have gentler treatment at home, or at the hospital as an [outpatient]. This means you go home the same day."),
  NC_("20-aml.json: $.topics[2].sections[4].blocks[1].text", "Some medicines are tablets or capsules you take at home. Others are injections or drips given at the hospital. You will have regular blood tests. These check how the treatment is working and how your body is coping."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[4].blocks[2].text", "You may also need [supportive care], such as [transfusions] and medicines to prevent infection. See [supportive care](topic:supportive-care)."),
  NC_("20-aml.json: $.topics[2].sections[4].blocks[3].title", "Call your hospital straight away"),
  NC_("20-aml.json: $.topics[2].sections[4].blocks[3].text", "These medicines can still lower your blood counts and make infection more likely. Call your hospital's 24-hour number straight away if you have a high temperature, feel shivery or suddenly unwell, or have any bleeding or new bruising. Use the temperature your own team gives you."),
  NC_("20-aml.json: $.topics[2].sections[4].blocks[4].title", "Starting venetoclax: tumour lysis"),
  NC_("20-aml.json: $.topics[2].sections[4].blocks[4].text", "When you start venetoclax, many leukaemia cells can die at once. This can upset the salts in your blood and harm your kidneys and heart. It is called tumour lysis syndrome. Your team will give you fluids and medicines to prevent it and check your blood often. Call your hospital's 24-hour number straight away if you have a fever, chills, feel or are sick, feel confused or short of breath, have muscle cramps or a fit, an uneven heartbeat, dark or cloudy urine, or pass much less urine."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[4].blocks[5].text", "For help coping, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[2].questions[0]", "Why do you think gentler treatment is right for me now?"),
  NC_("20-aml.json: $.topics[2].questions[1]", "What do you hope this treatment will do for me?"),
  NC_("20-aml.json: $.topics[2].questions[2]", "Which of these medicines can I have here, and is venetoclax licensed for my situation?"),
  NC_("20-aml.json: $.topics[2].questions[3]", "How often will I need to come to hospital?"),
  NC_("20-aml.json: $.topics[2].questions[4]", "How long will I keep having this treatment?"),
  NC_("20-aml.json: $.topics[2].questions[5]", "Which side effects should I watch for at home?"),
  NC_("20-aml.json: $.topics[2].questions[6]", "Could I try a different treatment later if this one stops working?"),
  NC_("20-aml.json: $.topics[2].questions[7]", "Is there a clinical trial I could join?"),
  NC_("20-aml.json: $.topics[3].title", "When APL comes back"),
  NC_("20-aml.json: $.topics[3].summary", "What acute promyelocytic leukaemia (APL) is, and the treatments the American Cancer Society describes when APL comes back or does not respond."),
  NC_("20-aml.json: $.topics[3].key_points[0]", "APL is a type of AML that is treated in a different way, mainly with tretinoin (ATRA) and arsenic trioxide."),
  NC_("20-aml.json: $.topics[3].key_points[1]", "When APL comes back, the choice depends mostly on your first treatment and how long your remission lasted."),
  NC_("20-aml.json: $.topics[3].key_points[2]", "Bleeding, blood clots and a reaction called differentiation syndrome are emergencies: call your hospital's 24-hour number straight away."),
  NC_("20-aml.json: $.topics[3].key_points[3]", "Arsenic trioxide can affect the heart rhythm and, rarely, the brain. You will have heart tests during treatment."),
  NC_("20-aml.json: $.topics[3].key_points[4]", "ATRA can harm an unborn baby: use two effective methods of contraception during treatment and for 1 month after."),
  NC_("20-aml.json: $.topics[3].sections[0].title", "What APL is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[0].blocks[0].text", "[Acute promyelocytic leukaemia] ([APL]) is a type of [AML]. In APL, the blood and [bone marrow] fill up with young blood cells that have not grown up properly."),
  NC_("20-aml.json: $.topics[3].sections[0].blocks[1].text", "APL is usually linked to a swap of genetic material between two chromosomes, numbers 15 and 17. Chromosomes are the bundles of genes inside our cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[0].blocks[2].text", "APL is treated in a different way from other types of AML. Two medicines are key. One is [tretinoin], also called all-trans retinoic acid or [ATRA](medicine:tretinoin). The other is [arsenic trioxide], or [ATO](medicine:arsenic-trioxide)."),
  NC_("20-aml.json: $.topics[3].sections[1].title", "What shapes the choice"),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[0].text", "When APL comes back after treatment, or does not respond, the American Cancer Society (ACS) says the options depend mostly on your earlier treatment. Other things count too, such as how well you are."),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[1].text", "The ACS calls ATRA and ATO non-chemo drugs. Its advice is set out below. Your team will tell you what fits your own case."),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[2].title", "Bleeding and clots: an emergency"),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[2].text", "APL can cause serious bleeding and blood clots, especially when it comes back or when treatment starts. Call 999 (or your local emergency number) if you have bleeding that will not stop, a sudden bad headache, chest pain or sudden breathlessness. For any other bleeding, new bruising, or a painful swollen leg, call your hospital's 24-hour number straight away."),
  NC_("20-aml.json: $.topics[3].sections[2].title", "If you first had ATRA and arsenic trioxide"),
  NC_("20-aml.json: $.topics[3].sections[2].blocks[0].items[0]", "If APL comes back early, usually within about 6 months, you will most likely have some of the chemo drugs used for other types of AML."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[2].blocks[0].items[1]", "If your remission lasted longer, you may have arsenic trioxide again. It may be given alongside ATRA, chemo, or the [targeted drug] [Mylotarg] ([gemtuzumab ozogamicin])."),
  NC_("20-aml.json: $.topics[3].sections[3].title", "If you first had ATRA and chemo"),
  NC_("20-aml.json: $.topics[3].sections[3].blocks[0].text", "If your first treatment was ATRA with chemo, the ACS says arsenic trioxide often works very well."),
  NC_("20-aml.json: $.topics[3].sections[3].blocks[1].text", "Macmillan Cancer Support, a UK charity, says arsenic trioxide is licensed for APL that has come back, or that did not go into remission. The US label also allows it, with ATRA, as a first treatment for lower-risk APL. It is given at a low dose through a drip."),
  NC_("20-aml.json: $.topics[3].sections[4].title", "Stem cell transplant and clinical trials"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[4].blocks[0].text", "At some point, a [stem cell transplant] may be a good choice, if you are well enough to have one. Joining a [clinical trial] is another choice."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[4].blocks[1].text", "See [stem cell transplant](topic:aml-transplant) and [clinical trials](topic:clinical-trials). For help coping, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[3].sections[5].title", "About ATRA and arsenic trioxide"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[0].term", "Tretinoin (ATRA)"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[0].definition", "Capsules you take by mouth twice a day, with a meal or just after. It is a retinoid, a medicine like vitamin A. It helps APL cells grow up into normal cells."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[1].term", "Arsenic trioxide (ATO, Trisenox)"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[1].definition", "A drip into a vein, given in hospital over about 2 hours. You will have heart tracings (ECGs) and blood tests for salts such as potassium before and during treatment."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[1].text", "Cancer Research UK says that, together, the two drugs speed up the death of leukaemia cells and help normal blood cells develop."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[2].title", "Differentiation syndrome: call at once"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[5].blocks[2].text", "Both ATRA and arsenic trioxide can cause [differentiation syndrome](glossary:differentiation-syndrome). This is a serious reaction that happens as the leukaemia cells grow up, and it can be life-threatening. Signs include a fever, feeling short of breath, putting on weight quickly, swelling, dizziness and passing less urine. Call your hospital's 24-hour number straight away, day or night, if you notice any of these."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[3].title", "Heart rhythm and the brain with arsenic trioxide"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[3].text", "Arsenic trioxide can change the heart's rhythm. Call 999 (or your local emergency number) if you faint. Call your hospital's 24-hour number straight away if your heartbeat feels fast, pounding or uneven, or you feel dizzy. Rarely, it causes a serious brain problem (encephalopathy), sometimes linked to low vitamin B1. Call straight away if you become confused, very sleepy or unsteady, or have a fit or problems with your eyesight."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[4].title", "Pregnancy and ATRA"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[4].text", "ATRA can cause the loss of a baby or serious birth defects. The US label says you need a negative pregnancy test before you start. Use two effective methods of contraception together, during treatment and for 1 month after the last dose. If you think you may be pregnant, tell your team straight away. Men should ask their team what applies to them."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[5].title", "Where sources differ"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[5].text", "Sources describe these drugs in different ways. The ACS calls both of them non-chemo drugs. Macmillan says ATRA is not chemo. Cancer Research UK calls arsenic trioxide a chemo drug."),
  NC_("20-aml.json: $.topics[3].questions[0]", "Which treatment did I have first, and how does that shape what you suggest now?"),
  NC_("20-aml.json: $.topics[3].questions[1]", "How long did my remission last?"),
  NC_("20-aml.json: $.topics[3].questions[2]", "Will I have arsenic trioxide again, and will it be with ATRA or with chemo?"),
  NC_("20-aml.json: $.topics[3].questions[3]", "Could a stem cell transplant be a choice for me?"),
  NC_("20-aml.json: $.topics[3].questions[4]", "Is there a clinical trial for APL that has come back?"),
  NC_("20-aml.json: $.topics[3].questions[5]", "How will you check whether the treatment is working?"),
  NC_("20-aml.json: $.topics[3].questions[6]", "Which side effects of ATRA and arsenic trioxide mean I should call you straight away?"),
  NC_("25-aml-targeted.json: $.glossary[0].term", "targeted therapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[0].definition", "Medicines that find and block certain proteins in or on [leukaemia cells]. Because they aim at the leukaemia cells, they try to harm healthy cells as little as possible. Many are tablets you take at home."),
  NC_("25-aml-targeted.json: $.glossary[1].term", "immunotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[1].definition", "Treatment that helps your own immune system find and kill leukaemia cells. For [ALL], Leukaemia Care names [blinatumomab] and [inotuzumab ozogamicin]. [CAR T-cell therapy] is another kind."),
  NC_("25-aml-targeted.json: $.glossary[2].term", "stem cell transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[2].definition", "A treatment that gives you new blood-making cells, called stem cells. First you have high-dose [chemo], and sometimes [radiotherapy]. Then the new stem cells go into your blood through a drip. It is very hard on the body, so it is only for people who are fit enough."),
  NC_("25-aml-targeted.json: $.glossary[3].term", "allogeneic transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[3].definition", "A [stem cell transplant] that uses stem cells from another person, your [donor]. The donor may be a relative or someone you do not know. You also get the donor’s immune system, which can help clear leukaemia cells that are left."),
  NC_("25-aml-targeted.json: $.glossary[4].term", "autologous transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[4].definition", "A [stem cell transplant] that uses your own stem cells. They are collected and stored first, then given back to you after high-dose treatment."),
  NC_("25-aml-targeted.json: $.glossary[5].term", "donor"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[5].definition", "A person who gives stem cells or blood cells to help someone else. For a [stem cell transplant], the donor’s tissue type should match yours as closely as possible."),
  NC_("25-aml-targeted.json: $.glossary[6].term", "donor lymphocyte infusion"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[6].definition", "A drip of lymphocytes, a type of white blood cell, taken from your stem cell [donor]. It may be offered if leukaemia comes back after a transplant. The donor’s cells can help your body fight the leukaemia."),
  NC_("25-aml-targeted.json: $.glossary[7].term", "conditioning"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[7].definition", "The treatment you have just before a [stem cell transplant]. It is high-dose [chemo], sometimes with [radiotherapy]. It kills leukaemia cells, makes room in the [bone marrow] for the new stem cells, and helps stop your body rejecting them."),
  NC_("25-aml-targeted.json: $.glossary[8].term", "CAR T-cell therapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[8].definition", "A treatment made from your own [T cells](glossary:t-cells), a type of white blood cell. They are collected from your blood and changed in a laboratory so that they can find and kill leukaemia cells. Then they are given back to you through a drip."),
  NC_("25-aml-targeted.json: $.glossary[9].term", "radiotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[9].definition", "Treatment with high-energy rays that kill cancer cells. In leukaemia it may be part of the [conditioning] before a transplant. It may also treat leukaemia in the brain and spinal cord."),
  NC_("25-aml-targeted.json: $.glossary[10].term", "intrathecal chemotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[10].definition", "[Chemo] put straight into the fluid around the brain and spinal cord, during a [lumbar puncture]. Drugs given into a vein do not reach this fluid well. So this is how leukaemia there is treated or kept away."),
  NC_("25-aml-targeted.json: $.glossary[11].term", "Philadelphia chromosome"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[11].definition", "An abnormal chromosome. It forms when parts of chromosomes 9 and 22 break off and swap places. This joins two genes, BCR and ABL, into one. ALL with this change is called Philadelphia-positive. Treatment for it includes a [tyrosine kinase inhibitor]."),
  NC_("25-aml-targeted.json: $.glossary[12].term", "tyrosine kinase inhibitor"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[12].definition", "A [targeted drug] that blocks signals that cells use to grow. Leukaemia Care says treatment for [Philadelphia-positive] ALL will include a TKI."),
  NC_("25-aml-targeted.json: $.glossary[13].term", "FLT3"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("25-aml-targeted.json: $.glossary[13].definition", "A gene that helps leukaemia cells grow and survive when it is changed. Leukaemia Care says up to about 3 in 10 people with [AML] (30%) have an FLT3 change. [Gilteritinib] blocks the FLT3 protein."),
  NC_("25-aml-targeted.json: $.glossary[14].term", "IDH1 and IDH2"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[14].definition", "Two genes that make enzymes, proteins that speed up chemical work in cells. A change in one of them can help leukaemia cells grow. IDH inhibitors block the changed enzyme: [ivosidenib] and [olutasidenib] for IDH1, and [enasidenib] for IDH2."),
  NC_("25-aml-targeted.json: $.glossary[15].term", "NPM1"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("25-aml-targeted.json: $.glossary[15].definition", "A gene. Blood Cancer United says about 3 in 10 people newly diagnosed with [AML] (30%) have a change in it. [Menin inhibitors](glossary:menin-inhibitor) such as [revumenib] and [ziftomenib] can treat AML with this change when it comes back or does not respond."),
  NC_("25-aml-targeted.json: $.glossary[16].term", "KMT2A"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[16].definition", "A gene, also called lysine methyltransferase 2A. In some acute leukaemias, part of it breaks off and joins another chromosome. This is called a KMT2A translocation. [Revumenib] is approved in the US for acute leukaemia with this change that has come back or not responded."),
  NC_("25-aml-targeted.json: $.glossary[17].term", "menin inhibitor"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[17].definition", "A [targeted drug] that blocks a protein called menin. Leukaemia cells with a [KMT2A] or [NPM1] change rely on menin to survive. [Revumenib] and [ziftomenib] are menin inhibitors. Both are taken by mouth."),
  NC_("25-aml-targeted.json: $.glossary[18].term", "CD19"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[18].definition", "A protein on the surface of [B cells], including B-cell ALL cells. [Blinatumomab] and CAR T-cell treatments for ALL use it to find the leukaemia cells."),
  NC_("25-aml-targeted.json: $.glossary[19].term", "CD33"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[19].definition", "A protein marker on the surface of some [AML] cells. [Gemtuzumab ozogamicin] ([Mylotarg]) sticks to CD33 to find the leukaemia cells."),
  NC_("25-aml-targeted.json: $.glossary[20].term", "CD22"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[20].definition", "A protein on the surface of many B-cell ALL cells. [Inotuzumab ozogamicin] finds leukaemia cells by sticking to CD22."),
  NC_("25-aml-targeted.json: $.glossary[21].term", "monoclonal antibody"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.glossary[21].definition", "A man-made antibody: a protein made to stick to one exact target on a cell. Some carry a cell-killing drug straight into the leukaemia cell, such as [inotuzumab ozogamicin] and [gemtuzumab ozogamicin]."),
  NC_("25-aml-targeted.json: $.glossary[22].term", "B cells"),
  NC_("25-aml-targeted.json: $.glossary[22].definition", "A type of white blood cell that makes antibodies to fight infection. B-cell ALL starts in very young B cells. You may see it called B-cell precursor ALL."),
  NC_("25-aml-targeted.json: $.medicines[0].name", "gilteritinib"),
  NC_("25-aml-targeted.json: $.medicines[0].class", "targeted drug (FLT3 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[0].target", "the FLT3 protein"),
  NC_("25-aml-targeted.json: $.medicines[0].route", "tablets taken by mouth, at home"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[0].use", "For AML with an [FLT3] change that has come back or not responded. The American Cancer Society and the Canadian Cancer Society both list it. In England, NICE recommends it for adults (guidance TA642). NICE says it should not be given as maintenance treatment after a [stem cell transplant]. The US label has a boxed warning (its strongest kind of warning) about [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction as the leukaemia cells grow up. Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling."),
  NC_("25-aml-targeted.json: $.medicines[0].approvals[0].text", "Approved for adults with relapsed or refractory AML with an FLT3 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[0].approvals[1].text", "Recommended on its own for adults with relapsed or refractory FLT3-positive AML, if the company supplies it at the agreed price (TA642)."),
  NC_("25-aml-targeted.json: $.medicines[1].name", "ivosidenib"),
  NC_("25-aml-targeted.json: $.medicines[1].class", "targeted drug (IDH1 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[1].target", "the changed IDH1 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[1].route", "tablets taken by mouth, at home"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[1].use", "For AML with an [IDH1] change. The American Cancer Society lists it for AML that has come back or not responded. In the UK and EU it is licensed only as a first treatment for AML, so using it after a relapse is [off-label]. The US label has a boxed warning (its strongest kind of warning) about [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction as the leukaemia cells grow up. Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling."),
  NC_("25-aml-targeted.json: $.medicines[1].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH1 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[2].name", "olutasidenib"),
  NC_("25-aml-targeted.json: $.medicines[2].class", "targeted drug (IDH1 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[2].target", "the changed IDH1 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[2].route", "taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[2].use", "For adults with AML with an [IDH1] change that has come back or not responded. It is approved in the US. Ask your team whether you can have it where you live. The US label has a boxed warning (its strongest kind of warning) about [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction as the leukaemia cells grow up. Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling."),
  NC_("25-aml-targeted.json: $.medicines[2].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH1 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[3].name", "enasidenib"),
  NC_("25-aml-targeted.json: $.medicines[3].class", "targeted drug (IDH2 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[3].target", "the changed IDH2 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[3].route", "tablets taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[3].use", "For adults with AML with an [IDH2] change that has come back or not responded. It is licensed in the US but has no EU licence, so in the EU it is unlicensed. US prescribing advice is to take it for at least 6 months, to give it time to work, unless the leukaemia grows or the side effects are too bad. The US label has a boxed warning (its strongest kind of warning) about [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction as the leukaemia cells grow up. Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling."),
  NC_("25-aml-targeted.json: $.medicines[3].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH2 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[4].name", "gemtuzumab ozogamicin"),
  NC_("25-aml-targeted.json: $.medicines[4].class", "targeted drug (a monoclonal antibody joined to a cell-killing drug)"),
  NC_("25-aml-targeted.json: $.medicines[4].target", "the CD33 protein"),
  NC_("25-aml-targeted.json: $.medicines[4].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[4].use", "For AML whose cells carry the [CD33] marker. The American Cancer Society lists it for AML that does not go away or comes back, and as one choice for [APL] after a longer remission. The Canadian Cancer Society says it may be offered to people who are not strong enough for intensive chemo. In the UK and EU it is licensed only with first chemo, so after a relapse it is used [off-label]. The US label has a boxed warning (its strongest kind) about liver damage, including blocked veins in the liver (veno-occlusive disease). Call your hospital's 24-hour number straight away if you put on weight quickly, your tummy becomes swollen or painful, or your skin or eyes turn yellow."),
  NC_("25-aml-targeted.json: $.medicines[4].approvals[0].text", "Approved for adults with newly diagnosed CD33-positive AML, and for people aged 2 and over with CD33-positive AML that has come back or not responded."),
  NC_("25-aml-targeted.json: $.medicines[4].approvals[1].text", "Licensed in the EU with daunorubicin and cytarabine for people aged 15 and over with previously untreated CD33-positive AML (not APL)."),
  NC_("25-aml-targeted.json: $.medicines[5].name", "revumenib"),
  NC_("25-aml-targeted.json: $.medicines[5].class", "targeted drug (menin inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[5].target", "menin, a protein these leukaemia cells rely on"),
  NC_("25-aml-targeted.json: $.medicines[5].route", "tablets taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[5].use", "For acute leukaemia with a [KMT2A] translocation, and for AML with an [NPM1] change, when it has come back or not responded. The KMT2A approval covers acute leukaemia, so it can include ALL. The US label has boxed warnings (its strongest kind) about two things. [Differentiation syndrome](glossary:differentiation-syndrome): call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling. Heart rhythm (QT prolongation): you will have heart tracings (ECGs); call 999 or your local emergency number if you faint, and your hospital straight away if your heartbeat feels fast or uneven or you feel dizzy."),
  NC_("25-aml-targeted.json: $.medicines[5].approvals[0].text", "Approved for relapsed or refractory acute leukaemia with a KMT2A translocation, in adults and children aged 1 year and over."),
  NC_("25-aml-targeted.json: $.medicines[5].approvals[1].text", "Approval extended to relapsed or refractory AML with an NPM1 change."),
  NC_("25-aml-targeted.json: $.medicines[6].name", "ziftomenib"),
  NC_("25-aml-targeted.json: $.medicines[6].class", "targeted drug (menin inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[6].target", "menin, a protein these leukaemia cells rely on"),
  NC_("25-aml-targeted.json: $.medicines[6].route", "capsules taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[6].use", "For adults with AML with an [NPM1] change that has come back or not responded. The US label has a boxed warning (its strongest kind of warning) about [differentiation syndrome](glossary:differentiation-syndrome), a serious reaction as the leukaemia cells grow up. Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling."),
  NC_("25-aml-targeted.json: $.medicines[6].approvals[0].text", "Approved for adults with relapsed or refractory AML with an NPM1 change."),
  NC_("25-aml-targeted.json: $.medicines[7].name", "methotrexate"),
  NC_("25-aml-targeted.json: $.medicines[7].class", "chemotherapy"),
  NC_("25-aml-targeted.json: $.medicines[7].route", "into the spinal fluid during a lumbar puncture (intrathecal)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[7].use", "The Canadian Cancer Society names it, along with [cytarabine], as a drug put into the spinal fluid when AML has spread to the brain or spinal cord. This is called [intrathecal chemotherapy]. The US label has a boxed warning (its strongest kind) about serious side effects, including harm to an unborn baby and severe allergic reactions. Only a preservative-free form may be put into the spinal fluid. Use effective contraception during and after treatment, as your team advises. Call your hospital's 24-hour number straight away if you have a rash, swelling or trouble breathing, a high temperature, mouth sores, or any bleeding."),
  NC_("25-aml-targeted.json: $.topics[0].title", "Targeted treatments for AML"),
  NC_("25-aml-targeted.json: $.topics[0].summary", "What targeted drugs are, which gene changes or markers many of them match, the newer menin inhibitors, their main warnings, and why the medicines you can have depend on where you live."),
  NC_("25-aml-targeted.json: $.topics[0].key_points[0]", "Targeted drugs aim at proteins in or on leukaemia cells, and try to spare healthy cells."),
  NC_("25-aml-targeted.json: $.topics[0].key_points[1]", "Many of them only work if your leukaemia cells have a matching genetic change, so your samples are tested again when AML comes back. Venetoclax does not need one."),
  NC_("25-aml-targeted.json: $.topics[0].key_points[2]", "Whether a drug is licensed and paid for depends on where you live: some are licensed in the US but not in the UK or EU."),
  NC_("25-aml-targeted.json: $.topics[0].key_points[3]", "Several of these drugs can cause differentiation syndrome, a serious reaction: call your hospital's 24-hour number straight away if you have a fever, breathlessness, fast weight gain or swelling."),
  NC_("25-aml-targeted.json: $.topics[0].key_points[4]", "Revumenib can change the heart's rhythm and gemtuzumab ozogamicin can harm the liver. Know the signs and when to call."),
  NC_("25-aml-targeted.json: $.topics[0].sections[0].title", "What targeted treatment is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[0].text", "[Targeted treatment] uses medicines that aim at certain proteins in or on [leukaemia cells]. Leukaemia Care explains that they block these proteins. The aim is to kill leukaemia cells while doing as little harm as possible to healthy cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[1].text", "Many of these drugs only work if your leukaemia cells have a matching [genetic change](glossary:genetic-change) or marker. That is one reason your samples are tested again when AML comes back. See [signs and tests](topic:symptoms-and-tests). Not every targeted drug needs a match: [venetoclax] works without one. See [gentler treatment](topic:aml-non-intensive)."),
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[2].text", "Most of these medicines are tablets or capsules that you take at home. You usually keep taking them for as long as they help you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[3].text", "The Canadian Cancer Society says targeted therapy may be offered to people who are not strong enough for [intensive chemotherapy]. Your team will explain how it could fit into your own plan."),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].title", "Matching the drug to the change"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[0].text", "The table shows which drug matches which change. It is based on the American Cancer Society, the Canadian Cancer Society and Leukaemia Care. Not every drug is licensed in every country."),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].header[0]", "Change or marker in the leukaemia cells"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].header[1]", "Targeted drug"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].header[2]", "How you have it"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[0][0]", "A change in the [FLT3] gene"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[0][1]", "[Gilteritinib] ([Xospata])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[0][2]", "Tablets"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[1][0]", "A change in the [IDH1] gene"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[1][1]", "[Ivosidenib] ([Tibsovo]) or [olutasidenib] ([Rezlidhia])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[1][2]", "By mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[2][0]", "A change in the [IDH2] gene"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[2][1]", "[Enasidenib] ([Idhifa])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[2][2]", "Tablets"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[3][0]", "The [CD33] marker on the cell surface"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[3][1]", "[Gemtuzumab ozogamicin] ([Mylotarg])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[3][2]", "Drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[4][0]", "A change in the [NPM1] gene"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[4][1]", "[Revumenib] ([Revuforj]) or [ziftomenib] ([Komzifti])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[4][2]", "Tablets or capsules"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[5][0]", "A [KMT2A] translocation"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[5][1]", "[Revumenib] ([Revuforj])"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[1].rows[5][2]", "Tablets"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[2].text", "Your team will tell you which changes were found in your tests. If your leukaemia has none of these changes, they will talk with you about other treatments."),
  NC_("25-aml-targeted.json: $.topics[0].sections[2].title", "FLT3 changes: gilteritinib"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("25-aml-targeted.json: $.topics[0].sections[2].blocks[0].text", "[FLT3] is a gene that can help leukaemia cells grow and survive when it is changed. Leukaemia Care says up to about 3 in 10 people with AML (30%) have an FLT3 change. AML with this change is more likely to come back after standard treatment."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[2].blocks[1].text", "[Gilteritinib] ([Xospata]) blocks the FLT3 protein. The American Cancer Society and the Canadian Cancer Society both list it for FLT3-changed AML that has come back or not responded."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[2].blocks[2].text", "In England, NICE recommends gilteritinib for adults with relapsed or refractory AML with an FLT3 change (guidance TA642, 2020). NICE also says it should not be given as maintenance treatment after a [stem cell transplant]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[2].blocks[3].text", "Some people have an FLT3 drug with their first chemo: [midostaurin] or [quizartinib]. If you had one of these before, tell your team. It may affect what is suggested now."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].title", "IDH1 and IDH2 changes: IDH inhibitors"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[0].text", "[IDH1] and [IDH2] are genes that make enzymes. A change in one of them can help leukaemia cells grow. Drugs called IDH inhibitors block the changed enzyme."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[1].items[0]", "For an IDH1 change: [ivosidenib] ([Tibsovo]) or [olutasidenib] ([Rezlidhia])."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[1].items[1]", "For an IDH2 change: [enasidenib] ([Idhifa])."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[2].text", "The American Cancer Society lists all three for AML that has come back or not responded. In the US, all three are licensed for this. Chemo or a stem cell transplant may be other choices."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[3].title", "Licensed in the US, not always in the UK and EU"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[3].text", "In the UK and EU, ivosidenib is licensed only as a first treatment for AML, so using it after a relapse is [off-label](glossary:off-label). The company withdrew its EU application for relapsed AML in 2020. Enasidenib has no EU licence: its application was withdrawn in 2019, so there it is [unlicensed](glossary:unlicensed-medicine), and you could usually only get it in a trial or through early access. Ask your team what you can have where you live."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].title", "The CD33 marker: gemtuzumab ozogamicin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[0].text", "[CD33] is a marker on the surface of some AML cells. [Gemtuzumab ozogamicin] ([Mylotarg]) is a [monoclonal antibody] joined to a drug that kills cells. It sticks to CD33 and takes the drug into the leukaemia cell."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[1].text", "The American Cancer Society lists it for AML that does not go away or comes back. The Canadian Cancer Society says it may be offered to people with CD33-positive AML who are not strong enough for intensive chemo. In the US it is licensed for AML that has come back. In the UK and EU it is licensed only with first chemo, so using it after a relapse is [off-label](glossary:off-label)."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[2].text", "You have it as a drip into a vein. It can badly harm the liver: small veins in the liver can become blocked (veno-occlusive disease). Your team checks your liver with blood tests. The risk is higher if you have a stem cell transplant before or after it."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[3].title", "Liver warning signs with gemtuzumab ozogamicin"),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[3].text", "Call your hospital's 24-hour number straight away if you put on weight quickly, your tummy becomes swollen or painful (especially on the right, under the ribs), or your skin or the whites of your eyes turn yellow."),
  NC_("25-aml-targeted.json: $.topics[0].sections[5].title", "KMT2A and NPM1 changes: menin inhibitors"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[0].text", "Menin is a protein. Leukaemia cells with a [KMT2A] or an [NPM1] change rely on it to survive. A [menin inhibitor] blocks it. These are newer medicines, and you take them by mouth."),
  /* xgettext:no-c-format */
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[1].text", "NPM1 changes are common. Blood Cancer United, which used to be called the Leukemia & Lymphoma Society, says about 3 in 10 people newly diagnosed with AML (30%) have one. A KMT2A translocation means part of the KMT2A gene has broken off and joined another chromosome."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[2].items[0]", "[Revumenib] ([Revuforj]) is for acute leukaemia with a KMT2A translocation, and for AML with an NPM1 change, when it has come back or not responded. The KMT2A approval covers acute leukaemia, so it can include ALL as well as AML."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[2].items[1]", "[Ziftomenib] ([Komzifti]) is for adults with AML with an NPM1 change that has come back or not responded. It is taken once a day."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[3].text", "Both are licensed in the US. They may not be licensed or available where you live yet. A [clinical trial](topic:clinical-trials) or an early access scheme may be another way to get a newer medicine."),
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[4].title", "Heart rhythm with revumenib"),
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[4].text", "Revumenib can change the heart's rhythm. You will have heart tracings (ECGs) before and during treatment. Call 999 (or your local emergency number) if you faint. Call your hospital's 24-hour number straight away if your heartbeat feels fast, pounding or uneven, or you feel dizzy or light-headed."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].title", "Newer medicines and approvals"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[0].text", "Each country decides which medicines are licensed, and which are paid for. A medicine licensed in one country may not be available in another. A licence may also cover only some people, such as adults. The FDA licenses medicines in the United States. NICE advises the NHS in England on which medicines to fund."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].header[0]", "Date"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].header[1]", "Who decided"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].header[2]", "What they decided"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[0][0]", "2020"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[0][1]", "NICE (England)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[0][2]", "[Gilteritinib] recommended for adults with relapsed or refractory AML with an [FLT3] change (TA642)."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[1][0]", "1 December 2022"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[1][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[1][2]", "[Olutasidenib] ([Rezlidhia]) approved for adults with relapsed or refractory AML with an [IDH1] change."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[2][0]", "15 November 2024"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[2][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[2][2]", "[Revumenib] ([Revuforj]) approved for relapsed or refractory acute leukaemia with a [KMT2A] translocation, in adults and children aged 1 and over."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[3][0]", "October 2025"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[3][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[3][2]", "Revumenib approval extended to relapsed or refractory AML with an [NPM1] change."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[4][0]", "13 November 2025"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[4][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[1].rows[4][2]", "[Ziftomenib] ([Komzifti]) approved for adults with relapsed or refractory AML with an NPM1 change."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[2].text", "Older approvals are listed with each medicine in the [medicines list](topic:medicines). Licences change over time. Your team knows which medicines you can have where you are treated."),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].title", "Side effects to know about"),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[0].text", "Targeted drugs aim to spare healthy cells, but they can still cause side effects. Your team will tell you what to look out for with your medicine."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[1].text", "The US labels for [gilteritinib], [ivosidenib], [olutasidenib], [enasidenib], [revumenib] and [ziftomenib] all have a boxed warning (their strongest kind) about [differentiation syndrome](glossary:differentiation-syndrome). This is a serious reaction that happens as the leukaemia cells grow up. It can be life-threatening if it is not treated quickly."),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[2].title", "Call your hospital straight away"),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[2].text", "Call your hospital's 24-hour number straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling. These can be signs of differentiation syndrome. Use the 24-hour number your team gave you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[3].text", "Gemtuzumab ozogamicin can harm the liver: see [its warning signs](topic:aml-targeted#cd33). Revumenib can change the heart's rhythm: see [when to call](topic:aml-targeted#menin-inhibitors). Ask your team which checks you will have. For help with side effects, see [supportive care](topic:supportive-care)."),
  NC_("25-aml-targeted.json: $.topics[0].questions[0]", "Have my leukaemia cells been tested for changes such as FLT3, IDH1, IDH2, NPM1 and KMT2A?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[1]", "Is there a targeted drug that matches my leukaemia?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[2]", "Is this medicine licensed and paid for here, or would it be off-label or unlicensed?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[3]", "Could I get one of the newer medicines through a clinical trial?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[4]", "How long will I take it, and how will we know if it is working?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[5]", "Which side effects mean I should call the hospital straight away?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[6]", "Can I take it with my other medicines?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[7]", "Could a targeted drug be part of a plan that includes a stem cell transplant?"),
  NC_("25-aml-targeted.json: $.topics[1].title", "Stem cell transplant for AML"),
  NC_("25-aml-targeted.json: $.topics[1].summary", "What a stem cell transplant involves, the two main types, when it may be offered after AML comes back, and what can be done if AML returns after a transplant."),
  NC_("25-aml-targeted.json: $.topics[1].key_points[0]", "A stem cell transplant gives you new blood-making cells after high-dose treatment."),
  NC_("25-aml-targeted.json: $.topics[1].key_points[1]", "For AML that has come back, a donor (allogeneic) transplant is usually preferred. It is only for people fit enough."),
  NC_("25-aml-targeted.json: $.topics[1].key_points[2]", "It often follows a new remission, and for some people it gives a chance of a cure."),
  NC_("25-aml-targeted.json: $.topics[1].key_points[3]", "If AML comes back after a transplant, there may still be options, such as donor lymphocytes, targeted drugs or a trial."),
  NC_("25-aml-targeted.json: $.topics[1].key_points[4]", "After a transplant, a high temperature or feeling suddenly unwell is an emergency: call your transplant team straight away."),
  NC_("25-aml-targeted.json: $.topics[1].sections[0].title", "What a stem cell transplant is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[0].blocks[0].text", "Stem cells are young cells in your [bone marrow]. They grow into your red cells, white cells and [platelets]. A [stem cell transplant], which many people call a bone marrow transplant, gives you new stem cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[0].blocks[1].text", "First you have high-dose [chemo], and sometimes [radiotherapy]. This is called [conditioning]. Then the new stem cells go into your blood through a drip. After that, you wait for them to start making new blood cells."),
  NC_("25-aml-targeted.json: $.topics[1].sections[0].blocks[2].text", "Leukaemia Care says a transplant is a very intensive treatment. It is only for people who are fit enough. You will usually be in hospital for several weeks. Getting back to normal can take many months."),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].title", "Donor cells or your own cells"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[0].text", "There are two main types: an [allogeneic transplant] and an [autologous transplant]."),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[1].items[0].term", "Allogeneic transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[1].items[0].definition", "The stem cells come from another person, your [donor]. This may be a relative or a volunteer you do not know. The Canadian Cancer Society says this is the preferred type for relapsed or refractory AML."),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[1].items[1].term", "Autologous transplant"),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[1].items[1].definition", "Your own stem cells are collected and stored. They are given back to you after the high-dose treatment. The Canadian Cancer Society says this may be an option if no matched donor can be found."),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[2].text", "With a donor transplant, you also get the donor’s immune system. Macmillan explains that this helps your body get rid of any leukaemia cells that are left."),
  NC_("25-aml-targeted.json: $.topics[1].sections[1].blocks[3].text", "Your team will look for a donor whose tissue type matches yours. Ask them how the search works and how long it may take."),
  NC_("25-aml-targeted.json: $.topics[1].sections[2].title", "When a transplant may be offered"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[2].blocks[0].text", "A transplant is not right for everyone. Your team thinks about your age, how fit you are, and how your AML has behaved. See [how your team decides](topic:aml-treatment-choices)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[2].blocks[1].items[0]", "The Canadian Cancer Society says a transplant may be offered if AML comes back soon after a first [complete remission]."),
  NC_("25-aml-targeted.json: $.topics[1].sections[2].blocks[1].items[1]", "It may also be offered to people in a second remission."),
  NC_("25-aml-targeted.json: $.topics[1].sections[2].blocks[1].items[2]", "The American Cancer Society says a transplant may help some people whose AML has not gone away, because it lets doctors use higher doses of chemo."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[2].blocks[2].text", "The American Cancer Society also gives guidance for younger people, based on how long the remission lasted. Read it in [why the length of remission matters](topic:aml-treatment-choices#remission-length)."),
  NC_("25-aml-targeted.json: $.topics[1].sections[3].title", "Radiotherapy and the brain and spinal cord"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[3].blocks[0].text", "[Radiotherapy] uses high-energy rays to destroy cancer cells. The Canadian Cancer Society says it may be part of the conditioning before a transplant. Some people have it together with the high-dose chemo."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[3].blocks[1].text", "Radiotherapy can also treat AML that has spread to the brain and spinal cord, called the [central nervous system] ([CNS]). It may be given with [intrathecal chemotherapy]: chemo put into the spinal fluid. The drug used is [methotrexate] or [cytarabine]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[3].blocks[2].text", "Read more in [AML in the brain or spinal fluid](topic:aml-treatment-choices#brain-and-spinal-fluid)."),
  NC_("25-aml-targeted.json: $.topics[1].sections[4].title", "If AML comes back after a transplant"),
  NC_("25-aml-targeted.json: $.topics[1].sections[4].blocks[0].text", "Sometimes AML comes back even after a transplant. This is very hard news. There may still be things that can help."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[4].blocks[1].text", "The Canadian Cancer Society says other treatments may be offered. One is a [donor lymphocyte infusion] ([DLI]). You are given a drip of lymphocytes, a type of white blood cell, from your stem cell donor. These cells can help your body fight the leukaemia."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[4].blocks[2].text", "Ask your team which other options could suit you. These might include [targeted treatment](topic:aml-targeted) or a [clinical trial](topic:clinical-trials). For some people, a second transplant is possible: see [a second transplant](topic:transplant-risks#second-transplant)."),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].title", "Before and after the transplant"),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[0].text", "Transplants are only done in specialist units. Macmillan says some people have to travel quite far to reach one."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[1].text", "Your blood counts will be very low for a while after the high-dose treatment. You will have [supportive care](topic:supportive-care) to help, such as [transfusions] and medicines to prevent infection. A donor transplant also has serious risks, such as infections and [graft-versus-host disease](glossary:gvhd) (GVHD), where the donor's immune cells attack your body. See [transplant risks, donors and recovery](topic:transplant-risks). The high-dose treatment can also affect whether you can have children: see [fertility](topic:fertility)."),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[2].title", "Call your hospital straight away"),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[2].text", "Call your transplant team's 24-hour number straight away if you have a high temperature, feel hot and shivery, or suddenly feel unwell. Call too if you have any bleeding or new bruising."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[3].text", "Many people find the months after a transplant hard, in body and mind. You do not have to cope alone. See [getting support](topic:getting-support)."),
  NC_("25-aml-targeted.json: $.topics[1].questions[0]", "Am I fit enough for a stem cell transplant, and why do you think so?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[1]", "Would I have donor cells or my own cells, and why?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[2]", "Has a donor been found, or how long might the search take?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[3]", "Will I have radiotherapy as part of the conditioning?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[4]", "How long will I be in hospital, and where is the transplant unit?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[5]", "What are the main risks of a transplant for me?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[6]", "What could we do if my AML comes back after the transplant? Could DLI be an option?"),
  NC_("25-aml-targeted.json: $.topics[1].questions[7]", "What support will my family and I have during recovery?"),
  NC_("27-aml-medicines.json: $.medicines[0].name", "midostaurin"),
  NC_("27-aml-medicines.json: $.medicines[0].class", "targeted drug (FLT3 inhibitor)"),
  NC_("27-aml-medicines.json: $.medicines[0].target", "the FLT3 protein"),
  NC_("27-aml-medicines.json: $.medicines[0].route", "capsules taken by mouth twice a day, with food"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("27-aml-medicines.json: $.medicines[0].use", "Used with the first intensive chemo for newly diagnosed AML with an [FLT3] change, not usually for AML that has come back. NICE recommends it with chemo, and then on its own as maintenance treatment after a complete remission (TA523). If you had it before, tell your team: it may shape what is suggested now. Its US label has no boxed warning. It can rarely cause lung inflammation: call your hospital's 24-hour number straight away if you get a new or worse cough or feel short of breath."),
  NC_("27-aml-medicines.json: $.medicines[0].approvals[0].text", "Recommended for adults with newly diagnosed FLT3-positive AML, with standard chemo and then alone as maintenance (TA523)."),
  NC_("27-aml-medicines.json: $.medicines[1].name", "quizartinib"),
  NC_("27-aml-medicines.json: $.medicines[1].class", "targeted drug (FLT3 inhibitor)"),
  NC_("27-aml-medicines.json: $.medicines[1].target", "the FLT3 protein, when it has a change called ITD"),
  NC_("27-aml-medicines.json: $.medicines[1].route", "tablets taken by mouth once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("27-aml-medicines.json: $.medicines[1].use", "Used with the first intensive chemo, and then on its own as maintenance, for adults with newly diagnosed AML with an FLT3-ITD change (a kind of [FLT3] change). It is not for AML that has come back. NICE recommends it (TA1013). The US label has a boxed warning (its strongest kind) about heart rhythm: it can cause a dangerous change in rhythm and the heart can stop. You will have heart tracings (ECGs) often, and blood tests for potassium and magnesium. Call 999 (or your local emergency number) if you faint. Call your hospital's 24-hour number straight away if your heartbeat feels fast, pounding or uneven, or you feel dizzy."),
  NC_("27-aml-medicines.json: $.medicines[1].approvals[0].text", "Approved with standard chemo and then alone as maintenance for adults with newly diagnosed FLT3-ITD-positive AML, but not as maintenance after a donor stem cell transplant."),
  NC_("27-aml-medicines.json: $.medicines[1].approvals[1].text", "Recommended for adults with newly diagnosed FLT3-ITD-positive AML, with chemo and then alone as maintenance (TA1013)."),
  NC_("27-aml-medicines.json: $.medicines[2].name", "CPX-351 (daunorubicin and cytarabine in liposomes)"),
  NC_("27-aml-medicines.json: $.medicines[2].class", "chemotherapy (two chemo drugs held together in tiny fat bubbles called liposomes)"),
  NC_("27-aml-medicines.json: $.medicines[2].route", "drip into a vein, in hospital"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("27-aml-medicines.json: $.medicines[2].use", "An intensive chemo for newly diagnosed AML that was caused by earlier cancer treatment, or AML with myelodysplasia-related changes (AML that grew out of another bone marrow disorder, or has similar changes). NICE recommends it for adults with these types (TA552). It is not the same as giving [daunorubicin] and [cytarabine] separately, and the doses are different. The US label has a boxed warning (its strongest kind) that it must not be swapped with other forms of these drugs. If you are not sure which medicine you are being given, ask your nurse before the drip starts. Like other intensive chemo, it lowers your blood counts: call your hospital's 24-hour number straight away if you have a high temperature or any bleeding."),
  NC_("27-aml-medicines.json: $.medicines[2].approvals[0].text", "Recommended for adults with untreated therapy-related AML or AML with myelodysplasia-related changes (TA552)."),
  NC_("27-aml-medicines.json: $.medicines[3].name", "oral azacitidine"),
  NC_("27-aml-medicines.json: $.medicines[3].class", "hypomethylating agent (a chemo drug that switches on genes that help stop cancer cells growing)"),
  NC_("27-aml-medicines.json: $.medicines[3].route", "tablets taken by mouth once a day, for 14 days of each 28-day cycle"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("27-aml-medicines.json: $.medicines[3].use", "Maintenance treatment to help keep AML away. It is for adults in a first complete remission after intensive chemo who cannot have a stem cell transplant (NICE also includes people who do not want one) (TA827). It is not used to treat AML that has come back. It is not the same as [azacitidine] injections: the two cannot be swapped. Its US label has no boxed warning. You may be given anti-sickness medicine. Call your hospital's 24-hour number straight away if you have a high temperature or feel suddenly unwell, as it can lower your blood counts."),
  NC_("27-aml-medicines.json: $.medicines[3].approvals[0].text", "Recommended as maintenance for adults with AML in complete remission after induction who cannot have, or do not want, a stem cell transplant (TA827)."),
  NC_("30-all.json: $.medicines[0].name", "blinatumomab"),
  NC_("30-all.json: $.medicines[0].class", "immunotherapy (an antibody that links T cells to leukaemia cells)"),
  NC_("30-all.json: $.medicines[0].target", "CD19 on B cells, and CD3 on T cells"),
  NC_("30-all.json: $.medicines[0].route", "a drip into a vein that runs day and night through a small pump, usually 4 weeks on and 2 weeks off"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[0].use", "For [B-cell] ALL that has come back or not responded, and in some countries for ALL in remission with [MRD] still found. It joins your [T cells] to the [CD19] marker on the leukaemia cells, so the T cells can kill them. You start it in hospital, and later some people carry on at home. Its US label has a [boxed warning] about [cytokine release syndrome] and effects on the brain and nerves ([ICANS]). Call your team's 24-hour number at once if you get a fever, confusion, shaking, trouble speaking or a fit. Do not drive while you are having it."),
  NC_("30-all.json: $.medicines[1].name", "inotuzumab ozogamicin"),
  NC_("30-all.json: $.medicines[1].class", "targeted drug (a monoclonal antibody joined to a cell-killing drug)"),
  NC_("30-all.json: $.medicines[1].target", "the CD22 protein"),
  NC_("30-all.json: $.medicines[1].route", "drip into a vein, about 1 hour each time, in cycles of 3 or 4 weeks"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[1].use", "For B-cell precursor ALL that has come back or not responded. In England, NICE says adults can have it after at least one earlier treatment, or for [Philadelphia-positive] ALL after at least one [TKI]. Cancer Research UK says people usually have 2 or 3 cycles before a stem cell transplant. Its US label has a [boxed warning] about liver damage, including veno-occlusive disease, where small veins in the liver get blocked, and about a higher risk of death from causes other than leukaemia after a transplant. Call your team's 24-hour number at once if you gain weight fast, your tummy becomes swollen or painful, or your skin or eyes turn yellow."),
  NC_("30-all.json: $.medicines[1].approvals[0].text", "Approved for children aged 1 year and over with relapsed or refractory CD22-positive B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[2].name", "tisagenlecleucel"),
  NC_("30-all.json: $.medicines[2].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[2].route", "a one-off drip of your own changed T cells"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[2].use", "For children and young people up to age 25 with B-cell ALL that is refractory, has come back after a transplant, or has come back a second or later time. That is its licence in the UK and EU. In the US it is licensed for refractory ALL, or ALL that has come back a second or later time. Its US label has a [boxed warning] about [cytokine release syndrome], effects on the brain and nerves ([ICANS]), and new blood cancers, such as ones that start in [T cells], which have happened after CAR T-cell therapies. You will need check-ups for new cancers for the rest of your life. Call your CAR T team's 24-hour number at once if you get a fever, confusion, shaking or trouble speaking. Afterwards you must stay near the treatment centre and must not drive for some weeks: your centre will tell you how long."),
  NC_("30-all.json: $.medicines[2].approvals[0].text", "Recommended for routine NHS use in England for people aged 25 and under with B-cell ALL that is refractory, has relapsed after a transplant, or has relapsed a second or later time (TA975)."),
  NC_("30-all.json: $.medicines[3].name", "brexucabtagene autoleucel"),
  NC_("30-all.json: $.medicines[3].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[3].target", "the CD19 protein"),
  NC_("30-all.json: $.medicines[3].route", "a single drip of your own changed T cells, after a short course of chemo"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[3].use", "For adults with B-cell precursor ALL that has come back or not responded. In England, NICE recommends it within the Cancer Drugs Fund for people aged 26 and over. Its US label has a [boxed warning] about [cytokine release syndrome], effects on the brain and nerves ([ICANS]), and new blood cancers, such as ones that start in [T cells], which have happened after CAR T-cell therapies. You will need check-ups for new cancers for the rest of your life. Call your CAR T team's 24-hour number at once if you get a fever, confusion, shaking or trouble speaking. Afterwards you must stay near the treatment centre and must not drive for some weeks: your centre will tell you how long."),
  NC_("30-all.json: $.medicines[3].approvals[0].text", "Approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[3].approvals[1].text", "Recommended for use within the Cancer Drugs Fund for people aged 26 and over with relapsed or refractory B-cell ALL (TA893)."),
  NC_("30-all.json: $.medicines[4].name", "obecabtagene autoleucel"),
  NC_("30-all.json: $.medicines[4].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[4].target", "the CD19 protein"),
  NC_("30-all.json: $.medicines[4].route", "a drip of your own changed T cells, split into 2 doses about 10 days apart, after a short course of chemo"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[4].use", "For adults with B-cell precursor ALL that has come back or not responded. In England, NICE recommends it for people aged 26 and over. Also called obe-cel. Its US label has a [boxed warning] about [cytokine release syndrome], effects on the brain and nerves ([ICANS]), and new blood cancers, such as ones that start in [T cells], which have happened after CAR T-cell therapies. You will need check-ups for new cancers for the rest of your life. Call your CAR T team's 24-hour number at once if you get a fever, confusion, shaking or trouble speaking. Afterwards you must stay near the treatment centre and must not drive for some weeks: your centre will tell you how long."),
  NC_("30-all.json: $.medicines[4].approvals[0].text", "Approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[4].approvals[1].text", "Recommended in England for people aged 26 and over with relapsed or refractory B-cell precursor ALL (TA1116)."),
  NC_("30-all.json: $.medicines[5].name", "ponatinib"),
  NC_("30-all.json: $.medicines[5].class", "targeted drug (tyrosine kinase inhibitor)"),
  NC_("30-all.json: $.medicines[5].target", "the BCR-ABL protein"),
  NC_("30-all.json: $.medicines[5].route", "tablets taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[5].use", "For [Philadelphia-positive] ALL. It can work when the leukaemia has a change called T315I, or when other TKIs have not worked or are not suitable. In England, NICE names it as one usual treatment for relapsed or refractory Philadelphia-positive ALL. Its US label has a [boxed warning] about blocked arteries (which can cause a heart attack or stroke), blood clots in veins, heart failure and liver damage. Call 999 (or your local emergency number) at once if you have chest pain, weakness or numbness on one side, or trouble speaking. Call your team's 24-hour number straight away if you get a painful swollen leg, breathlessness, or yellow skin or eyes."),
  NC_("30-all.json: $.medicines[6].name", "dasatinib"),
  NC_("30-all.json: $.medicines[6].class", "targeted drug (tyrosine kinase inhibitor)"),
  NC_("30-all.json: $.medicines[6].target", "the BCR-ABL protein"),
  NC_("30-all.json: $.medicines[6].route", "tablets taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[6].use", "For [Philadelphia-positive] ALL, including in adults whose leukaemia did not respond to, or who could not take, an earlier treatment. It has no [boxed warning]. Its label warns about low blood counts, bleeding, fluid around the lungs and high blood pressure in the lungs. Call your team's 24-hour number at once if you have any bleeding, signs of infection, or new or worse breathlessness, cough or chest pain."),
  NC_("30-all.json: $.medicines[7].name", "imatinib"),
  NC_("30-all.json: $.medicines[7].class", "targeted drug (tyrosine kinase inhibitor)"),
  NC_("30-all.json: $.medicines[7].target", "the BCR-ABL protein"),
  NC_("30-all.json: $.medicines[7].route", "tablets taken by mouth, with food"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[7].use", "For [Philadelphia-positive] ALL: in the US it is approved on its own for adults whose ALL has come back or not responded, and with chemo for children who are newly diagnosed. It has no [boxed warning]. Its label warns about fluid build-up and swelling, low blood counts and bleeding. Call your team's 24-hour number at once if you gain weight fast, become breathless, or have any bleeding or signs of infection."),
  NC_("30-all.json: $.medicines[8].name", "nelarabine"),
  NC_("30-all.json: $.medicines[8].class", "chemotherapy (an antimetabolite)"),
  NC_("30-all.json: $.medicines[8].route", "a drip into a vein, on set days of each cycle"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[8].use", "For [T-cell] ALL that has not responded to, or has come back after, at least two earlier chemo treatments. Its US label has a [boxed warning] about serious effects on the brain and nerves: great sleepiness, confusion, fits, and numbness, tingling or weakness that can lead to paralysis. These do not always go away when the drug is stopped. Call your team's 24-hour number at once if you notice any of them. Do not drive while you are having it."),
  NC_("30-all.json: $.topics[0].title", "When ALL comes back or does not respond"),
  NC_("30-all.json: $.topics[0].summary", "What relapsed and refractory ALL mean, how often they happen, how MRD tests help, the signs to look out for, and what affects the outlook."),
  NC_("30-all.json: $.topics[0].key_points[0]", "Relapsed ALL has come back after a remission. Refractory ALL did not go into remission with treatment."),
  NC_("30-all.json: $.topics[0].key_points[1]", "MRD tests find very small amounts of leukaemia. A negative result is good news, but it does not rule out a relapse."),
  NC_("30-all.json: $.topics[0].key_points[2]", "Call your hospital's 24-hour number at once if you have a fever, feel suddenly unwell, or have any bleeding or new bruising."),
  NC_("30-all.json: $.topics[0].key_points[3]", "The outlook depends on where and when ALL came back and how it responds to treatment. Figures describe groups, not you."),
  NC_("30-all.json: $.topics[0].sections[0].title", "What relapsed and refractory mean"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[0].blocks[0].items[0]", "**Relapsed** [ALL]: treatment brought a [remission], but later the leukaemia came back."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[0].blocks[0].items[1]", "**Refractory** ALL: treatment did not bring a remission, because it did not kill enough [leukaemia cells]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("30-all.json: $.topics[0].sections[0].blocks[1].text", "Leukaemia Care says a remission means three things. Your blood counts are back to normal. Fewer than 5 in every 100 cells in your [bone marrow] (5%) are leukaemia cells. And no leukaemia can be found anywhere else in your body. The page on [remission](topic:relapse-basics#remission) explains this in more detail."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[0].blocks[2].text", "The first treatment for ALL aims to bring a remission. Leukaemia Care says it may use [chemo], or immunotherapy drugs, for example [blinatumomab] and [inotuzumab ozogamicin]."),
  NC_("30-all.json: $.topics[0].sections[1].title", "How often it happens"),
  NC_("30-all.json: $.topics[0].sections[1].blocks[0].text", "Leukaemia Care gives these figures:"),
  /* xgettext:no-c-format */
  NC_("30-all.json: $.topics[0].sections[1].blocks[1].items[0]", "Between about 1 in 7 and 1 in 5 children treated for ALL (15 to 20%) have a relapse."),
  /* xgettext:no-c-format */
  NC_("30-all.json: $.topics[0].sections[1].blocks[1].items[1]", "About 2 in 5 adults treated for ALL (40%) have a relapse."),
  /* xgettext:no-c-format */
  NC_("30-all.json: $.topics[0].sections[1].blocks[1].items[2]", "About 1 in 5 people with ALL (20%) do not respond to their first treatment. Doctors call this primary resistant disease."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("30-all.json: $.topics[0].sections[1].blocks[2].text", "Most adults who are fit enough for standard first treatment do reach a [complete remission]. In a large UK and US trial of adults aged 60 or under, published in 2005, about 9 in 10 (91%) did. In the same trial, about 7 in 10 of those aged 55 to 65 (73%) did. So this trial found fewer people without a response than Leukaemia Care's figure. Even so, many people need more treatment later, because ALL can come back."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[1].blocks[3].text", "When ALL comes back, treatment usually aims first for a new remission. For some people, a donor stem cell transplant or CAR T-cell therapy may then follow, to try to keep the leukaemia away. See [treatment for relapsed ALL](topic:all-treatment)."),
  NC_("30-all.json: $.topics[0].sections[1].blocks[4].title", "Numbers describe groups"),
  NC_("30-all.json: $.topics[0].sections[1].blocks[4].text", "These figures come from Leukaemia Care and from one large trial. They describe large groups of people treated in the past, and treatment keeps changing. They cannot tell you what will happen to you. Your team can talk with you about your own situation."),
  NC_("30-all.json: $.topics[0].sections[2].title", "MRD: finding very small amounts of leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[0].text", "[MRD] tests look for tiny amounts of leukaemia that are too small to see under a microscope. They use a blood sample or a [bone marrow sample]. Labs often use [flow cytometry] or [PCR] tests."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[1].items[0]", "**MRD positive**: the test found leukaemia cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[1].items[1]", "**MRD negative**: the test found none. Any leukaemia left is below what the test can find, often about 1 cell in 10,000 or fewer, depending on the test."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[2].text", "An MRD negative result lowers the chance that ALL will come back, but it does not rule it out. If MRD turns positive again later, this is called an [MRD relapse]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[3].text", "Leukaemia Care says MRD gives a very exact picture of a remission. It can also show a relapse early. Studies show that if MRD is still found after [induction] chemo, ALL is more likely to come back."),
  NC_("30-all.json: $.topics[0].sections[2].blocks[4].text", "Your team should explain your results to you. It is fine to ask them to go through the results again."),
  NC_("30-all.json: $.topics[0].sections[3].title", "Signs that ALL may be back"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[0].text", "Leukaemia Care says relapsed ALL causes the same kind of symptoms as ALL that has just been found. They include:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[0]", "[Anaemia]: feeling tired, breathless or dizzy because you have too few [red blood cells]"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[1]", "pain in your bones or joints"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[2]", "bruising easily, or tiny red spots on the skin called [petechiae]"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[3]", "a fever (high temperature)"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[4]", "infections that keep coming back"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[5]", "pain in your tummy (abdomen)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[6]", "swollen [lymph nodes]"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[1].items[7]", "feeling short of breath or finding it hard to breathe, which doctors call dyspnoea"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[2].title", "When to call your hospital"),
  NC_("30-all.json: $.topics[0].sections[3].blocks[2].text", "Call your hospital's 24-hour number straight away if you have a high temperature, feel hot and shivery, suddenly feel unwell, or have any bleeding or new bruising. Do not wait to see if it gets better."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[3].text", "If you notice any of the other signs, such as bone pain or getting more tired, tell your [haematology team]. Do not wait for your next appointment."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[4].text", "Your team will then arrange tests. See [signs and tests](topic:symptoms-and-tests)."),
  NC_("30-all.json: $.topics[0].sections[4].title", "What affects the outlook"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[0].text", "Your [outlook] means how things are likely to go. For relapsed ALL, Leukaemia Care says it depends on:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[1].items[0]", "**where the leukaemia came back**: in the bone marrow, the [central nervous system] (brain and spinal cord), or the testicles"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[1].items[1]", "**how long it was** between first being diagnosed and the relapse"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[1].items[2]", "**your age** when ALL was first found"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[1].items[3]", "**how well it responded** after the first month of [reinduction] treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[1].items[4]", "**how many relapses** there have been: a first, a second, or more"),
  NC_("30-all.json: $.topics[0].sections[4].blocks[2].text", "These are the things Leukaemia Care says matter most. They come from what has happened to large groups of people. They cannot say what will happen to you."),
  NC_("30-all.json: $.topics[0].sections[4].blocks[3].text", "Your team will explain what these mean for you, and what your next treatment aims for. You can ask as much, or as little, as you want to know."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[4].text", "See [treatment for relapsed ALL](topic:all-treatment) for the options. For help with feelings and practical things, see [getting support](topic:getting-support)."),
  NC_("30-all.json: $.topics[0].sections[4].blocks[5].title", "Leukaemia Care helpline"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[5].text", "Leukaemia Care runs a free helpline on [08088 010 444](tel:08088010444). Their WhatsApp number is [07500 068 065](tel:07500068065). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("30-all.json: $.topics[0].questions[0]", "Has my ALL relapsed, or is it refractory?"),
  NC_("30-all.json: $.topics[0].questions[1]", "Where has the leukaemia come back: in the bone marrow, the brain and spinal fluid, or somewhere else?"),
  NC_("30-all.json: $.topics[0].questions[2]", "What did my MRD test show, and when will I have the next one?"),
  NC_("30-all.json: $.topics[0].questions[3]", "How long was I in remission, and what does that mean for me?"),
  NC_("30-all.json: $.topics[0].questions[4]", "What do the things that affect the outlook mean in my case?"),
  NC_("30-all.json: $.topics[0].questions[5]", "Which signs should make me call you straight away, and which number should I use?"),
  NC_("30-all.json: $.topics[0].questions[6]", "Who can I talk to about how I am feeling?"),
  NC_("30-all.json: $.topics[1].title", "Treatment for relapsed or refractory ALL"),
  NC_("30-all.json: $.topics[1].summary", "The main options when ALL comes back or does not respond: blinatumomab, inotuzumab ozogamicin, TKIs for Philadelphia-positive ALL, CAR T-cell therapy, stem cell transplant, chemo and treatment for the brain and spinal cord, with their main warnings and approvals."),
  NC_("30-all.json: $.topics[1].key_points[0]", "In England, NICE says the usual treatments for relapsed or refractory B-cell ALL are blinatumomab, inotuzumab ozogamicin, or ponatinib for Philadelphia-positive ALL."),
  NC_("30-all.json: $.topics[1].key_points[1]", "Some people then have a donor stem cell transplant. CAR T-cell therapy is another option, and which one depends on age."),
  NC_("30-all.json: $.topics[1].key_points[2]", "These treatments can have serious side effects. Call your team's 24-hour number at once with a fever, confusion, a fit, fast weight gain or a swollen, painful tummy."),
  NC_("30-all.json: $.topics[1].key_points[3]", "After CAR T-cell therapy you must stay near the treatment centre and must not drive for some weeks."),
  NC_("30-all.json: $.topics[1].key_points[4]", "Ask your team which treatments are licensed and paid for where you live."),
  NC_("30-all.json: $.topics[1].sections[0].title", "How your team plans treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[0].text", "If ALL comes back or does not respond, you will need more treatment. A [multidisciplinary team] ([MDT]) plans it. This is a group of doctors, nurses and other experts who meet to talk about your care."),
  NC_("30-all.json: $.topics[1].sections[0].blocks[1].text", "They know your ALL in detail, and your past health. They suggest the options that should suit you best. You then decide together."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[2].text", "In England, NICE says the usual treatment for relapsed or refractory [B-cell] ALL is [blinatumomab], [inotuzumab ozogamicin] or, for [Philadelphia-positive] ALL, [ponatinib]. Some people then go on to a donor [stem cell transplant]. People aged 25 and under may have the CAR T-cell therapy [tisagenlecleucel]. People aged 26 and over may have [obecabtagene autoleucel]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].text", "Chemo, treatment for the brain and spinal cord, and [radiotherapy] are also used, often alongside these. Leukaemia Care lists all of these options."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[4].text", "A [clinical trial](topic:clinical-trials) may also be an option. It could give you a treatment you could not get any other way."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[5].text", "Children, teenagers and young adults are often treated by teams that specialise in their age group. See [children, teenagers and young adults](topic:children-young-people)."),
  NC_("30-all.json: $.topics[1].sections[1].title", "Chemotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[1].blocks[0].text", "Chemo is still used for some people. When it is used to bring a new remission, it is called [reinduction] chemo. Leukaemia Care says it is often stronger than the first round. NICE notes that it can be used to bring a remission before a donor stem cell transplant."),
  NC_("30-all.json: $.topics[1].sections[1].blocks[1].text", "When chemo is used, Leukaemia Care says these mixes are preferred:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[1].blocks[2].items[0]", "[FLAG]: [fludarabine], [cytarabine] and [G-CSF], a growth factor that helps the bone marrow make white blood cells"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[1].blocks[2].items[1]", "[FLAG-IDA]: FLAG with [idarubicin] added"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[1].blocks[3].text", "Chemo may be given on its own, or together with a [targeted drug]. Some of the same drug mixes are used for AML. See [intensive chemotherapy](topic:aml-intensive-chemo) for what having them is like."),
  NC_("30-all.json: $.topics[1].sections[2].title", "Philadelphia-positive ALL"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[2].blocks[0].text", "Some people with ALL have a [Philadelphia chromosome] in their leukaemia cells. This is an abnormal chromosome. It forms when parts of chromosomes 9 and 22 swap places. Their leukaemia is called [Philadelphia-positive] ALL."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[2].blocks[1].text", "Leukaemia Care says treatment for Philadelphia-positive ALL will include a [tyrosine kinase inhibitor] ([TKI]). This targeted drug blocks the signal from the Philadelphia chromosome that helps the leukaemia cells grow. TKIs are tablets taken by mouth."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[2].blocks[2].items[0]", "[Imatinib] ([Glivec]) and [dasatinib] ([Sprycel]) are TKIs. In the US, both are approved with chemo for children newly diagnosed with Philadelphia-positive ALL, and for adults whose Philadelphia-positive ALL has come back or not responded."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[2].blocks[2].items[1]", "[Ponatinib] ([Iclusig]) can work when the leukaemia has a change called T315I, or when other TKIs have not worked. Its US label has a [boxed warning] about blocked arteries, blood clots, heart failure and liver damage."),
  NC_("30-all.json: $.topics[1].sections[2].blocks[3].title", "If you take ponatinib"),
  NC_("30-all.json: $.topics[1].sections[2].blocks[3].text", "Call 999 (or your local emergency number) at once if you have chest pain, sudden weakness or numbness on one side, or trouble speaking. Call your team's 24-hour number straight away if you get a painful, swollen leg or new breathlessness."),
  NC_("30-all.json: $.topics[1].sections[2].blocks[4].text", "Your team will tell you which TKI they suggest, and why."),
  NC_("30-all.json: $.topics[1].sections[3].title", "Immunotherapy: blinatumomab and inotuzumab ozogamicin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[0].text", "[Immunotherapy] helps your immune system fight the leukaemia. Leukaemia Care names two drugs. Both are used for [B-cell] ALL that has come back or not responded."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[1].text", "[Blinatumomab] ([Blincyto]) is an antibody. It links your T cells, a type of white blood cell, to a marker called [CD19] on the leukaemia cells. The T cells can then kill them. You have it as a drip that runs day and night through a small pump. NICE describes cycles of 4 weeks on the drip and 2 weeks off. You start it in hospital. Later, your team may let you carry on at home."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[2].text", "Its US label has a [boxed warning] about two serious side effects. One is [cytokine release syndrome], a strong immune reaction. The other is effects on the brain and nerves ([ICANS]). They are most likely in the first days of each cycle, so you start in hospital. Do not drive while you are having blinatumomab."),
  NC_("30-all.json: $.topics[1].sections[3].blocks[3].title", "If you have blinatumomab"),
  NC_("30-all.json: $.topics[1].sections[3].blocks[3].text", "Call your team's 24-hour number at once if you get a fever, chills, feel dizzy or breathless, or if you become confused, shaky, very sleepy, or have trouble speaking. Someone with you should call 999 (or your local emergency number) if you have a fit. If the pump alarms or stops, call your team straight away."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[4].text", "[Inotuzumab ozogamicin] ([Besponsa]) is a [monoclonal antibody] joined to a chemo drug. It finds leukaemia cells by a marker called [CD22], then takes the drug inside them. You have it as a drip into a vein, which takes about an hour. Cancer Research UK says each cycle lasts 3 or 4 weeks, and you have up to 6 cycles. People going on to a stem cell transplant usually have 2 or 3."),
  NC_("30-all.json: $.topics[1].sections[3].blocks[5].text", "In England, NICE says adults can have inotuzumab ozogamicin after at least one earlier treatment. For Philadelphia-positive ALL, they must also have had at least one TKI. You will have regular blood tests, including checks on your liver."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[6].text", "Its US label has a [boxed warning] about liver damage, including veno-occlusive disease, where small veins in the liver get blocked. The risk is higher if you have a transplant afterwards."),
  NC_("30-all.json: $.topics[1].sections[3].blocks[7].title", "If you have inotuzumab ozogamicin"),
  NC_("30-all.json: $.topics[1].sections[3].blocks[7].text", "Call your team's 24-hour number at once if you put on weight fast, your tummy becomes swollen or painful (often on the right, under the ribs), or your skin or the whites of your eyes turn yellow."),
  NC_("30-all.json: $.topics[1].sections[4].title", "CAR T-cell therapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[0].text", "[CAR T-cell therapy] is made from your own [T cells]. They are collected from your blood. In a laboratory, they are changed so that they can find and kill leukaemia cells. Then they are given back to you through a drip."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[1].text", "It is given in specialist centres. Before the cells go back in, you usually have a short course of chemo."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].header[0]", "Medicine"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].header[1]", "Who it is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[0][0]", "[Tisagenlecleucel] ([Kymriah])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[0][1]", "People aged 25 and under with B-cell ALL that is refractory, has come back after a transplant, or has come back a second or later time. It is given as a one-off drip."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[1][0]", "[Brexucabtagene autoleucel] ([Tecartus])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[1][1]", "Adults with B-cell precursor ALL that has come back or not responded. In England, NICE recommends it within the Cancer Drugs Fund from age 26. It is given as a single drip."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[2][0]", "[Obecabtagene autoleucel] ([Aucatzyl])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[2][1]", "Adults with B-cell precursor ALL that has come back or not responded. In England, NICE recommends it from age 26. It is given as 2 doses about 10 days apart."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[3].text", "CAR T-cell therapy can cause serious side effects, so your team will watch you closely. The two main ones are [cytokine release syndrome], a very strong immune reaction, and effects on the brain and nerves ([ICANS]). The US labels of all three medicines also have a [boxed warning] that new blood cancers, such as ones starting in T cells, have happened after CAR T-cell therapies. You will have check-ups for new cancers for life."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[4].title", "Call your team at once"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[4].text", "After CAR T-cell therapy, call your CAR T team's 24-hour number at once if you get a fever. Fever is the main sign of cytokine release syndrome. Call at once, too, about chills, a headache, fast or hard breathing, feeling dizzy, confusion, shaking, trouble speaking or great sleepiness. If you have a fit, someone with you should call 999 (or your local emergency number)."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[5].text", "Afterwards you must stay near the treatment centre and must not drive for a while. Since 2025, the US labels of tisagenlecleucel and brexucabtagene autoleucel ask for at least 2 weeks near the centre and no driving for at least 2 weeks. Other advice asks for longer: for example, Cambridge in the UK asks for 4 weeks near the centre and no driving for 8 weeks. Follow what your own centre tells you."),
  NC_("30-all.json: $.topics[1].sections[5].title", "Treatment for the brain and spinal cord, radiotherapy and T-cell ALL"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[0].text", "ALL can spread to the [central nervous system] ([CNS]): the brain and spinal cord. Drugs given into a vein do not reach this area well. So chemo is put straight into the [cerebrospinal fluid] ([CSF]). This is called [intrathecal chemotherapy]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[1].text", "It is done during a [lumbar puncture]. A doctor numbs your lower back and puts a fine needle into the fluid around the spine. A little fluid is taken out to check for leukaemia cells. Then the drug goes in."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[2].text", "[Radiotherapy] uses high-energy rays to destroy cancer cells. Leukaemia Care lists it as one option for relapsed ALL. Ask your team whether you need it, and which part of your body would be treated."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[3].text", "ALL can also come back in the testicles. Where ALL comes back affects the outlook. See [what affects the outlook](topic:all-relapse#outlook)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[4].text", "ALL that starts in [T cells] is called T-cell ALL. If it has not responded to, or has come back after, at least two earlier chemo treatments, [nelarabine] may be used. Its US label has a [boxed warning] about serious effects on the nerves and brain: great sleepiness, confusion, fits, and numbness, tingling or weakness."),
  NC_("30-all.json: $.topics[1].sections[5].blocks[5].title", "If you have nelarabine"),
  NC_("30-all.json: $.topics[1].sections[5].blocks[5].text", "Call your team's 24-hour number at once if you feel very sleepy or confused, or notice numbness, tingling or weakness in your hands or feet. Someone with you should call 999 (or your local emergency number) if you have a fit."),
  NC_("30-all.json: $.topics[1].sections[6].title", "Stem cell transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[6].blocks[0].text", "A [stem cell transplant] is one of the options Leukaemia Care lists. NICE describes an [allogeneic transplant] for ALL, which uses stem cells from a [donor]."),
  NC_("30-all.json: $.topics[1].sections[6].blocks[1].text", "NICE notes that some people go on to a transplant after treatments such as blinatumomab or inotuzumab ozogamicin. Whether you can have one depends on things like being in remission, your age, your fitness and finding a donor. NICE also notes that recovery is slow and can take around a year."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[6].blocks[2].text", "Read more in [stem cell transplant](topic:aml-transplant). That page is written for AML, but much of what it says about how a transplant is done may help you too. Your team can tell you what is different for ALL."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[6].blocks[3].text", "For the risks of a donor transplant, such as graft-versus-host disease and infections, and for how donors are found, see [transplant risks, donors and recovery](topic:transplant-risks)."),
  NC_("30-all.json: $.topics[1].sections[7].title", "Newer medicines and approvals"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[7].blocks[0].text", "Each country decides which medicines are licensed and paid for. A licence may cover only some people, such as adults, or people of a certain age. The FDA approves medicines in the United States. In the UK the MHRA licenses them, and NICE advises the NHS in England on which ones to pay for. A NICE recommendation is not a licence, and a US approval does not mean a medicine is licensed in the UK or EU. See [how this guide is made](topic:about#countries)."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].header[0]", "Date"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].header[1]", "Who decided"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].header[2]", "What they decided"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[0][0]", "1 October 2021"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[0][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[0][2]", "[Brexucabtagene autoleucel] ([Tecartus]) approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[1][0]", "7 June 2023"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[1][1]", "NICE (England)"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[1][2]", "Brexucabtagene autoleucel recommended for use within the Cancer Drugs Fund, for people aged 26 and over (TA893)."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[2][0]", "6 March 2024"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[2][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[2][2]", "[Inotuzumab ozogamicin] ([Besponsa]) approved for children aged 1 and over with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[3][0]", "2024"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[3][1]", "NICE (England)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[3][2]", "[Tisagenlecleucel] ([Kymriah]) recommended for routine NHS use, for people aged 25 and under (TA975)."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[4][0]", "8 November 2024"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[4][1]", "FDA (US)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[4][2]", "[Obecabtagene autoleucel] ([Aucatzyl]) approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[5][0]", "November 2025"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[5][1]", "NICE (England)"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[1].rows[5][2]", "Obecabtagene autoleucel recommended for people aged 26 and over (TA1116)."),
  NC_("30-all.json: $.topics[1].sections[7].blocks[2].text", "The Cancer Drugs Fund lets the NHS in England offer a medicine while more evidence about it is collected. Approvals can change. Your team knows which medicines you can have where you are treated."),
  NC_("30-all.json: $.topics[1].questions[0]", "Why do you suggest this treatment for me, and what does it aim for?"),
  NC_("30-all.json: $.topics[1].questions[1]", "Is my ALL B-cell or T-cell ALL, and is it Philadelphia-positive?"),
  NC_("30-all.json: $.topics[1].questions[2]", "Could I have blinatumomab, inotuzumab ozogamicin or CAR T-cell therapy?"),
  NC_("30-all.json: $.topics[1].questions[3]", "Which of these treatments are licensed and paid for where I live?"),
  NC_("30-all.json: $.topics[1].questions[4]", "Will I need treatment for my brain and spinal fluid?"),
  NC_("30-all.json: $.topics[1].questions[5]", "Could I have a stem cell transplant, and is there a donor?"),
  NC_("30-all.json: $.topics[1].questions[6]", "How long will I be in hospital, how near the centre must I stay, and when can I drive?"),
  NC_("30-all.json: $.topics[1].questions[7]", "Which side effects should make me call you straight away, and which number should I use?"),
  NC_("30-all.json: $.topics[1].questions[8]", "Is there a clinical trial I could join?"),
  NC_("40-care.json: $.glossary[0].term", "supportive care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[0].definition", "Care that prevents or eases the symptoms of leukaemia and the side effects of its treatment. It also looks after your emotional and mental health. The Canadian Cancer Society says it matters at every stage of treatment. Some sources use it as another name for [palliative care]."),
  NC_("40-care.json: $.glossary[1].term", "palliative care"),
  NC_("40-care.json: $.glossary[1].definition", "Care that eases the symptoms of a serious illness and the side effects of its treatment, to give the best quality of life. It also helps with emotional, social and spiritual needs. The US National Cancer Institute says it can start early in an illness, and also calls it supportive care or comfort care. The American Cancer Society uses palliative treatment for care that aims to control symptoms when cure is no longer the aim."),
  NC_("40-care.json: $.glossary[2].term", "end of life care"),
  NC_("40-care.json: $.glossary[2].definition", "Care for when no suitable treatment is left that could control or cure the leukaemia. You still have treatment to ease your symptoms, so that life is as good as it can be. It may last days, months or years."),
  NC_("40-care.json: $.glossary[3].term", "growth factor"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[3].definition", "A medicine that helps the [bone marrow] make blood cells. It can help when blood counts are low, or help the marrow recover after [chemotherapy]. G-CSF (granulocyte colony-stimulating factor) is one kind. It helps the marrow make a type of white blood cell that fights infection. [Filgrastim] is a man-made G-CSF."),
  NC_("40-care.json: $.glossary[4].term", "transfusion"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[4].definition", "Being given blood, or one part of blood such as red cells or [platelets], through a drip into a vein. The blood may come from a donor, or it may be your own blood that was stored earlier."),
  NC_("40-care.json: $.glossary[5].term", "tumour lysis syndrome"),
  NC_("40-care.json: $.glossary[5].definition", "A problem that can happen when a lot of cancer cells die quickly, often at the start of treatment. The cells break open and spill what is inside them into the blood. This changes the levels of some chemicals in the blood, which can harm organs such as the kidneys, heart and liver. Medicines can bring these levels down."),
  NC_("40-care.json: $.glossary[6].term", "leukapheresis"),
  NC_("40-care.json: $.glossary[6].definition", "A way to take a large number of white blood cells out of the blood. Your blood goes through a machine that separates out the white cells. The rest of the blood goes back into your body."),
  NC_("40-care.json: $.glossary[7].term", "opioid"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[7].definition", "A type of strong painkiller, used for moderate to severe pain. [Morphine] is an opioid."),
  NC_("40-care.json: $.glossary[8].term", "antibiotics"),
  NC_("40-care.json: $.glossary[8].definition", "Medicines that treat infections caused by bacteria, one kind of germ. They can also be given to help prevent an infection."),
  NC_("40-care.json: $.glossary[9].term", "antivirals"),
  NC_("40-care.json: $.glossary[9].definition", "Medicines that treat, or help prevent, infections caused by viruses."),
  NC_("40-care.json: $.glossary[10].term", "antifungals"),
  NC_("40-care.json: $.glossary[10].definition", "Medicines that treat, or help prevent, infections caused by fungi."),
  NC_("40-care.json: $.glossary[11].term", "hospice"),
  NC_("40-care.json: $.glossary[11].definition", "Special care for people near the end of life, and for their families. The US National Cancer Institute says it can be given at home, in a hospice building or in a hospital."),
  NC_("40-care.json: $.glossary[12].term", "fresh frozen plasma"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[12].definition", "Plasma is the pale yellow liquid part of blood. It carries proteins that help blood to clot and stop bleeding. Plasma from donors is kept frozen, then thawed when someone needs it. It can be given as a [transfusion]."),
  NC_("40-care.json: $.glossary[13].term", "cryoprecipitate"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.glossary[13].definition", "A blood product made from [fresh frozen plasma]. It contains clotting factors, the proteins that help blood to clot and stop bleeding. The Canadian Cancer Society describes it as a product that replaces clotting factors."),
  NC_("40-care.json: $.glossary[14].term", "steroids"),
  NC_("40-care.json: $.glossary[14].definition", "Medicines that calm swelling and irritation (inflammation). They are man-made forms of hormones the body makes itself. In leukaemia care they can help with many symptoms and side effects. In low doses they can help with sickness and a poor appetite."),
  NC_("40-care.json: $.glossary[15].term", "physiotherapy"),
  NC_("40-care.json: $.glossary[15].definition", "Treatment from a physiotherapist, an expert in how the body moves. They use movement and exercise to help you stay active and strong during and after treatment. They can also help you manage pain."),
  NC_("40-care.json: $.medicines[0].name", "morphine"),
  NC_("40-care.json: $.medicines[0].class", "opioid painkiller"),
  NC_("40-care.json: $.medicines[0].route", "by mouth as tablets or liquid, or by injection"),
  NC_("40-care.json: $.medicines[0].use", "A strong painkiller for moderate to severe pain. The American Cancer Society says opioids such as morphine are likely to help leukaemia pain when milder medicines do not. The NHS says the most common side effects are constipation, feeling sick and sleepiness. It also says addiction is rare when morphine is taken for pain under medical care."),
  NC_("40-care.json: $.medicines[1].name", "aspirin"),
  NC_("40-care.json: $.medicines[1].class", "painkiller (non-steroidal anti-inflammatory drug)"),
  NC_("40-care.json: $.medicines[1].route", "by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.medicines[1].use", "A milder painkiller. The American Cancer Society mentions it for leukaemia pain. It makes [platelets] work less well, so you may bleed more easily. St. Jude Children's Research Hospital says people with low platelets need to be careful with it, and to talk to their care team about which medicines are safe."),
  NC_("40-care.json: $.medicines[2].name", "ibuprofen"),
  NC_("40-care.json: $.medicines[2].class", "painkiller (non-steroidal anti-inflammatory drug)"),
  NC_("40-care.json: $.medicines[2].route", "by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.medicines[2].use", "A milder painkiller. The American Cancer Society mentions it for leukaemia pain. Like [aspirin], it can make [platelets] work less well, so you may bleed more easily. St. Jude Children's Research Hospital says people with low platelets need to be careful with it, and to talk to their care team about which medicines are safe. It can also hide a fever. If you feel hot, shivery or unwell, call your hospital's 24-hour number before you take it."),
  NC_("40-care.json: $.topics[0].title", "Supportive care and pain relief"),
  NC_("40-care.json: $.topics[0].summary", "The care that prevents or eases symptoms and side effects: what it can include, how pain can be eased, and when to call your hospital at once."),
  NC_("40-care.json: $.topics[0].key_points[0]", "Supportive care prevents or eases the symptoms of leukaemia and the side effects of treatment, at every stage."),
  NC_("40-care.json: $.topics[0].key_points[1]", "Call your hospital's 24-hour number at once if you have a fever or other sign of infection, feel suddenly unwell, or have any bleeding or new bruising."),
  NC_("40-care.json: $.topics[0].key_points[2]", "Transfusions, and medicines that prevent or treat infection, help while your blood counts are low."),
  NC_("40-care.json: $.topics[0].key_points[3]", "Tell your team about any pain. Ask which painkillers are safe for you, because some make bleeding more likely."),
  NC_("40-care.json: $.topics[0].sections[0].title", "What supportive care is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[0].blocks[0].text", "Leukaemia and its treatment can cause symptoms and side effects. The care that prevents or eases them is called [supportive care]. It also looks after your emotional and mental health."),
  NC_("40-care.json: $.topics[0].sections[0].blocks[1].text", "Leukaemia Care says supportive care has three aims. It should ease your symptoms and help you live longer. It should also give you and the people you love the best quality of life it can."),
  NC_("40-care.json: $.topics[0].sections[0].blocks[2].text", "The Canadian Cancer Society says this care matters at every stage of AML treatment. It deals with problems caused by the illness itself, and by its treatment."),
  NC_("40-care.json: $.topics[0].sections[0].blocks[3].title", "Which parts apply to you"),
  NC_("40-care.json: $.topics[0].sections[0].blocks[3].text", "Most facts on this page come from pages about AML. Your team can tell you which parts apply to you, whatever type of leukaemia you have."),
  NC_("40-care.json: $.topics[0].sections[1].title", "What it can include"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[0].text", "Leukaemia Care lists these kinds of help:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[0]", "[blood transfusions](glossary:transfusion), or medicines called [growth factors], when your blood counts are low"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[1]", "medicines to stop you feeling sick, or to stop diarrhoea"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[2]", "pain relief, if you need it"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[3]", "medicines to prevent or treat infections"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[4]", "mouthwashes for mouth ulcers, a sore mouth or a mouth infection"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[5]", "food or drink supplements, if you cannot eat or drink enough"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[6]", "[steroids], which help with many symptoms and side effects"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[7]", "[physiotherapy]"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[1].items[8]", "emotional and social support"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[2].text", "The Canadian Cancer Society names some more:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[3].items[0]", "[antibiotics], [antivirals] and [antifungals], to prevent or fight infections"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[3].items[1]", "[growth factors] that help the [bone marrow] recover after [chemotherapy]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[3].items[2]", "[red blood cells], [platelets], [fresh frozen plasma] or [cryoprecipitate], given as a transfusion"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[3].items[3]", "medicines for [tumour lysis syndrome], to bring down chemicals that build up in the blood when many leukaemia cells die at once"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[1].blocks[3].items[4]", "[leukapheresis], to take a large number of white blood cells out of the blood"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[4].text", "Some of these words explained:"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[0].term", "Tumour lysis syndrome"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[0].definition", "When many leukaemia cells die quickly, often at the start of treatment, they spill chemicals into the blood. High levels of these can harm organs such as the kidneys. Medicines can bring the levels down."),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[1].term", "Leukapheresis"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[1].definition", "Your blood goes through a machine that takes out white blood cells. The rest of your blood goes back into your body."),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[2].term", "Fresh frozen plasma"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[2].definition", "Plasma is the pale yellow liquid part of blood. It carries proteins that help blood to clot. Plasma from donors is kept frozen until someone needs it."),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[3].term", "Cryoprecipitate"),
  NC_("40-care.json: $.topics[0].sections[1].blocks[5].items[3].definition", "A blood product made from fresh frozen plasma. It contains clotting factors, the proteins that help stop bleeding."),
  NC_("40-care.json: $.topics[0].sections[2].title", "Low blood counts, tiredness and infection"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[2].blocks[0].text", "Low blood counts and deep tiredness ([fatigue]) are common with leukaemia. The American Cancer Society says medicines or [blood transfusions](glossary:transfusion) may be needed to help."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[2].blocks[1].text", "[Chemotherapy] can stop the bone marrow making enough healthy blood cells for a while. Too few of the white cells that fight infection is called [neutropenia]. It makes infections more likely, and they can become serious very fast. [Growth factors] can help the marrow recover. Infections are treated with medicines such as [antibiotics]."),
  NC_("40-care.json: $.topics[0].sections[2].blocks[2].title", "Call your hospital at once"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[2].blocks[2].text", "Call your hospital's 24-hour number straight away if you have a fever, shivers or any other sign of infection, or if you suddenly feel unwell. Call straight away too if you have any bleeding or new bruising. Tell your team about new pain, or any other new symptom, as well. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("40-care.json: $.topics[0].sections[3].title", "Feeling sick, eating and a sore mouth"),
  NC_("40-care.json: $.topics[0].sections[3].blocks[0].text", "Feeling sick (nausea) and not wanting to eat are common. The American Cancer Society says medicines can help with both. High-calorie food supplements can help too."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[3].blocks[1].text", "Macmillan says [steroids] in low doses can help with sickness and can improve your appetite."),
  NC_("40-care.json: $.topics[0].sections[3].blocks[2].text", "Mouth ulcers or a sore mouth can make eating hard. Leukaemia Care says mouthwashes can help."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[3].blocks[3].text", "[Everyday living](topic:everyday-living) has tips on [tiredness](topic:everyday-living#tiredness), [mouth care](topic:everyday-living#mouth-care) and [hair loss](topic:everyday-living#hair-loss). For sex while your blood counts are low, see [sex and intimacy](topic:fertility#sex)."),
  NC_("40-care.json: $.topics[0].sections[4].title", "Pain relief and painkillers"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[0].text", "As leukaemia grows in the bone marrow, it can cause pain. The American Cancer Society says it is important to keep you as comfortable as you can be. [Radiotherapy] and pain medicines can both help."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[1].text", "The American Cancer Society mentions milder medicines such as [aspirin] and [ibuprofen]. If these do not ease the pain, it says stronger painkillers called [opioids], such as [morphine], are likely to help."),
  NC_("40-care.json: $.topics[0].sections[4].blocks[2].title", "Check before you take a painkiller"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[2].text", "Aspirin and ibuprofen make [platelets] work less well, so you may bleed more easily. Do not take them, even ones bought in a shop, unless your care team says they are safe for you. Paracetamol and ibuprofen can also hide a fever. If you feel hot, shivery or unwell, call your hospital's 24-hour number straight away, before you take any of them."),
  NC_("40-care.json: $.topics[0].sections[4].blocks[3].text", "Some people worry that strong painkillers will make them sleepy all the time. Others fear they will get hooked on them. The American Cancer Society says many people find these medicines ease their pain very well, with no serious side effects."),
  NC_("40-care.json: $.topics[0].sections[4].blocks[4].text", "Cancer Research UK says morphine can make you drowsy when you first start it, or when the dose goes up. It says to talk to your doctor or nurse if this lasts more than a couple of days. The NHS says addiction is rare when morphine is taken for pain under medical care."),
  NC_("40-care.json: $.topics[0].sections[4].blocks[5].text", "Tell your team about any pain, and about any other symptom. They can only treat a problem if they know about it."),
  NC_("40-care.json: $.topics[0].sections[5].title", "When cure is no longer the aim"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[5].blocks[0].text", "Sometimes more treatment, or a [clinical trial](topic:clinical-trials), is not an option. Then care may focus on easing the symptoms the leukaemia causes, instead of trying to cure it. The American Cancer Society calls this [palliative treatment] or supportive care."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[5].blocks[1].text", "This care can still include treatment for the leukaemia. For example, your doctor may suggest gentler chemotherapy to keep the leukaemia under control. See [gentler treatment](topic:aml-non-intensive) and [end of life care](topic:end-of-life)."),
  NC_("40-care.json: $.topics[0].sections[5].blocks[2].text", "Sources use these words in different ways. Leukaemia Care uses supportive care for help that you have alongside other treatment. The US National Cancer Institute uses palliative care and supportive care as two names for the same thing, and says this care can start early. If you are not sure what your team means, you can ask them."),
  NC_("40-care.json: $.topics[0].sections[6].title", "Support for how you feel"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[6].blocks[0].text", "Leukaemia Care counts emotional and social support as part of supportive care. [Getting support](topic:getting-support) lists helplines and charities for you and for the people close to you."),
  NC_("40-care.json: $.topics[0].sections[6].blocks[1].title", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[6].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("40-care.json: $.topics[0].questions[0]", "Which symptoms should I call you about straight away, and what number do I call?"),
  NC_("40-care.json: $.topics[0].questions[1]", "What can I do to lower my risk of infection?"),
  NC_("40-care.json: $.topics[0].questions[2]", "Will I need blood or platelet transfusions, and how will I know?"),
  NC_("40-care.json: $.topics[0].questions[3]", "Which painkillers are safe for me to take at home, with my platelet count?"),
  NC_("40-care.json: $.topics[0].questions[4]", "What can help if I feel sick or cannot eat?"),
  NC_("40-care.json: $.topics[0].questions[5]", "Can I see a physiotherapist, a dietitian or a counsellor?"),
  NC_("40-care.json: $.topics[0].questions[6]", "Who can I talk to about how I am feeling?"),
  NC_("40-care.json: $.topics[1].title", "End of life care"),
  NC_("40-care.json: $.topics[1].summary", "What end of life care means, when it may be suggested, and where you and the people close to you can find support."),
  NC_("40-care.json: $.topics[1].key_points[0]", "End of life care is for when no treatment is left that could control or cure the leukaemia."),
  NC_("40-care.json: $.topics[1].key_points[1]", "Treatment to ease symptoms and keep you comfortable goes on."),
  NC_("40-care.json: $.topics[1].key_points[2]", "Care can be given at home, in a hospice or in hospital."),
  NC_("40-care.json: $.topics[1].key_points[3]", "You can plan ahead and write down your wishes, and there is support for the people close to you."),
  NC_("40-care.json: $.topics[1].sections[0].title", "When it may be suggested"),
  NC_("40-care.json: $.topics[1].sections[0].blocks[0].text", "If leukaemia has not responded to treatment, or has come back, your team will talk with you about the options. They may first suggest a different treatment."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[0].blocks[1].text", "If no suitable treatment is left, they may suggest [end of life care]. This is very hard news to hear. You do not have to take it all in at once. You can ask your team to explain again, as often as you need."),
  NC_("40-care.json: $.topics[1].sections[1].title", "What it means"),
  NC_("40-care.json: $.topics[1].sections[1].blocks[0].text", "End of life care means stopping any treatment meant to control or cure the leukaemia. But you still get treatment that eases your symptoms and helps your quality of life."),
  NC_("40-care.json: $.topics[1].sections[1].blocks[1].text", "It starts when you need it. Leukaemia Care says it may last a few days, or months, or even years."),
  NC_("40-care.json: $.topics[1].sections[1].blocks[2].text", "The aim is to help you live as well as you can until you die, and to die with dignity."),
  NC_("40-care.json: $.topics[1].sections[2].title", "Staying comfortable"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[2].blocks[0].text", "Care to ease symptoms goes on. The American Cancer Society says medicines can ease pain and sickness. [Transfusions] may help with low blood counts and tiredness."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[2].blocks[1].text", "The US National Cancer Institute says [hospice] care can be given at home, in a hospice or in a hospital. It supports the family too."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[2].blocks[2].text", "Tell your team about any pain or other symptom, so they can treat it. [Supportive care and pain relief](topic:supportive-care) explains the kinds of help there are."),
  NC_("40-care.json: $.topics[1].sections[3].title", "Talking about it"),
  NC_("40-care.json: $.topics[1].sections[3].blocks[0].text", "You may want to talk with your family, friends or care team about what matters most to you. There is no right or wrong way to do this, and you can take your time."),
  NC_("40-care.json: $.topics[1].sections[3].blocks[1].text", "Compassion in Dying helps people plan ahead for their treatment at the end of life. It offers a free way to make an advance decision, sometimes called a living will. This sets out your wishes about treatment, in case a time comes when you cannot say them yourself."),
  NC_("40-care.json: $.topics[1].sections[3].blocks[2].text", "The people close to you may need support too. The helplines below are there for them as well as for you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[3].blocks[3].text", "[Planning ahead](topic:planning-ahead) explains ReSPECT forms, DNACPR decisions, lasting power of attorney and advance decisions."),
  NC_("40-care.json: $.topics[1].sections[4].title", "Where to get support"),
  NC_("40-care.json: $.topics[1].sections[4].blocks[0].text", "Leukaemia Care can support you with end of life care. Its helpline is free."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[1].title", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[2].text", "Marie Curie runs a free Support Line for people affected by terminal illness. Calls are free from landlines and mobile phones."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[3].title", "Marie Curie"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[3].text", "Support Line: [0800 090 2309](tel:+448000902309). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[4].text", "Leukaemia Care also names Compassion in Dying and Hospice UK. Both give support and information about end of life care. [Getting support](topic:getting-support) has their details."),
  NC_("40-care.json: $.topics[1].questions[0]", "What treatment, if any, is still possible for me?"),
  NC_("40-care.json: $.topics[1].questions[1]", "What will you do to keep me comfortable?"),
  NC_("40-care.json: $.topics[1].questions[2]", "Can I be cared for at home, in a hospice or in hospital?"),
  NC_("40-care.json: $.topics[1].questions[3]", "What symptoms might I have, and what can help with them?"),
  NC_("40-care.json: $.topics[1].questions[4]", "Who do we call, day or night, if something changes?"),
  NC_("40-care.json: $.topics[1].questions[5]", "What support is there for my family and friends?"),
  NC_("40-care.json: $.topics[1].questions[6]", "How can I write down my wishes about my care?"),
  NC_("42-living-with-treatment.json: $.topics[0].title", "Infection and low blood counts"),
  NC_("42-living-with-treatment.json: $.topics[0].summary", "Why treatment makes infections more likely, what you can do to lower the risk, food safety, vaccines, pets and gardening, and the medicines that prevent or treat infection."),
  NC_("42-living-with-treatment.json: $.topics[0].key_points[0]", "Treatment often lowers your neutrophils, the white blood cells that fight germs. This is called neutropenia."),
  NC_("42-living-with-treatment.json: $.topics[0].key_points[1]", "With neutropenia, a small infection can become serious within hours. Call your 24-hour number straight away if you feel unwell."),
  NC_("42-living-with-treatment.json: $.topics[0].key_points[2]", "Washing your hands, safe food and avoiding people who are ill all lower the risk."),
  NC_("42-living-with-treatment.json: $.topics[0].key_points[3]", "Avoid live vaccines. Ask your team which vaccines you should have."),
  NC_("42-living-with-treatment.json: $.topics[0].key_points[4]", "Your team may give you medicines to prevent infections caused by bacteria, viruses or fungi."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[0].title", "What neutropenia means"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[0].sections[0].blocks[0].text", "Neutrophils are a type of [white blood cell](glossary:white-blood-cells). They are your first defence against germs. When you have too few, it is called [neutropenia](glossary:neutropenia). Leukaemia itself, and treatments such as [chemotherapy], can both cause it."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[0].blocks[1].text", "Macmillan says your risk of infection is usually highest when your neutrophils are at their lowest. The timing depends on your treatment, so ask your team when that will be."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[0].blocks[2].title", "Signs of infection: call straight away"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[0].blocks[2].text", "Call your hospital's 24-hour number straight away, day or night, if you have a temperature at or above the level your team gave you, shivers, or suddenly feel unwell. Blood Cancer UK says to call however small or vague the signs seem."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].title", "Lowering the risk every day"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[0].text", "Blood Cancer UK suggests these steps:"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[1].items[0]", "wash your hands often with soap and water, or use hand gel"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[1].items[1]", "clean cuts and grazes with warm soapy water and an antiseptic"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[1].items[2]", "do not share cups, cutlery or toothbrushes"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[1].items[3]", "keep away from people who are ill, and from crowded places when you can"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[1].blocks[1].items[4]", "look after your mouth, and have a bath or shower every day"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].title", "Food safety"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[0].text", "Germs in food can cause serious infections when your neutrophils are low. Leukaemia Care gives advice, based on the British Dietetic Association, for when neutrophils are below 2.0. It suggests you avoid:"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[1].items[0]", "milk and dairy foods that are not pasteurised"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[1].items[1]", "soft cheeses ripened with mould, such as Brie or Camembert, and blue cheeses"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[1].items[2]", "raw or undercooked meat, fish, shellfish and eggs, including homemade mayonnaise"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[1].items[3]", "pâté, unless it comes in a tin or jar that does not need to be kept in the fridge"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[1].items[4]", "probiotic or “bio” foods, drinks and supplements"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[2].blocks[2].text", "Hard cheese made from pasteurised milk, well-cooked meat and fish, and hard-boiled eggs are fine to eat. Your hospital may give you its own list, so follow that."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[3].title", "Vaccines"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[3].blocks[0].text", "Blood Cancer UK says your team will probably advise some vaccines, for example the flu injection, and vaccines against covid-19 and pneumonia. These are not live vaccines, so they are safe to have."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[3].blocks[1].text", "Live vaccines contain a weakened germ. People with a weak immune system should not have them. Examples are MMR (measles, mumps and rubella), chickenpox and yellow fever. If someone you live with needs a live vaccine, ask your team about the timing. It can help if the people you live with have flu and covid-19 vaccines."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[4].title", "Pets, gardening and the home"),
  NC_("42-living-with-treatment.json: $.topics[0].sections[4].blocks[0].text", "Blood Cancer UK says it is generally safe to stroke animals, as long as you wash your hands well afterwards. But try not to handle animal waste, such as cat litter trays or manure."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[4].blocks[1].text", "Wear gloves for gardening and housework. Try not to change the water in flower vases."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[5].title", "Medicines to prevent or treat infection"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[0].sections[5].blocks[0].text", "Your team may give you medicines to stop infections before they start. These can be [antibiotics] against bacteria, [antivirals] against viruses and [antifungals] against fungi. Blood Cancer UK lists all three."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[5].blocks[1].text", "NICE says adults with acute leukaemia whose neutrophils are expected to fall very low should be offered an antibiotic to prevent infection during that time."),
  NC_("42-living-with-treatment.json: $.topics[0].sections[5].blocks[2].text", "If you do get signs of infection, you may need antibiotics through a drip in hospital, straight away. Take any preventive medicines exactly as your team says, and ask if you are not sure."),
  NC_("42-living-with-treatment.json: $.topics[0].questions[0]", "How low are my neutrophils now, and when will they be at their lowest?"),
  NC_("42-living-with-treatment.json: $.topics[0].questions[1]", "What temperature should make me call you?"),
  NC_("42-living-with-treatment.json: $.topics[0].questions[2]", "Which foods should I avoid, and for how long?"),
  NC_("42-living-with-treatment.json: $.topics[0].questions[3]", "Which vaccines should I and the people I live with have?"),
  NC_("42-living-with-treatment.json: $.topics[0].questions[4]", "Will I take medicines to prevent infection, and for how long?"),
  NC_("42-living-with-treatment.json: $.topics[0].questions[5]", "Is it safe for me to look after my pets or do gardening?"),
  NC_("42-living-with-treatment.json: $.topics[1].title", "Central lines, PICC lines and ports"),
  NC_("42-living-with-treatment.json: $.topics[1].summary", "The thin tubes used to give treatment and take blood: what they are, how to look after them, and the signs of infection or a blood clot."),
  NC_("42-living-with-treatment.json: $.topics[1].key_points[0]", "A central line, PICC line or port is a thin tube into a large vein near your heart. It means fewer needles."),
  NC_("42-living-with-treatment.json: $.topics[1].key_points[1]", "It can stay in for weeks or months, and you can go home with it."),
  NC_("42-living-with-treatment.json: $.topics[1].key_points[2]", "It needs to be cleaned and flushed so it does not get blocked or infected."),
  NC_("42-living-with-treatment.json: $.topics[1].key_points[3]", "Redness, swelling, pain or fluid where the line goes in, or feeling unwell, can mean an infection or a blood clot. Call your hospital straight away."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].title", "What they are"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[0].text", "Treatment for leukaemia often goes into a vein. A thin, soft tube that ends in a large vein near your heart, called a [central line](glossary:central-line), saves you from having a needle each time. Your team can also take blood from it for tests. There are three main kinds:"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[0].term", "Central line"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[0].definition", "A tube put in under the skin of your chest and into a large vein. One end comes out of your chest. Macmillan says you may hear brand names such as Hickman or Groshong. It can stay in for weeks or months."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[1].term", "PICC line"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[1].definition", "A [peripherally inserted central catheter](glossary:picc). It goes into a vein in your arm and is threaded up to a large vein in your chest. University College London Hospitals says it can stay in for up to several months."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[2].term", "Port"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[0].blocks[1].items[2].definition", "A small disc under the skin of your chest or arm, joined to a tube in a large vein. You can see and feel a small bump. A nurse reaches it with a special needle through the skin. Macmillan says it can stay in for weeks, months or even years."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[1].title", "Looking after your line"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[1].blocks[0].text", "Macmillan says a central line is usually cleaned where it leaves the skin about once a week, and flushed with fluid to stop it getting blocked. A nurse can do this, or show you how."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[1].blocks[1].text", "A port that is not being used still needs to be flushed, often about once a month. Ask your team how often yours needs it."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[1].blocks[2].text", "Ask your team how to keep the dressing dry when you wash, and what to do if the line gets damaged or a cap comes off."),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].title", "Signs of infection or a blood clot"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[0].text", "Germs can get in where the line enters the body. A blood clot can also form in the vein around the tube. Macmillan and Cancer Research UK list these signs:"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[1].items[0]", "redness, heat, swelling or pain where the line goes in, or around a port"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[1].items[1]", "fluid or pus coming from the skin around the line"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[1].items[2]", "a temperature, shivers, or feeling unwell"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[1].items[3]", "pain or swelling in your arm, shoulder, neck or face on the side of the line, which can mean a blood clot"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[2].title", "Line problems: call straight away"),
  NC_("42-living-with-treatment.json: $.topics[1].sections[2].blocks[2].text", "Call your hospital's 24-hour number straight away, day or night, if you notice any of these signs. If you are also short of breath or have chest pain, call 999 at once."),
  NC_("42-living-with-treatment.json: $.topics[1].questions[0]", "Which kind of line or port will I have, and why?"),
  NC_("42-living-with-treatment.json: $.topics[1].questions[1]", "How long will it stay in?"),
  NC_("42-living-with-treatment.json: $.topics[1].questions[2]", "Who will clean and flush it, and how often?"),
  NC_("42-living-with-treatment.json: $.topics[1].questions[3]", "Can I have a bath, shower or swim with it?"),
  NC_("42-living-with-treatment.json: $.topics[1].questions[4]", "What should I do if the line is damaged or comes out?"),
  NC_("42-living-with-treatment.json: $.topics[2].title", "Blood and platelet transfusions"),
  NC_("42-living-with-treatment.json: $.topics[2].summary", "Why you may need red blood cells or platelets from a donor, what happens, the reactions to report, and why some people need irradiated blood."),
  NC_("42-living-with-treatment.json: $.topics[2].key_points[0]", "Leukaemia and its treatment can stop your bone marrow making enough blood cells. Transfusions of red blood cells or platelets can help."),
  NC_("42-living-with-treatment.json: $.topics[2].key_points[1]", "The blood goes into a vein through a tube, and a nurse checks you often while it runs."),
  NC_("42-living-with-treatment.json: $.topics[2].key_points[2]", "Tell a nurse at once if you feel unwell during a transfusion. After you go home, call your hospital straight away if you get a fever, shivers, breathing problems or a rash."),
  NC_("42-living-with-treatment.json: $.topics[2].key_points[3]", "After fludarabine, for example in FLAG-Ida, and after a stem cell transplant, you need irradiated blood. Always tell staff."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[0].title", "Why you may need a transfusion"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[0].blocks[0].text", "A [transfusion] means you are given blood, or part of it, from a donor. The NHS says cancer treatments such as chemotherapy and stem cell transplants, and leukaemia itself, can affect your blood cells. Then you may need a transfusion."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[0].blocks[1].items[0]", "[Red blood cells](glossary:red-blood-cells) carry oxygen. Too few make you tired and breathless. This is called [anaemia]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[0].blocks[1].items[1]", "[Platelets] help your blood clot. Too few make you bleed or bruise easily."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[1].title", "What happens"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[1].blocks[0].text", "The NHS says your team explains the transfusion first and asks for your consent. A blood sample checks your blood group, so you only get blood that is safe for you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[1].blocks[1].text", "You sit or lie down. The blood runs through a tube into a vein, either through a needle in your arm or hand, or through your [central line](topic:central-lines). One bag can take up to 4 hours, but it is usually quicker. You are checked often while it runs, and you can usually go home soon after."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].title", "Reactions to report"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[0].text", "Most transfusions go without any problem. Some people get a temperature, chills or a rash. Staff usually treat this by slowing the transfusion or with medicine."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[1].text", "Northern Lincolnshire and Goole NHS Foundation Trust says most late reactions happen within 24 hours, but a few can come up to 14 days later. Signs include:"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[0]", "a high temperature, feeling hot and clammy, or shivering"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[1]", "breathing problems or wheezing"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[2]", "swelling, especially of the mouth, lips or face"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[3]", "an itchy rash"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[4]", "blood in your wee, or much less or very dark wee"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[2].items[5]", "yellow skin or eyes, or pain in your lower back"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[3].title", "Reaction after a transfusion: call straight away"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[2].blocks[3].text", "Tell a nurse at once if you feel unwell during a transfusion. After you go home, call your hospital's 24-hour number straight away if you get any of these signs, and say you had a transfusion. If you find it hard to breathe, call 999 at once."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].title", "Irradiated blood"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].blocks[0].text", "[Irradiated blood](glossary:irradiated-blood) has been treated with radiation, such as X-rays. This stops the donor's white blood cells from attacking your body. That attack is a rare but very serious problem called transfusion-associated graft-versus-host disease."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].blocks[1].text", "NICE says people treated with [fludarabine] should only be given irradiated blood. Fludarabine is part of [FLAG-Ida] and [FLAG]. NHS Blood and Transplant's leaflet says people who have had a stem cell transplant also need irradiated blood. For some people this lasts a short time, for others for life. Your team will tell you how long it is for you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].blocks[2].text", "British Society for Haematology guidance, as summed up by Belfast Health and Social Care Trust, also lists [clofarabine] among the drugs that call for irradiated blood. With a donor stem cell transplant, it says you need irradiated blood from the start of the treatment before the transplant until at least 6 months after it."),
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].blocks[3].title", "Tell staff you need irradiated blood"),
  NC_("42-living-with-treatment.json: $.topics[2].sections[3].blocks[3].text", "If you need irradiated blood, tell every team that treats you, especially at another hospital. Show your card for irradiated blood if you have one. Before any transfusion starts, ask if the blood is irradiated, and do not start until staff have checked."),
  NC_("42-living-with-treatment.json: $.topics[2].questions[0]", "Why do I need this transfusion, and how often might I need one?"),
  NC_("42-living-with-treatment.json: $.topics[2].questions[1]", "What blood counts will you aim for?"),
  NC_("42-living-with-treatment.json: $.topics[2].questions[2]", "Do I need irradiated blood, and for how long?"),
  NC_("42-living-with-treatment.json: $.topics[2].questions[3]", "Can I have a card that says I need irradiated blood?"),
  NC_("42-living-with-treatment.json: $.topics[2].questions[4]", "Who should I call if I feel unwell after I go home?"),
  NC_("45-journey.json: $.glossary[0].term", "haploidentical transplant"),
  NC_("45-journey.json: $.glossary[0].definition", "A donor stem cell transplant from a relative whose tissue type is half the same as yours, usually a parent, a child, or a brother or sister."),
  NC_("45-journey.json: $.glossary[1].term", "cord blood"),
  NC_("45-journey.json: $.glossary[1].definition", "Blood from a baby’s umbilical cord, collected after the birth and stored frozen. It holds stem cells that can be used for a transplant."),
  NC_("45-journey.json: $.glossary[2].term", "fertility preservation"),
  NC_("45-journey.json: $.glossary[2].definition", "Collecting and freezing sperm, eggs, embryos or tissue before treatment, so they may be used later to try for a baby."),
  NC_("45-journey.json: $.glossary[3].term", "placebo"),
  NC_("45-journey.json: $.glossary[3].definition", "A dummy treatment that looks like the real one but has no medicine in it. In cancer trials it is usually given on top of standard treatment, not instead of it."),
  NC_("45-journey.json: $.glossary[4].term", "randomisation"),
  NC_("45-journey.json: $.glossary[4].definition", "In a trial, putting people into treatment groups by chance, usually by computer, so that the groups are fair to compare."),
  NC_("45-journey.json: $.topics[0].title", "Transplant risks, donors and recovery"),
  NC_("45-journey.json: $.topics[0].summary", "What can go wrong after a donor stem cell transplant, how long recovery takes, where donors come from, and what a second transplant means."),
  NC_("45-journey.json: $.topics[0].key_points[0]", "Graft-versus-host disease (GVHD) happens when the donor’s immune cells attack your body. It most often affects the skin, gut and liver."),
  NC_("45-journey.json: $.topics[0].key_points[1]", "Infections are a big risk for months after a transplant. A high temperature means you call your transplant team’s 24-hour number at once."),
  NC_("45-journey.json: $.topics[0].key_points[2]", "Most people spend about 4 to 6 weeks in hospital, and it takes about a year for the immune system to work well again."),
  NC_("45-journey.json: $.topics[0].key_points[3]", "A donor can be a brother or sister, a volunteer on a donor register, a half-matched relative, or cord blood from a baby’s birth."),
  NC_("45-journey.json: $.topics[0].key_points[4]", "If leukaemia comes back after a transplant, a second transplant is possible for some people. Your team will talk through all the choices."),
  NC_("45-journey.json: $.topics[0].sections[0].title", "Graft-versus-host disease (GVHD)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[0].blocks[0].text", "After a donor ([allogeneic](glossary:allogeneic)) transplant, you have your donor’s immune system. Some of the donor’s white cells, called [T cells](glossary:t-cells), can see your body as foreign and attack it. This is called [graft-versus-host disease](glossary:gvhd), or GVHD. The graft is the donor’s cells. The host is you."),
  NC_("45-journey.json: $.topics[0].sections[0].blocks[1].text", "Macmillan says GVHD does not mean the transplant has failed. The same donor cells can also attack leukaemia cells that are left. GVHD is usually mild, but it can be severe and even put your life at risk."),
  NC_("45-journey.json: $.topics[0].sections[0].blocks[2].text", "It is more likely if your donor is not related to you or is not a close match. Your team gives you medicines that calm the immune system for a few months after the transplant to lower the risk. GVHD can start while you are still taking these medicines, or when the doses are lowered or stopped."),
  NC_("45-journey.json: $.topics[0].sections[1].title", "Acute and chronic GVHD"),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[0].items[0].term", "Acute GVHD"),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[0].items[0].definition", "Usually starts in the first 100 days (about 3 months) after the transplant, but it can come later. It mainly affects the skin, the gut and the liver."),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[0].items[1].term", "Chronic GVHD"),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[0].items[1].definition", "Usually starts at least 100 days after the transplant. It can start on its own or follow acute GVHD. It can last a long time and can also affect the mouth, eyes, lungs, joints and genitals."),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[1].text", "Cancer Research UK lists these signs of acute GVHD:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[1].blocks[2].items[0]", "**Skin:** a rash, often first on the palms, the soles of the feet, the ears or the shoulders. It may itch or hurt, and can spread, blister or peel."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[1].blocks[2].items[1]", "**Gut:** diarrhoea, which may be watery or green and may have blood or mucus in it, with cramping tummy pain. You may feel sick and not want to eat."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[1].blocks[2].items[2]", "**Liver:** yellow skin or yellow whites of the eyes (jaundice), itching, or a swollen, sore tummy. Blood tests often find liver changes before you notice anything."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[1].blocks[3].text", "Doctors grade chronic GVHD as mild, moderate or severe. Treatment often starts with [steroids](glossary:steroids), sometimes with another medicine that calms the immune system. Cancer Research UK says other treatments can be tried if these do not work."),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[4].title", "Signs of GVHD: call the same day"),
  NC_("45-journey.json: $.topics[0].sections[1].blocks[4].text", "If you get a new rash, diarrhoea, yellow skin or eyes, or a sore, swollen tummy after a donor transplant, call your transplant team the same day. Do not wait for your next appointment. Transplant teams would always rather hear from you early."),
  NC_("45-journey.json: $.topics[0].sections[2].title", "Infections after a transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[2].blocks[0].text", "For the first weeks your [white blood cells](glossary:white-blood-cells) are very low. Macmillan says this is why you usually stay in a room of your own. Even after your counts recover, your new immune system is weak for months. Medicines that calm the immune system, and GVHD itself, make infections more likely."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[2].blocks[1].text", "You will take medicines to prevent infection, such as [antibiotics](glossary:antibiotics), for some time. You will need some of your childhood vaccines again, at times your specialist will tell you. Macmillan says that after about a year your immune system should be working well."),
  NC_("45-journey.json: $.topics[0].sections[2].blocks[2].title", "Fever after a transplant: call at once"),
  NC_("45-journey.json: $.topics[0].sections[2].blocks[2].text", "Call your hospital’s 24-hour number straight away, day or night, if your temperature goes up, you feel hot and shivery, you suddenly feel unwell, or you have any sign of infection. Do not wait to see if it gets better."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[2].blocks[3].text", "See [infection and low blood counts](topic:infection-low-counts) for ways to lower your risk of infection, including food safety."),
  NC_("45-journey.json: $.topics[0].sections[3].title", "Time in hospital and recovery"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[3].blocks[0].text", "You go into hospital before the transplant for [conditioning](glossary:conditioning). It usually takes about a week, but can take up to 2 weeks. The day the new cells go in is called Day 0. Days after it are counted as Day +1, Day +2, and so on."),
  NC_("45-journey.json: $.topics[0].sections[3].blocks[1].text", "Macmillan says many people stay in hospital for 4 to 6 weeks, sometimes longer. You can go home when your blood counts are at a safe level, you are eating and drinking, you can walk about on your own, and you can take your medicines as tablets."),
  NC_("45-journey.json: $.topics[0].sections[3].blocks[2].text", "At home you will have check-ups and blood tests often at first. Over time they become less frequent, and in the end yearly. Feeling very tired is common. Recovery takes many months, so go slowly and ask for help. If you live alone, you will need someone to stay with you at first."),
  NC_("45-journey.json: $.topics[0].sections[4].title", "Where donors come from"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[4].blocks[0].text", "Your team looks for a [donor](glossary:donor) whose tissue type matches yours. Tissue type is a set of markers on your cells, passed down from your parents."),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[0].term", "Matched brother or sister"),
  /* xgettext:no-c-format */
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[0].definition", "Anthony Nolan says each brother or sister with the same two parents has a 1 in 4 (25%) chance of the same tissue type. They are usually tested first."),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[1].term", "Matched unrelated donor"),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[1].definition", "A volunteer on a donor register. Anthony Nolan searches all the possible donors in the UK and, if needed, registers around the world."),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[2].term", "Half-matched relative"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[2].definition", "A [haploidentical](glossary:haploidentical) (haplo) transplant uses a parent, a child, or sometimes a brother or sister, whose tissue type is half the same as yours. Almost everyone has one. Not every hospital does this type."),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[3].term", "Cord blood"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[4].blocks[1].items[3].definition", "[Cord blood](glossary:cord-blood) is blood from a baby’s umbilical cord, given after the birth and stored frozen. Anthony Nolan can look for a match in its cord bank."),
  NC_("45-journey.json: $.topics[0].sections[4].blocks[2].text", "Each type has different risks. Ask your team which donor they would choose for you, and why."),
  NC_("45-journey.json: $.topics[0].sections[5].title", "Donor registers in the UK"),
  NC_("45-journey.json: $.topics[0].sections[5].blocks[0].text", "Family and friends often ask how they can help. Usually only brothers and sisters are tested for you. Anyone else can join a register and may one day be a match for someone else. A person needs to be on one UK register only."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[5].blocks[1].items[0]", "**Anthony Nolan:** people aged 16 to 30 can join with a cheek swab. They stay on the register until they are 61."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[5].blocks[1].items[1]", "**DKMS:** people aged 17 to 55 in good health who live in the UK can join with a cheek swab."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[5].blocks[1].items[2]", "**NHS Blood and Transplant:** blood, plasma and platelet donors aged 17 to 40 can join the NHS Stem Cell Donor Registry at a donation appointment. It used to be called the British Bone Marrow Registry."),
  NC_("45-journey.json: $.topics[0].sections[5].blocks[2].text", "Registers need more donors from Black, Asian and other minority ethnic groups, because people are more likely to match someone from a similar background."),
  NC_("45-journey.json: $.topics[0].sections[6].title", "If leukaemia comes back after a transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[6].blocks[0].text", "Anthony Nolan says the risk of the leukaemia coming back is highest soon after a transplant, and goes down after about 2 years. If it does come back, there are still choices. These may include a [donor lymphocyte infusion](glossary:dli) (more white cells from the same donor), other treatment, a [clinical trial](topic:clinical-trials), or for some people a second transplant."),
  NC_("45-journey.json: $.topics[0].sections[6].blocks[1].text", "A second transplant is a big step, and it is not possible for everyone. A large study found that the longer someone stayed in remission after their first transplant, the better a second transplant tended to go."),
  NC_("45-journey.json: $.topics[0].sections[6].blocks[2].title", "What the numbers are based on"),
  /* xgettext:no-c-format */
  NC_("45-journey.json: $.topics[0].sections[6].blocks[2].text", "In that study, published in 2004, of 279 people who had a second transplant after leukaemia came back following a transplant from a matched brother or sister, about 28 in 100 (28%) were alive 5 years later. Treatment has changed since then. Numbers like this describe groups of people, not you. Your team can tell you what they expect for you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[0].sections[6].blocks[3].text", "See also [stem cell transplant for AML](topic:aml-transplant) and [treatment for relapsed ALL](topic:all-treatment)."),
  NC_("45-journey.json: $.topics[0].questions[0]", "What type of donor will I have, and why is that the best choice for me?"),
  NC_("45-journey.json: $.topics[0].questions[1]", "What is my risk of GVHD, and what will you do to prevent it?"),
  NC_("45-journey.json: $.topics[0].questions[2]", "Which signs of GVHD or infection should I call about, and what number do I call?"),
  NC_("45-journey.json: $.topics[0].questions[3]", "How long am I likely to be in hospital, and how far is the transplant unit from home?"),
  NC_("45-journey.json: $.topics[0].questions[4]", "Which medicines will I take after the transplant, and for how long?"),
  NC_("45-journey.json: $.topics[0].questions[5]", "When will I need my vaccines again?"),
  NC_("45-journey.json: $.topics[0].questions[6]", "If my leukaemia comes back after the transplant, could I have a second transplant or donor lymphocytes?"),
  NC_("45-journey.json: $.topics[0].questions[7]", "How can my family and friends help, and should they join a donor register?"),
  NC_("45-journey.json: $.topics[1].title", "Fertility, contraception, pregnancy and sex"),
  NC_("45-journey.json: $.topics[1].summary", "How leukaemia treatment can affect having children, what can be done before treatment, which medicines need contraception and for how long, and sex when your blood counts are low."),
  NC_("45-journey.json: $.topics[1].key_points[0]", "Chemo, radiotherapy and transplants can lower fertility for a while or for good. Ask about it before treatment starts, even if it feels too soon."),
  NC_("45-journey.json: $.topics[1].key_points[1]", "Sperm can be collected at one clinic visit. Freezing eggs or embryos needs hormone treatment first, and with leukaemia there is not always time. Ask what is possible for you."),
  NC_("45-journey.json: $.topics[1].key_points[2]", "Many leukaemia medicines could harm an unborn baby. The labels say to use contraception during treatment and for a time after it, from 2 days to many months. The time is different for each medicine."),
  NC_("45-journey.json: $.topics[1].key_points[3]", "If you or your partner might be pregnant, tell your team the same day."),
  NC_("45-journey.json: $.topics[1].key_points[4]", "Sex is usually fine during treatment, but not when your platelets or white cells are very low. Use condoms to protect your partner and yourself."),
  NC_("45-journey.json: $.topics[1].sections[0].title", "What treatment can do to fertility"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[0].blocks[0].text", "Fertility means being able to have a baby. The Leukaemia Foundation says some [chemo](glossary:chemotherapy) and [radiotherapy](glossary:radiotherapy) can lower fertility, for a while or for good. In women, the ovaries may stop working earlier than usual, which brings an early menopause. In men, making sperm may stop for a while and then sometimes come back."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[0].blocks[1].text", "The high-dose treatment before a [stem cell transplant](glossary:stem-cell-transplant), sometimes with radiotherapy to the whole body, can also cause infertility. Your team can tell you how likely it is with the treatment planned for you."),
  NC_("45-journey.json: $.topics[1].sections[1].title", "What can be done before treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[1].blocks[0].text", "NICE says people with cancer should have the chance to talk about fertility with their cancer team and with a fertility specialist before treatment. This is called [fertility preservation](glossary:fertility-preservation)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[1].blocks[1].items[0]", "**Sperm:** after puberty, sperm can be collected and frozen at a fertility clinic. Two or three samples may be asked for, but one may be enough. For boys who have not reached puberty, tissue from the testicles can sometimes be frozen."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[1].blocks[1].items[1]", "**Eggs or embryos:** eggs, or pieces of ovary, can be collected and frozen. With a partner’s sperm, eggs can be made into embryos and frozen. NICE says this is for women who are well enough for hormone treatment and an egg collection."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[1].blocks[1].items[2]", "**Storage:** NICE says frozen samples should be stored for at least 10 years, and longer for sperm if the risk to fertility lasts."),
  NC_("45-journey.json: $.topics[1].sections[1].blocks[2].text", "The stored sperm, eggs or embryos may be used later with fertility treatment to try for a baby. A fertility counsellor can support you and your partner, if you have one."),
  NC_("45-journey.json: $.topics[1].sections[2].title", "When treatment cannot wait"),
  NC_("45-journey.json: $.topics[1].sections[2].blocks[0].text", "Leukaemia treatment often has to start quickly. NICE says the choice depends on your illness, your treatment plan and how quickly treatment must start. The Leukaemia Foundation says some people are too unwell when they are diagnosed to give sperm samples."),
  NC_("45-journey.json: $.topics[1].sections[2].blocks[1].text", "So be ready for an honest answer. One sperm sample may be enough, so sperm banking can sometimes fit in before treatment. Collecting eggs needs hormone treatment first, so it may not fit. You may already have had treatment that affects fertility, and your team can tell you what that means. Asking is always worth it, even on the first day."),
  NC_("45-journey.json: $.topics[1].sections[2].blocks[2].title", "If fertility preservation was not possible"),
  NC_("45-journey.json: $.topics[1].sections[2].blocks[2].text", "For some people, fertility comes back after treatment, so do not assume you cannot get pregnant or cause a pregnancy. A fertility specialist can talk with you about the choices when you are ready."),
  NC_("45-journey.json: $.topics[1].sections[3].title", "Contraception during and after treatment"),
  NC_("45-journey.json: $.topics[1].sections[3].blocks[0].text", "Many leukaemia medicines could harm an unborn baby. Their labels say to avoid pregnancy during treatment and for a time after the last dose. This applies to women who could get pregnant, and often to men whose partner could get pregnant. Macmillan suggests condoms or a cap, because hormonal contraception may work less well during treatment."),
  NC_("45-journey.json: $.topics[1].sections[3].blocks[1].text", "The time is different for each medicine. The next two sections give the times for some AML and ALL medicines."),
  NC_("45-journey.json: $.topics[1].sections[3].blocks[2].title", "If you might be pregnant"),
  NC_("45-journey.json: $.topics[1].sections[3].blocks[2].text", "If you or your partner might be pregnant during treatment, or in the months after it, tell your haematology team the same day. Do not stop any medicine on your own: ask them first."),
  NC_("45-journey.json: $.topics[1].sections[4].title", "How long to use contraception: AML medicines"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].header[0]", "Medicine"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].header[1]", "Women who could get pregnant"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].header[2]", "Men with a partner who could get pregnant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[0][0]", "[venetoclax]"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[0][1]", "During treatment and at least 30 days after"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[0][2]", "No time given. The label says it may lower men’s fertility."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[1][0]", "[gilteritinib]"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[1][1]", "During treatment and at least 6 months after"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[1][2]", "During treatment and at least 4 months after"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[2][0]", "[ivosidenib]"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[2][1]", "During treatment and 1 month after. It can make hormonal contraception work less well, so add a barrier method such as condoms."),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[2][2]", "European leaflet: during treatment and at least 1 month after"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[3][0]", "[azacitidine]"),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[3][1]", "US label: 6 months after. European texts differ: one says 3 months after, another says 6 months after."),
  NC_("45-journey.json: $.topics[1].sections[4].blocks[0].rows[3][2]", "3 months after"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[4].blocks[1].text", "These times come from the drug labels listed below, as checked on the date at the top of this page. For [azacitidine], the labels we checked give women different times (3 or 6 months), so ask your team which one they follow."),
  NC_("45-journey.json: $.topics[1].sections[5].title", "How long to use contraception: ALL medicines"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].header[0]", "Medicine"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].header[1]", "Women who could get pregnant"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].header[2]", "Men with a partner who could get pregnant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[0][0]", "[inotuzumab ozogamicin]"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[0][1]", "During treatment and at least 8 months after"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[0][2]", "During treatment and at least 5 months after"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[1][0]", "[blinatumomab]"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[1][1]", "During treatment and at least 48 hours after"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[0].rows[1][2]", "No time given in the source we checked"),
  NC_("45-journey.json: $.topics[1].sections[5].blocks[1].text", "These times also come from the labels listed below. Chemo mixes and other medicines have their own rules. Ask your team or pharmacist about every medicine you take."),
  NC_("45-journey.json: $.topics[1].sections[6].title", "Sex and intimacy"),
  NC_("45-journey.json: $.topics[1].sections[6].blocks[0].text", "It is normal to have questions about sex during treatment. St. Jude tells its patients that their team is used to these questions, so it is fine to ask."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[6].blocks[1].items[0]", "**Low [platelets](glossary:platelets):** sex can cause bruising or bleeding. St. Jude asks its patients to wait until their platelet count is at least 50 (written as 50,000 in the US). Your team may give you a different number."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[6].blocks[1].items[1]", "**Low white cells:** you catch infections more easily. Ask your team when sex is safe, and what to avoid while your counts are low."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[6].blocks[1].items[2]", "**Condoms:** Macmillan says small amounts of chemo can get into body fluids, so use condoms or dental dams to protect your partner. They also protect you from infections passed on through sex."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[6].blocks[1].items[3]", "**Mouth sores:** do not give oral sex if you have cuts or sores in your mouth."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[1].sections[6].blocks[2].text", "If sex hurts, or you notice bleeding afterwards, tell your team. For changes to your body and feelings, see [getting support](topic:getting-support)."),
  NC_("45-journey.json: $.topics[1].questions[0]", "Could my treatment affect my fertility, and how likely is that?"),
  NC_("45-journey.json: $.topics[1].questions[1]", "Is there time to store sperm, eggs or embryos before treatment starts?"),
  NC_("45-journey.json: $.topics[1].questions[2]", "Can you refer me to a fertility specialist today?"),
  NC_("45-journey.json: $.topics[1].questions[3]", "Which contraception should I use, and for how long after each of my medicines?"),
  NC_("45-journey.json: $.topics[1].questions[4]", "Does my partner need to use contraception too?"),
  NC_("45-journey.json: $.topics[1].questions[5]", "What should I do if I think I or my partner might be pregnant?"),
  NC_("45-journey.json: $.topics[1].questions[6]", "At what blood counts is it safe for me to have sex?"),
  NC_("45-journey.json: $.topics[1].questions[7]", "Who can I talk to about sex, relationships and body changes?"),
  NC_("45-journey.json: $.topics[2].title", "Children, teenagers and young adults"),
  NC_("45-journey.json: $.topics[2].summary", "How care is different when a child, teenager or young adult has relapsed leukaemia: where treatment happens, consent, school, and the charities that help families."),
  NC_("45-journey.json: $.topics[2].key_points[0]", "Children and young people are treated by teams who specialise in their age group, often at a specialist centre away from home."),
  NC_("45-journey.json: $.topics[2].key_points[1]", "Some newer treatments for relapsed ALL, such as CAR T-cell therapy, are used differently in children and young adults than in older adults."),
  NC_("45-journey.json: $.topics[2].key_points[2]", "Young people aged 16 or 17 can usually agree to their own treatment. Younger children should still be told what is happening in words they understand."),
  NC_("45-journey.json: $.topics[2].key_points[3]", "School matters. Hospital schools and teachers can work together, and schools need to know about infections like chickenpox."),
  NC_("45-journey.json: $.topics[2].key_points[4]", "CCLG, Teenage Cancer Trust and Young Lives vs Cancer help children, young people and their families."),
  NC_("45-journey.json: $.topics[2].sections[0].title", "How care is different for young people"),
  NC_("45-journey.json: $.topics[2].sections[0].blocks[0].text", "Young Lives vs Cancer says cancer in children and young people is often treated at a specialist centre rather than the local hospital. That centre can be a long way from home."),
  NC_("45-journey.json: $.topics[2].sections[0].blocks[1].text", "When ALL comes back in a child, doctors look closely at how long after diagnosis it came back and where in the body it came back. The National Cancer Institute says these are two of the most important things for planning treatment and judging the outlook."),
  NC_("45-journey.json: $.topics[2].sections[0].blocks[2].text", "Some treatments are used differently by age:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[0].blocks[3].items[0]", "NICE recommends the CAR T-cell therapy [tisagenlecleucel] on the NHS for children and young people up to 25 whose B-cell ALL has not responded, has come back after a transplant, or has come back a second or later time."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[0].blocks[3].items[1]", "In the US, [inotuzumab ozogamicin] is approved for relapsed or refractory B-cell ALL in children aged 1 year and older, as well as adults."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[0].blocks[3].items[2]", "In the US, [revumenib] is approved for some relapsed or refractory acute leukaemias in adults and children aged 1 year and older."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[0].blocks[4].text", "Ask whether there is a clinical trial for your child. See [treatment for relapsed ALL](topic:all-treatment) and [clinical trials, second opinions and early access](topic:trials-second-opinions)."),
  NC_("45-journey.json: $.topics[2].sections[1].title", "Consent and assent"),
  NC_("45-journey.json: $.topics[2].sections[1].blocks[0].text", "Consent means agreeing to a treatment after it has been explained. Alder Hey Children’s Hospital explains the rules in England:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[1].blocks[1].items[0]", "**Aged 16 or 17:** a young person is usually taken to be able to consent to their own treatment, and can sign the form themselves."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[1].blocks[1].items[1]", "**Under 16:** a child can consent if they understand fully what is planned. There is no set age. It depends on the child and on how serious and complex the treatment is."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[1].blocks[1].items[2]", "**Otherwise:** a parent or another person with parental responsibility gives consent."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[1].blocks[2].text", "Even when a child cannot consent, doctors should involve them in decisions from an early age. In research, a child’s own agreement to take part is called **assent**. Young people with capacity can also ask for things to be kept private, within the limits of keeping them safe."),
  NC_("45-journey.json: $.topics[2].sections[2].title", "School and learning"),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[0].text", "CCLG says going back to school helps children feel normal and less alone. Most children’s cancer hospitals have a hospital school. It helps when your child’s own teacher and the hospital school keep in touch."),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[1].items[0]", "Teenagers may worry about looking different, falling behind or fitting back in. It can help to plan the return with the school."),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[1].items[1]", "If treatment makes learning harder, the school can give extra help. Talk to the teachers."),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[1].items[2]", "Brothers and sisters often show their feelings at school too. It is a good idea to tell their school what is happening."),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[2].title", "Chickenpox, measles and fever"),
  NC_("45-journey.json: $.topics[2].sections[2].blocks[2].text", "Ask the school to tell you straight away about chickenpox or measles in your child’s class. If your child has been near someone with either, call your child’s team the same day. If your child has a high temperature or suddenly seems unwell, call the hospital’s 24-hour number at once."),
  NC_("45-journey.json: $.topics[2].sections[3].title", "Teenagers and young adults"),
  NC_("45-journey.json: $.topics[2].sections[3].blocks[0].text", "Teenage Cancer Trust funds 28 units in NHS hospitals for young people with cancer. It also funds specialist nurses and Youth Support Coordinators, who give expert care and support to young people with cancer. Outreach nurses support young people who are treated in a local hospital or at home."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[3].blocks[1].text", "Young people may also want to think about [fertility](topic:fertility) before treatment, and about sex and contraception during it."),
  NC_("45-journey.json: $.topics[2].sections[4].title", "Charities for children, young people and families"),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[0].term", "Children’s Cancer and Leukaemia Group (CCLG)"),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[0].definition", "Information for families of children with cancer, including help with school."),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[1].term", "Teenage Cancer Trust"),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[1].definition", "Specialist units, nurses and youth support for teenagers and young adults with cancer."),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[2].term", "Young Lives vs Cancer"),
  NC_("45-journey.json: $.topics[2].sections[4].blocks[0].items[2].definition", "Social workers who help families with grants, benefits and support, and free Homes from Home near treatment centres where families can stay."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[2].sections[4].blocks[1].text", "For more help, including support lines for adults, see [getting support](topic:getting-support)."),
  NC_("45-journey.json: $.topics[2].questions[0]", "Where will my child be treated, and who is the main person to contact?"),
  NC_("45-journey.json: $.topics[2].questions[1]", "Is there a clinical trial for my child’s type of relapse?"),
  NC_("45-journey.json: $.topics[2].questions[2]", "How will you explain treatment to my child, and how can they take part in decisions?"),
  NC_("45-journey.json: $.topics[2].questions[3]", "Can my teenager consent to treatment themselves, and what if we disagree?"),
  NC_("45-journey.json: $.topics[2].questions[4]", "How can the hospital school and my child’s own school work together?"),
  NC_("45-journey.json: $.topics[2].questions[5]", "When is it safe for my child to go back to school?"),
  NC_("45-journey.json: $.topics[2].questions[6]", "Can we stay near the hospital, and is there help with travel costs?"),
  NC_("45-journey.json: $.topics[2].questions[7]", "Who can support my other children?"),
  NC_("45-journey.json: $.topics[3].title", "Clinical trials, second opinions and early access"),
  NC_("45-journey.json: $.topics[3].summary", "The phases of a trial, what randomisation and placebo mean, consent and leaving a trial, how to look for trials, how to ask for a second opinion, and how new medicines can be had early in the UK."),
  NC_("45-journey.json: $.topics[3].key_points[0]", "Trials go in phases: phase 1 finds a safe dose, phase 2 looks at how well a treatment works, and phase 3 compares it with the standard treatment in many people."),
  NC_("45-journey.json: $.topics[3].key_points[1]", "In a randomised trial a computer decides your group. In cancer trials a placebo (dummy treatment) is usually only given on top of standard treatment."),
  NC_("45-journey.json: $.topics[3].key_points[2]", "Taking part is your choice, and you can leave at any time without it harming your care."),
  NC_("45-journey.json: $.topics[3].key_points[3]", "You can ask your team for a second opinion. Most doctors are happy to refer you, though it can take time."),
  NC_("45-journey.json: $.topics[3].key_points[4]", "In the UK, some new medicines can be had before the usual approval, through the Early Access to Medicines Scheme or, in England, the Cancer Drugs Fund."),
  NC_("45-journey.json: $.topics[3].sections[0].title", "The phases of a trial"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[0].blocks[0].text", "A new treatment goes through several phases of [clinical trials](glossary:clinical-trial) before it can be licensed. The Christie, a cancer hospital, describes them like this:"),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[0].term", "Phase 1"),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[0].definition", "Small groups of people. Looks at side effects and finds the right dose, often for the first time in people."),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[1].term", "Phase 2"),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[1].definition", "Larger groups. Looks at side effects and how well the treatment works, sometimes compared with another treatment or none."),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[2].term", "Phase 3"),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[2].definition", "Many more people, often in several countries. Compares safety, how well it works and quality of life with the standard treatment."),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[3].term", "Phase 4"),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[1].items[3].definition", "After a treatment is licensed. Keeps watching how safe it is and how well it works in large numbers of people."),
  NC_("45-journey.json: $.topics[3].sections[0].blocks[2].text", "With relapsed leukaemia you may be offered an early-phase trial. Ask what the trial is mainly trying to find out, and what is already known about the treatment."),
  NC_("45-journey.json: $.topics[3].sections[1].title", "Randomisation, placebo and blind trials"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[1].blocks[0].text", "Most phase 3 trials, and some phase 2 trials, are **randomised**. Cancer Research UK explains that a computer puts each person into a group by chance. One group has the new treatment. The other, the control group, has the standard treatment. Neither you nor your doctor can choose your group. This keeps the comparison fair."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[1].blocks[1].text", "A [placebo](glossary:placebo) is a dummy treatment with no medicine in it. Cancer Research UK says doctors only give a placebo instead of treatment when there is no standard treatment for the control group. Macmillan says a placebo is more often added to standard treatment, so one group has standard treatment plus the new drug and the other has standard treatment plus a placebo."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[1].blocks[2].text", "In a **blind** trial you are not told which group you are in. In a **double-blind** trial the hospital staff are not told either. The Royal Marsden says the code can always be broken if your safety needs it."),
  NC_("45-journey.json: $.topics[3].sections[2].title", "Consent and leaving a trial"),
  NC_("45-journey.json: $.topics[3].sections[2].blocks[0].text", "Before you join, the research team explains what the trial involves. If you agree to take part, you sign a consent form. Blood Cancer UK says every trial has rules about who can join, and some of the tests for this can only be done after you agree."),
  NC_("45-journey.json: $.topics[3].sections[2].blocks[1].text", "Taking part is always your choice. The US National Library of Medicine says you can leave a trial at any time, before it starts, during it, or during the follow-up. Australia’s government trials site says you do not have to give a reason, and leaving does not change the care you get. Talk to the research team before you stop, so they can tell you about any effects of stopping and what happens next."),
  NC_("45-journey.json: $.topics[3].sections[3].title", "How to find a trial"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[3].blocks[0].items[0]", "**Your team first.** Blood Cancer UK says you usually need your doctor to refer you. They know your results and which trials, local or national, might fit."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[3].blocks[0].items[1]", "**Blood Cancer UK’s Clinical Trials Support Service:** a clinical trials nurse who helps patients and carers understand which trials are open."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[3].blocks[0].items[2]", "**Be Part of Research:** the NIHR website for finding studies across the UK. See [clinical trials](topic:clinical-trials#finding-a-trial)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[3].blocks[0].items[3]", "**ClinicalTrials.gov:** a US National Library of Medicine database of studies in many countries. Take anything you find to your team."),
  NC_("45-journey.json: $.topics[3].sections[3].blocks[1].text", "A trial may be at another hospital, so ask about travel and costs too."),
  NC_("45-journey.json: $.topics[3].sections[4].title", "Second opinions"),
  NC_("45-journey.json: $.topics[3].sections[4].blocks[0].text", "A second opinion means asking another specialist whether they agree with your diagnosis or treatment plan. Macmillan says the NHS does not have to give you one, but you have the right to ask, and most doctors are happy to refer you. Your GP or your hospital doctor usually makes the referral and sends your results."),
  NC_("45-journey.json: $.topics[3].sections[4].blocks[1].text", "It can take time and may mean travelling, which can delay treatment. Ask your team whether waiting would be safe for you. BMT InfoNet says different centres sometimes have different treatments or trials to offer, so a second opinion can be worth it, for example after a relapse following a transplant."),
  NC_("45-journey.json: $.topics[3].sections[5].title", "Getting new medicines early in the UK"),
  NC_("45-journey.json: $.topics[3].sections[5].blocks[0].text", "A medicine usually needs a licence (marketing authorisation) before doctors can prescribe it. In England, NICE then decides whether the NHS should pay for it. There are two ways to get some new cancer medicines sooner:"),
  NC_("45-journey.json: $.topics[3].sections[5].blocks[1].items[0].term", "Early Access to Medicines Scheme (EAMS)"),
  NC_("45-journey.json: $.topics[3].sections[5].blocks[1].items[0].definition", "Run by the MHRA, the UK medicines regulator. For serious or life-threatening illnesses with a clear unmet need, it lets doctors prescribe a medicine that is not licensed yet, or a new use of a licensed one. The MHRA gives a scientific opinion on its benefits and risks. Cancer Research UK says there may still be more unknowns about these medicines than about licensed ones."),
  NC_("45-journey.json: $.topics[3].sections[5].blocks[1].items[1].term", "Cancer Drugs Fund (CDF)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("45-journey.json: $.topics[3].sections[5].blocks[1].items[1].definition", "In England, NICE can recommend a promising cancer medicine for use within the Cancer Drugs Fund while more evidence is collected. NICE says this can give people access months sooner. For example, NICE recommended [brexucabtagene autoleucel] for ALL within the fund."),
  NC_("45-journey.json: $.topics[3].sections[5].blocks[2].text", "Scotland and Wales have their own bodies that decide which medicines are used. A clinical trial may be another route. Your team will know what is open to you."),
  NC_("45-journey.json: $.topics[3].questions[0]", "Is there a trial that might suit me, and what phase is it?"),
  NC_("45-journey.json: $.topics[3].questions[1]", "Is the trial randomised, and could I get a placebo?"),
  NC_("45-journey.json: $.topics[3].questions[2]", "What would happen to my care if I said no, or left the trial later?"),
  NC_("45-journey.json: $.topics[3].questions[3]", "Would I need to travel, and would my costs be paid?"),
  NC_("45-journey.json: $.topics[3].questions[4]", "Could I have a second opinion, and would waiting for it be safe?"),
  NC_("45-journey.json: $.topics[3].questions[5]", "Is there a new medicine for my leukaemia that is available early, through EAMS or the Cancer Drugs Fund?"),
  NC_("45-journey.json: $.topics[3].questions[6]", "Can I look for trials myself, and will you look at what I find?"),
  NC_("50-daily-life.json: $.topics[0].title", "Feelings and mental health"),
  NC_("50-daily-life.json: $.topics[0].summary", "Fear, worry and low mood when leukaemia comes back, waiting for results, talking to children, and where to get help, including in a crisis."),
  NC_("50-daily-life.json: $.topics[0].key_points[0]", "Shock, fear, anger and sadness are normal when leukaemia comes back. You are not weak if you feel them."),
  NC_("50-daily-life.json: $.topics[0].key_points[1]", "If worry or low mood does not lift, or makes daily life hard, tell your team. Help is there, and you can ask for it."),
  NC_("50-daily-life.json: $.topics[0].key_points[2]", "Worry while you wait for results has a name: scanxiety. Ask when and how you will get each result."),
  NC_("50-daily-life.json: $.topics[0].key_points[3]", "With children, simple and honest words usually work best."),
  NC_("50-daily-life.json: $.topics[0].key_points[4]", "If you think about ending your life and might act on it, get emergency help now. In the UK, call 999 or go to A&E."),
  NC_("50-daily-life.json: $.topics[0].sections[0].title", "What you may feel"),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[0].text", "Hearing that leukaemia is back, or has not gone away, is a huge blow. Some people feel numb. Others feel scared, angry, guilty or very sad. Many people feel a mix of these."),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[1].text", "Blood Cancer UK says there is no right way to feel. These feelings are a normal reaction to a very hard time."),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[2].items[0]", "Talk to someone you trust: a friend, a relative, your nurse or a helpline."),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[2].items[1]", "Write your worries down. Take the list to your next visit."),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[2].items[2]", "Keep some small things that you enjoy, even on treatment days."),
  NC_("50-daily-life.json: $.topics[0].sections[0].blocks[2].items[3]", "Meeting others with blood cancer, online or in a group, can help you feel less alone."),
  NC_("50-daily-life.json: $.topics[0].sections[1].title", "When anxiety or low mood does not lift"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[1].blocks[0].text", "Sometimes the worry (anxiety) or sadness does not ease. You may stop enjoying things, sleep badly, or feel hopeless. If this goes on for weeks, or makes daily life hard, tell your [haematology team] or your GP (family doctor)."),
  NC_("50-daily-life.json: $.topics[0].sections[1].blocks[1].text", "They can refer you for counselling or to a psychologist, or talk with you about other treatments. Asking for help is part of your care, just like treatment for an infection."),
  NC_("50-daily-life.json: $.topics[0].sections[1].blocks[2].text", "Some treatments, such as steroids, can change your mood or sleep. Tell your team about any change, so they can check the cause."),
  NC_("50-daily-life.json: $.topics[0].sections[2].title", "Waiting for results (scanxiety)"),
  NC_("50-daily-life.json: $.topics[0].sections[2].blocks[0].text", "Many people feel most anxious before a test and while they wait for the result. This is sometimes called scanxiety. It can happen with bone marrow tests and blood tests, not only scans."),
  NC_("50-daily-life.json: $.topics[0].sections[2].blocks[1].items[0]", "Ask when the result should be ready, and who will tell you."),
  NC_("50-daily-life.json: $.topics[0].sections[2].blocks[1].items[1]", "Ask what to do if you have not heard by then. A late result is not always bad news."),
  NC_("50-daily-life.json: $.topics[0].sections[2].blocks[1].items[2]", "Decide who you want with you when you hear the result."),
  NC_("50-daily-life.json: $.topics[0].sections[2].blocks[1].items[3]", "Plan small things to fill the waiting days, such as a walk or a film with a friend."),
  NC_("50-daily-life.json: $.topics[0].sections[3].title", "Talking to children"),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[0].text", "It is natural to want to protect children. But they often notice when something is wrong, and what they imagine can be worse than the truth. Macmillan says being honest, clear and using simple words is usually the best way."),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[1].items[0]", "Use the real name of the illness, and say how it will be treated."),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[1].items[1]", "Tell them that nothing they did caused it, and that someone will always look after them."),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[1].items[2]", "Ask open questions, such as \"What are you wondering about?\""),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[1].items[3]", "Think about telling their school or nursery, so staff can support them."),
  NC_("50-daily-life.json: $.topics[0].sections[3].blocks[2].text", "If you are worried about how a child is coping, ask your team about counselling for them."),
  NC_("50-daily-life.json: $.topics[0].sections[4].title", "If you feel you cannot go on"),
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[0].title", "Thoughts of suicide"),
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[0].text", "If you have hurt yourself, or you think you might act on thoughts of ending your life, call the emergency number now (999 in the UK, 911 in the United States and Canada) or go to A&E. Do not wait. If you are not in danger right now but feel you cannot cope, call a crisis line today: in the UK, NHS 111 (mental health option) or Samaritans; in the United States and Canada, 988."),
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[1].title", "Help in a crisis (UK)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[1].text", "Emergency: [999](tel:999). NHS 111, mental health option (England and Wales): [111](tel:111). Samaritans, free from any phone, day or night: [116 123](tel:116123)."),
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[2].text", "You do not have to feel suicidal to call Samaritans. They listen to anyone who is struggling to cope. Calls are free from any phone, and what you say stays private."),
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[3].title", "Help in a crisis (United States and Canada)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[3].text", "Suicide and crisis line, free, day or night, by call or text: [988](tel:988). In an emergency: [911](tel:911)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[4].blocks[4].text", "Crisis lines differ from country to country. For France and Spain, see [support in France and Spain](topic:support-organisations-fr-es). In other countries, call your local emergency number."),
  NC_("50-daily-life.json: $.topics[0].sections[5].title", "Someone to talk to"),
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[0].text", "These UK charities have nurses and advisers who listen and help you find support near you."),
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[1].title", "Blood Cancer UK"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[1].text", "Support line: [0808 2080 888](tel:+448082080888). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[2].title", "Macmillan Cancer Support"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[2].text", "Support Line, free, 8am to 8pm, 7 days a week: [0808 808 00 00](tel:+448088080000). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[0].sections[5].blocks[3].text", "Leukaemia Care and other helplines are listed in [getting support](topic:getting-support)."),
  NC_("50-daily-life.json: $.topics[0].questions[0]", "Who can I talk to here about how I am feeling?"),
  NC_("50-daily-life.json: $.topics[0].questions[1]", "Can you refer me to a counsellor or a psychologist?"),
  NC_("50-daily-life.json: $.topics[0].questions[2]", "Could any of my medicines be affecting my mood or sleep?"),
  NC_("50-daily-life.json: $.topics[0].questions[3]", "When will my next result be ready, and who will tell me?"),
  NC_("50-daily-life.json: $.topics[0].questions[4]", "Is there a support group for people with blood cancer near me?"),
  NC_("50-daily-life.json: $.topics[0].questions[5]", "Is there help for my children or my partner?"),
  NC_("50-daily-life.json: $.topics[1].title", "Money, work and practical help"),
  NC_("50-daily-life.json: $.topics[1].summary", "Sick pay, benefits, grants, free prescriptions, travel costs and your rights at work, for the UK first, with pointers for the United States and Canada."),
  NC_("50-daily-life.json: $.topics[1].key_points[0]", "In the UK, equality law counts cancer as a disability. Your employer must not treat you unfairly and should make reasonable changes."),
  NC_("50-daily-life.json: $.topics[1].key_points[1]", "In England, you can apply for a certificate that makes all your prescriptions free. In Scotland, Wales and Northern Ireland, prescriptions are already free."),
  NC_("50-daily-life.json: $.topics[1].key_points[2]", "You may get help with sick pay, benefits, grants and travel costs. Ask for a benefits check early."),
  NC_("50-daily-life.json: $.topics[1].key_points[3]", "If you may have 12 months or less to live, some benefits can be paid faster under special rules."),
  NC_("50-daily-life.json: $.topics[1].key_points[4]", "Rules and amounts change often and differ by country. Check with an adviser before you decide."),
  NC_("50-daily-life.json: $.topics[1].sections[0].title", "Where to start"),
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[0].text", "Leukaemia can cut your income and add new costs, such as travel, parking and heating. It is worth getting advice early, before money gets tight."),
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[1].items[0]", "Ask your hospital team if there is a benefits adviser or a Macmillan information centre. Some hospitals have one."),
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[1].items[1]", "Macmillan's Support Line has money and benefits advisers."),
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[1].items[2]", "Keep your letters and payslips together, so forms are easier to fill in."),
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[2].title", "Macmillan money and benefits advice (UK)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[0].blocks[2].text", "Macmillan Support Line: [0808 808 00 00](tel:+448088080000). Choose the team you need when you are connected. Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  NC_("50-daily-life.json: $.topics[1].sections[1].title", "Sick pay and benefits (UK)"),
  NC_("50-daily-life.json: $.topics[1].sections[1].blocks[0].text", "If you are an employee and too ill to work, you may get Statutory Sick Pay (SSP) from your employer for up to 28 weeks. Your employer may pay more than this under your contract. After 7 days off sick you will need a fit note from a doctor."),
  NC_("50-daily-life.json: $.topics[1].sections[1].blocks[1].text", "If you cannot get sick pay, or it ends, you may be able to claim benefits such as Employment and Support Allowance or Universal Credit. Personal Independence Payment (PIP) can help with extra costs if illness makes daily life or getting around harder. Each benefit has its own rules."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[1].blocks[2].text", "**Special rules for end of life.** If a doctor or nurse thinks you may have 12 months or less to live, you can claim some benefits faster and at a higher rate. A doctor or nurse fills in a form called SR1. If you are not sure, you can ask your doctor whether they will support a claim. GOV.UK says the rules are different in Scotland."),
  NC_("50-daily-life.json: $.topics[1].sections[1].blocks[3].text", "The amounts of sick pay and benefits change over time. Check the current figures with an adviser or on GOV.UK."),
  NC_("50-daily-life.json: $.topics[1].sections[2].title", "Prescriptions, travel and grants (UK)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[2].blocks[0].items[0]", "**Prescriptions.** In Scotland, Wales and Northern Ireland, all NHS prescriptions are free. In England, you can apply for a medical exemption certificate if you are being treated for cancer or its effects. Get the form (FP92A) from your GP, pharmacy or cancer clinic. Your doctor signs it. The certificate lasts 5 years and covers all your prescriptions, not only cancer medicines."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[2].blocks[0].items[1]", "**If you pay before the certificate comes.** Ask the pharmacy for a refund receipt (FP57) when you pay. You must claim the refund within 3 months."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[2].blocks[0].items[2]", "**Travel to hospital.** If you get certain benefits or have a low income, the NHS Healthcare Travel Costs Scheme may pay back your travel costs. Ask the hospital how to claim, and claim within 3 months."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[2].blocks[0].items[3]", "**Grants.** Macmillan Grants are small one-off payments for people with cancer who have low income and savings, for things like heating bills, new clothes or a short break in the UK. A health or social care worker applies for you."),
  NC_("50-daily-life.json: $.topics[1].sections[3].title", "Work and your rights (UK)"),
  NC_("50-daily-life.json: $.topics[1].sections[3].blocks[0].text", "In England, Scotland and Wales, the Equality Act 2010 protects people with cancer from unfair treatment at work. In Northern Ireland, the Disability Discrimination Act 1995 does the same."),
  NC_("50-daily-life.json: $.topics[1].sections[3].blocks[1].items[0]", "Your employer must not treat you less fairly because of the leukaemia."),
  NC_("50-daily-life.json: $.topics[1].sections[3].blocks[1].items[1]", "Your employer should make reasonable adjustments, such as time off for appointments, shorter hours, working from home or a slow return to work."),
  NC_("50-daily-life.json: $.topics[1].sections[3].blocks[1].items[2]", "Carers are protected from some kinds of unfair treatment at work too."),
  NC_("50-daily-life.json: $.topics[1].sections[3].blocks[2].text", "Many people ask if they can still work. It depends on your treatment. Treatment may mean time in hospital and a high risk of infection, so many people need time off. Talk to your team before you decide."),
  NC_("50-daily-life.json: $.topics[1].sections[4].title", "In the United States and Canada"),
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[0].text", "The rules are very different outside the UK. These are starting points only."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[1].items[0]", "**United States.** The Family and Medical Leave Act (FMLA) lets many employees take up to 12 weeks a year of unpaid leave without losing their job. It covers employers with 50 or more staff, and some states give more rights. Your health insurance through work must carry on during the leave. The American Cancer Society's helpline can help with money and insurance questions. Blood Cancer United also supports patients and families."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[1].items[1]", "**Canada.** Employment Insurance (EI) sickness benefits can pay part of your earnings for up to 26 weeks if you have worked enough insured hours. Family members may get EI caregiving benefits. The Canadian Cancer Society gives information for people in Canada."),
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[2].title", "American Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[2].text", "Cancer helpline, any time of day or night: [1-800-227-2345](tel:+18002272345). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[1].sections[4].blocks[3].text", "The Canadian Cancer Society's number is in [getting support](topic:getting-support#canada)."),
  NC_("50-daily-life.json: $.topics[1].questions[0]", "Is there a benefits adviser I can see at this hospital?"),
  NC_("50-daily-life.json: $.topics[1].questions[1]", "Can you sign my form for a prescription exemption certificate?"),
  NC_("50-daily-life.json: $.topics[1].questions[2]", "Can I claim back my travel and parking costs?"),
  NC_("50-daily-life.json: $.topics[1].questions[3]", "How long am I likely to be off work, and can you write that down for my employer?"),
  NC_("50-daily-life.json: $.topics[1].questions[4]", "Would you support a claim under the special rules, if it applies to me?"),
  NC_("50-daily-life.json: $.topics[1].questions[5]", "Can someone apply for a grant for me?"),
  NC_("50-daily-life.json: $.topics[2].title", "Carers"),
  NC_("50-daily-life.json: $.topics[2].summary", "For the partner, relative or friend who looks after someone with leukaemia: looking after yourself, help with money and practical tasks, and what you can ask the team."),
  NC_("50-daily-life.json: $.topics[2].key_points[0]", "If you help someone with leukaemia and are not paid for it, you are a carer. Saying so can open the door to help."),
  NC_("50-daily-life.json: $.topics[2].key_points[1]", "In the UK, you can ask your local council for a free carer's assessment of what would help you."),
  NC_("50-daily-life.json: $.topics[2].key_points[2]", "You may be able to get Carer's Allowance or other money help. Ask for a benefits check."),
  NC_("50-daily-life.json: $.topics[2].key_points[3]", "Look after your own health and sleep. Taking a break is not letting anyone down."),
  NC_("50-daily-life.json: $.topics[2].key_points[4]", "With the patient's permission, you can talk to the team and learn who to call, and when."),
  NC_("50-daily-life.json: $.topics[2].sections[0].title", "You are a carer too"),
  NC_("50-daily-life.json: $.topics[2].sections[0].blocks[0].text", "Many partners, parents, children and friends do not think of themselves as carers. But if you help someone with leukaemia without being paid, you are one. In some countries the word is caregiver. You might drive them to the hospital, help them wash, handle their medicines or just keep them company."),
  NC_("50-daily-life.json: $.topics[2].sections[0].blocks[1].text", "Caring can be tiring and lonely, and it is often frightening. You may need support as much as the person you care for."),
  NC_("50-daily-life.json: $.topics[2].sections[1].title", "Looking after yourself"),
  NC_("50-daily-life.json: $.topics[2].sections[1].blocks[0].items[0]", "Eat, sleep and see your own GP when you need to. Tell your GP that you are a carer."),
  NC_("50-daily-life.json: $.topics[2].sections[1].blocks[0].items[1]", "Accept offers of help. Give people a clear task, such as shopping or a lift to the hospital."),
  NC_("50-daily-life.json: $.topics[2].sections[1].blocks[0].items[2]", "Take breaks. In the UK, your council may arrange for someone to step in so you can rest."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[1].blocks[0].items[3]", "Talk about how you feel. The helplines in [feelings and mental health](topic:feelings#helplines) are for carers too."),
  NC_("50-daily-life.json: $.topics[2].sections[2].title", "Practical and money help (UK)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[2].blocks[0].text", "**Carer's assessment.** You can ask your local council's social services for a carer's assessment. It is free. It looks at what would make caring easier for you, such as a break from caring, help with personal tasks or changes to the home. You can have one even if the person you care for has not been assessed. In Scotland you can have an assessment, but there is no automatic right to services."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[2].blocks[1].text", "**Carer's Allowance.** If you are 16 or over, care for someone for at least 35 hours a week, and they get certain disability benefits such as the daily living part of PIP, you may be able to get Carer's Allowance. There is a limit on what you can earn, and you cannot be in full-time study. The rules are different in Northern Ireland. In Scotland, a benefit called Carer Support Payment has replaced it. Ask a benefits adviser, as it can affect other benefits."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[2].blocks[2].text", "**At work.** In the UK, carers are protected from some kinds of unfair treatment at work because of the person they care for. In the United States, the Family and Medical Leave Act can also give leave to care for a close family member. In Canada, Employment Insurance has caregiving benefits."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[2].blocks[3].text", "See [money, work and practical help](topic:money-work) for benefits and grants for the person you care for."),
  NC_("50-daily-life.json: $.topics[2].sections[3].title", "Working with the care team"),
  NC_("50-daily-life.json: $.topics[2].sections[3].blocks[0].text", "The team usually needs the agreement of the person you care for before it shares details with you. Ask them to tell the team that you may call or come to visits."),
  NC_("50-daily-life.json: $.topics[2].sections[3].blocks[1].title", "Know who to call, and when"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[2].sections[3].blocks[1].text", "If the person you care for has a fever, shivers, bleeding, or suddenly seems unwell or confused, call their hospital's 24-hour number straight away. Keep the number in your phone. See [Feeling unwell? Act now](topic:act-now)."),
  NC_("50-daily-life.json: $.topics[2].questions[0]", "Can you note in the records that I am the carer and may call you?"),
  NC_("50-daily-life.json: $.topics[2].questions[1]", "What is the 24-hour number, and when should I use it?"),
  NC_("50-daily-life.json: $.topics[2].questions[2]", "What should I watch for at home, and what should I do about it?"),
  NC_("50-daily-life.json: $.topics[2].questions[3]", "Is there a social worker or support service for carers here?"),
  NC_("50-daily-life.json: $.topics[2].questions[4]", "How do I ask for a carer's assessment?"),
  NC_("50-daily-life.json: $.topics[2].questions[5]", "What help is there if I need a break?"),
  NC_("50-daily-life.json: $.topics[3].title", "Everyday living"),
  NC_("50-daily-life.json: $.topics[3].summary", "Tiredness, eating, mouth care, hair loss, memory and thinking, exercise, driving, travel and insurance while you live with leukaemia and its treatment."),
  NC_("50-daily-life.json: $.topics[3].key_points[0]", "Tiredness is very common. Plan your day, rest when you need to and tell your team, because low blood counts can be a cause."),
  NC_("50-daily-life.json: $.topics[3].key_points[1]", "Keep your mouth clean with a soft toothbrush. Tell your team about mouth ulcers, pain or white patches."),
  NC_("50-daily-life.json: $.topics[3].key_points[2]", "Hair loss from chemotherapy almost always grows back once treatment ends."),
  NC_("50-daily-life.json: $.topics[3].key_points[3]", "Gentle activity, such as a short walk, often helps with tiredness. Ask your team what is safe for you."),
  NC_("50-daily-life.json: $.topics[3].key_points[4]", "Check with your team before you drive or travel, and tell insurers about your leukaemia."),
  NC_("50-daily-life.json: $.topics[3].sections[0].title", "Tiredness"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[3].sections[0].blocks[0].text", "Leukaemia and its treatment often cause a deep tiredness that rest does not fully fix. This is sometimes called fatigue. Too few red blood cells ([anaemia]) can add to it, so tell your team if you feel more tired than usual."),
  NC_("50-daily-life.json: $.topics[3].sections[0].blocks[1].items[0]", "Plan your day. Do the most important things when you have the most energy."),
  NC_("50-daily-life.json: $.topics[3].sections[0].blocks[1].items[1]", "Rest when you need to, but try to get up and move a little each day."),
  NC_("50-daily-life.json: $.topics[3].sections[0].blocks[1].items[2]", "Let other people help with shopping, cooking and cleaning."),
  NC_("50-daily-life.json: $.topics[3].sections[1].title", "Eating when you do not feel like it"),
  NC_("50-daily-life.json: $.topics[3].sections[1].blocks[0].text", "Treatment can take away your appetite, change how food tastes or make you feel sick. Small meals and snacks through the day are often easier than big meals. Keep drinking fluids."),
  NC_("50-daily-life.json: $.topics[3].sections[1].blocks[1].text", "Tell your team if you are losing weight, cannot keep food or drink down, or find it hard to swallow. They can give medicine for sickness and may refer you to a dietitian (an expert in food and health). Your team may also give you advice on food safety while your blood counts are low."),
  NC_("50-daily-life.json: $.topics[3].sections[2].title", "Mouth care"),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[0].text", "Chemotherapy can make your mouth sore or dry, and cause ulcers, taste changes or mouth infections. These effects usually get better when treatment finishes."),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[1].items[0]", "Brush your teeth gently at least twice a day with a soft toothbrush."),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[1].items[1]", "Use a mouthwash without alcohol, or the one your team gives you."),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[1].items[2]", "Keep your lips moist and drink plenty."),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[2].title", "Mouth problems to report"),
  NC_("50-daily-life.json: $.topics[3].sections[2].blocks[2].text", "Call your hospital's 24-hour number straight away if you have a sore mouth and a temperature, or if you cannot eat or drink. Tell your team the same day about new ulcers, redness, swelling or white patches in your mouth."),
  NC_("50-daily-life.json: $.topics[3].sections[3].title", "Hair loss"),
  NC_("50-daily-life.json: $.topics[3].sections[3].blocks[0].text", "Many chemotherapy drugs make hair thin or fall out, sometimes including eyebrows and eyelashes. Ask your team if your treatment is likely to do this."),
  NC_("50-daily-life.json: $.topics[3].sections[3].blocks[1].text", "If hair falls out because of cancer drugs, it almost always grows back after treatment. Cancer Research UK says this may take several months. New hair may be a different colour or texture at first. Some people cut their hair short before it falls out. In the UK, you can ask your team about getting a wig through the NHS."),
  NC_("50-daily-life.json: $.topics[3].sections[4].title", "Memory and thinking (\"chemo brain\")"),
  NC_("50-daily-life.json: $.topics[3].sections[4].blocks[0].text", "Some people find it harder to remember things, concentrate or do two things at once. This is often called chemo brain or brain fog. Tiredness can make it worse."),
  NC_("50-daily-life.json: $.topics[3].sections[4].blocks[1].items[0]", "Use lists, a diary and phone reminders."),
  NC_("50-daily-life.json: $.topics[3].sections[4].blocks[1].items[1]", "Get things ready the night before."),
  NC_("50-daily-life.json: $.topics[3].sections[4].blocks[1].items[2]", "Bring someone to appointments, or use the notes in this app."),
  NC_("50-daily-life.json: $.topics[3].sections[4].blocks[1].items[3]", "Tell your team if it gets in the way of daily life."),
  NC_("50-daily-life.json: $.topics[3].sections[5].title", "Exercise"),
  NC_("50-daily-life.json: $.topics[3].sections[5].blocks[0].text", "Being active can give you more energy, ease stress and help keep your muscles strong. Leukaemia Care suggests starting slowly, for example with a short walk, and building up bit by bit."),
  NC_("50-daily-life.json: $.topics[3].sections[5].blocks[1].text", "Ask your team what is safe for you. You may be told to avoid gyms and pools while you are at high risk of infection. When your platelets are low, avoid exercise with knocks, bumps or very heavy weights."),
  NC_("50-daily-life.json: $.topics[3].sections[6].title", "Driving"),
  NC_("50-daily-life.json: $.topics[3].sections[6].blocks[0].text", "Many people can still drive during treatment, but some medicines make you sleepy or unwell. Ask your team before you drive after treatment. You may be too tired to drive home from a long day at the hospital."),
  NC_("50-daily-life.json: $.topics[3].sections[6].blocks[1].text", "In the UK, you must tell the DVLA (the driving licence agency) if your doctor says you might not be fit to drive, if you have problems with your brain or nerves, or if your medicines could affect your driving. Tell your car insurer about changes in your health too. Other countries have their own rules."),
  NC_("50-daily-life.json: $.topics[3].sections[7].title", "Travel and insurance"),
  NC_("50-daily-life.json: $.topics[3].sections[7].blocks[0].text", "Check with your team that you are fit to travel before you book. Ask your team before you have any vaccines for travel."),
  NC_("50-daily-life.json: $.topics[3].sections[7].blocks[1].text", "When you buy travel insurance, you must tell the insurer about your leukaemia and any other health problems. If you do not, they may refuse to pay if you need help abroad. Cover often costs more, and some policies leave out claims linked to cancer, so check the terms. Some companies specialise in cover for people with health problems."),
  NC_("50-daily-life.json: $.topics[3].questions[0]", "Could my tiredness be caused by a low blood count?"),
  NC_("50-daily-life.json: $.topics[3].questions[1]", "Is my treatment likely to make my hair fall out?"),
  NC_("50-daily-life.json: $.topics[3].questions[2]", "What mouthwash and toothbrush should I use?"),
  NC_("50-daily-life.json: $.topics[3].questions[3]", "What kind of exercise is safe for me now?"),
  NC_("50-daily-life.json: $.topics[3].questions[4]", "Is it safe for me to drive after my treatment?"),
  NC_("50-daily-life.json: $.topics[3].questions[5]", "Am I fit to travel, and do I need any vaccines or letters?"),
  NC_("50-daily-life.json: $.topics[4].title", "Planning ahead"),
  NC_("50-daily-life.json: $.topics[4].summary", "Advance care planning, ReSPECT forms, DNACPR decisions, where you would like to be cared for, and lasting power of attorney, explained gently."),
  NC_("50-daily-life.json: $.topics[4].key_points[0]", "Planning ahead means thinking about what matters to you and telling the people close to you and your team. You can do it at any time and change your mind."),
  NC_("50-daily-life.json: $.topics[4].key_points[1]", "A ReSPECT form records what care you would want in an emergency when you cannot speak for yourself."),
  NC_("50-daily-life.json: $.topics[4].key_points[2]", "A DNACPR decision is only about CPR if your heart stops. It does not stop any other treatment or care."),
  NC_("50-daily-life.json: $.topics[4].key_points[3]", "A lasting power of attorney lets someone you trust make decisions for you if you cannot."),
  NC_("50-daily-life.json: $.topics[4].key_points[4]", "The rules differ between England and Wales, Scotland, Northern Ireland and other countries."),
  NC_("50-daily-life.json: $.topics[4].sections[0].title", "Why plan ahead"),
  NC_("50-daily-life.json: $.topics[4].sections[0].blocks[0].text", "Thinking about the future can be hard. Some people want to plan early. Others would rather wait. Both are fine. Planning does not mean giving up on treatment. Many people make plans while they are still having treatment."),
  NC_("50-daily-life.json: $.topics[4].sections[0].blocks[1].text", "Planning ahead means thinking about what matters most to you, and telling your family and your team. It helps them make the choices you would want if you ever become too ill to say. You might think about:"),
  NC_("50-daily-life.json: $.topics[4].sections[0].blocks[2].items[0]", "What matters most to you, and what worries you most."),
  NC_("50-daily-life.json: $.topics[4].sections[0].blocks[2].items[1]", "Where you would like to be cared for if you become very ill: at home, in a hospice or in hospital."),
  NC_("50-daily-life.json: $.topics[4].sections[0].blocks[2].items[2]", "Who you would want to speak for you if you cannot."),
  NC_("50-daily-life.json: $.topics[4].sections[1].title", "ReSPECT forms"),
  NC_("50-daily-life.json: $.topics[4].sections[1].blocks[0].text", "ReSPECT stands for Recommended Summary Plan for Emergency Care and Treatment. It is used in many parts of the UK. A doctor or nurse talks with you about what matters to you and what treatment is realistic. They write the advice on a ReSPECT form."),
  NC_("50-daily-life.json: $.topics[4].sections[1].blocks[1].text", "The form stays with you, so staff can see it quickly in an emergency. It can say what treatments you would want, and which ones would not help. It is not legally binding, but it guides the staff who look after you. It can be updated if your situation changes."),
  NC_("50-daily-life.json: $.topics[4].sections[2].title", "DNACPR decisions"),
  NC_("50-daily-life.json: $.topics[4].sections[2].blocks[0].text", "CPR (cardiopulmonary resuscitation) is what staff try if your heart or breathing stops. It can include pressing hard on the chest, electric shocks and a machine to help you breathe."),
  NC_("50-daily-life.json: $.topics[4].sections[2].blocks[1].text", "CPR can sometimes restart the heart. But when someone is very ill, it often does not work, and it can cause harm, such as broken ribs. So a doctor may decide, ideally with you, that CPR should not be tried. This is a DNACPR (do not attempt CPR) decision. Some people call it a DNR (do not resuscitate) order."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[4].sections[2].blocks[2].text", "A DNACPR decision is **only** about CPR. You still get all your other treatment and care, such as antibiotics, blood transfusions and pain relief. If you do not understand or agree with a decision, ask your doctor to talk it through with you. You can also ask for a second opinion from another doctor."),
  NC_("50-daily-life.json: $.topics[4].sections[3].title", "Legal ways to plan"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[4].sections[3].blocks[0].text", "**Lasting power of attorney (England and Wales).** A lasting power of attorney for health and welfare is a legal document. In it, you choose one or more people (called attorneys) to make decisions about your health and care if you lose the ability to make them yourself. They must be 18 or over. It must be registered with the Office of the Public Guardian before it can be used. There is a separate one for money and property."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[4].sections[3].blocks[1].text", "**Advance decision.** You can also write down treatments you would refuse in the future. This is called an advance decision to refuse treatment, or sometimes a living will. Compassion in Dying can help you write one."),
  NC_("50-daily-life.json: $.topics[4].sections[3].blocks[2].text", "Scotland, Northern Ireland and other countries have different laws and forms. Ask your team or a solicitor what applies where you live."),
  NC_("50-daily-life.json: $.topics[4].sections[4].title", "Starting the conversation"),
  NC_("50-daily-life.json: $.topics[4].sections[4].blocks[0].text", "You can ask your team, your GP or a specialist nurse to talk with you about planning ahead. You can bring someone with you. Share any plans with your family and keep copies where they can be found."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[4].sections[4].blocks[1].text", "See [end of life care](topic:end-of-life) and [getting support](topic:getting-support#end-of-life-support) for more help, including the Marie Curie Support Line."),
  NC_("50-daily-life.json: $.topics[4].questions[0]", "Can we talk about what might happen and what my choices are?"),
  NC_("50-daily-life.json: $.topics[4].questions[1]", "Should I have a ReSPECT form, and what would it say?"),
  NC_("50-daily-life.json: $.topics[4].questions[2]", "Is there a DNACPR decision about me, and why?"),
  NC_("50-daily-life.json: $.topics[4].questions[3]", "Can I be cared for at home or in a hospice if I want to be?"),
  NC_("50-daily-life.json: $.topics[4].questions[4]", "How do I set up a lasting power of attorney?"),
  NC_("50-daily-life.json: $.topics[4].questions[5]", "Who can help me write down my wishes?"),
  NC_("50-daily-life.json: $.topics[5].title", "Support in France and Spain"),
  NC_("50-daily-life.json: $.topics[5].summary", "Helplines and leukaemia organisations for readers in France and Spain."),
  NC_("50-daily-life.json: $.topics[5].key_points[0]", "In France, the Ligue contre le cancer has a free, confidential helpline with psychologists."),
  NC_("50-daily-life.json: $.topics[5].key_points[1]", "In France, the national suicide prevention line is 3114, free, day and night."),
  NC_("50-daily-life.json: $.topics[5].key_points[2]", "In France, Leucémie Espoir is a network of local groups for people with leukaemia and other blood diseases, and their families."),
  NC_("50-daily-life.json: $.topics[5].key_points[3]", "In Spain, the Fundación Josep Carreras contra la Leucemia gives information for people with leukaemia."),
  NC_("50-daily-life.json: $.topics[5].key_points[4]", "For an urgent medical problem, call your hospital first, not a charity."),
  NC_("50-daily-life.json: $.topics[5].sections[0].title", "France"),
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[0].text", "The Ligue contre le cancer is a national cancer charity in France. It offers phone support from psychologists, from the time of diagnosis. The line is free, confidential and anonymous."),
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[1].title", "Ligue contre le cancer"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[1].text", "Support line with psychologists, free: [0 800 940 939](tel:+33800940939). Helplines are not for emergencies. If you feel unwell, call your hospital's 24-hour number at once."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[2].text", "Leucémie Espoir is a federation of local associations across France. They support children and adults with leukaemia and other blood diseases, and their families. Local groups may help with paperwork, visit hospital wards or fund extra care. Website: [leucemie-espoir.org](https://www.leucemie-espoir.org)."),
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[3].text", "The 3114 is France's national suicide prevention line. It answers day and night. You can call for yourself or for someone you are worried about."),
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[4].title", "3114 (France)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[5].sections[0].blocks[4].text", "National suicide prevention line, free, 24 hours a day: [3114](tel:3114)."),
  NC_("50-daily-life.json: $.topics[5].sections[1].title", "Spain"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[5].sections[1].blocks[0].text", "The Fundación Josep Carreras contra la Leucemia works against leukaemia in Spain. Its website has information for patients about leukaemia, written with haematologists. Website: [fcarreras.org](https://www.fcarreras.org)."),
  NC_("50-daily-life.json: $.topics[5].sections[1].blocks[1].text", "For help in a crisis in Spain, call your local emergency number."),
  NC_("50-daily-life.json: $.topics[5].sections[2].title", "If you feel unwell"),
  NC_("50-daily-life.json: $.topics[5].sections[2].blocks[0].title", "Medical problems come first"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("50-daily-life.json: $.topics[5].sections[2].blocks[0].text", "If you suddenly feel unwell, or have any of the signs in [Feeling unwell? Act now](topic:act-now), call your hospital's 24-hour number straight away, not a charity."),
  NC_("50-daily-life.json: $.topics[5].questions[0]", "Is there a psychologist or social worker at this hospital I can see?"),
  NC_("50-daily-life.json: $.topics[5].questions[1]", "Which patient groups do you know of for leukaemia near here?"),
  NC_("50-daily-life.json: $.topics[5].questions[2]", "Who do I call at night if I feel unwell?"),
  NC_("50-daily-life.json: $.topics[5].questions[3]", "Is there help with travel or a place to stay near the hospital?"),
  NC_("50-daily-life.json: $.topics[5].questions[4]", "Can I get information about my treatment in my own language?"),
};
#endif
