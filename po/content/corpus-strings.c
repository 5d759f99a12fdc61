/* corpus-strings.c: the guide's text, for translators
 *
 * Written by lg-corpus-strings from data/corpus; do not edit by hand.
 * Regenerate with: ninja -C build update-corpus-strings
 *
 * SPDX-License-Identifier: CC-BY-SA-4.0
 */

#if 0
static const char *corpus_strings[] = {
  NC_("00-corpus.json: $.groups[0].title", "Understanding relapse"),
  NC_("00-corpus.json: $.groups[1].title", "Acute myeloid leukaemia"),
  NC_("00-corpus.json: $.groups[2].title", "Acute lymphoblastic leukaemia"),
  NC_("00-corpus.json: $.groups[3].title", "Treatment and care"),
  NC_("00-corpus.json: $.groups[4].title", "Support"),
  NC_("00-corpus.json: $.groups[5].title", "Reference"),
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
  NC_("10-understanding.json: $.glossary[0].term", "relapse"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[0].definition", "When leukaemia comes back after treatment had cleared it and brought a [remission]. Also called recurrence."),
  NC_("10-understanding.json: $.glossary[1].term", "refractory"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[1].definition", "Leukaemia that does not respond well enough to treatment, so a [remission] is not reached. Know AML says AML is called refractory if leukaemia cells are still seen after two cycles of chemo."),
  NC_("10-understanding.json: $.glossary[2].term", "remission"),
  NC_("10-understanding.json: $.glossary[2].definition", "A time when the signs of leukaemia have gone down or gone away after treatment. Some leukaemia cells may still be in the body, so it can come back."),
  NC_("10-understanding.json: $.glossary[3].term", "complete remission"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  /* xgettext:no-c-format */
  NC_("10-understanding.json: $.glossary[3].definition", "When tests find no sign of leukaemia after treatment. For ALL, Leukaemia Care says this means normal blood counts, less than 5% leukaemia cells in the [bone marrow], and no leukaemia found anywhere else."),
  NC_("10-understanding.json: $.glossary[4].term", "measurable residual disease"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.glossary[4].definition", "The tiny number of [leukaemia cells] that can be left in the body after treatment. They are too few to see under a microscope, but tests such as [flow cytometry] and [PCR] can find them. MRD positive means some were found. MRD negative means none were found."),
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
  NC_("10-understanding.json: $.topics[0].title", "What relapse and refractory mean"),
  NC_("10-understanding.json: $.topics[0].summary", "What doctors mean when they say leukaemia has relapsed or is refractory, what remission and MRD are, why leukaemia can come back, and where to find support."),
  NC_("10-understanding.json: $.topics[0].sections[0].title", "Relapse and refractory leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[0].text", "This guide is for people with [AML] or [ALL], and for the people who care for them. Both are fast-growing blood cancers. This topic explains two words doctors use when leukaemia comes back or does not go away."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[0].term", "Relapse"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[0].definition", "The leukaemia went away with treatment, but later it came back. You may also hear the words relapsed or recurrent."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[1].term", "Refractory"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[1].items[1].definition", "The treatment did not work well enough. The leukaemia did not go away, so there was no remission."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[2].text", "The charities and cancer groups put it in slightly different ways:"),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[3].items[0]", "Leukaemia Care says AML is refractory when it does not respond to the first treatment."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[3].items[1]", "The Canadian Cancer Society says a [complete remission] was not reached, because the [chemotherapy] did not kill enough [leukaemia cells]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[3].items[2]", "Know AML gives a time. It calls AML refractory if leukaemia cells are still found in the blood or [bone marrow] once two cycles of chemo are over."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[3].items[3]", "For ALL, Leukaemia Care says some people still have leukaemia cells in the bone marrow after strong treatment. This is refractory ALL too."),
  NC_("10-understanding.json: $.topics[0].sections[0].blocks[4].text", "Either way, more treatment is usually needed. The American Cancer Society says AML most often goes into remission after the first treatment. When it does not, or when it comes back, other treatments can be tried if you are well enough for them."),
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
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[0].definition", "Leukaemia cells can still be found."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[1].term", "MRD negative"),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[2].items[1].definition", "The test found no leukaemia cells."),
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[3].text", "MRD can be checked during treatment or after it. It gives a very exact check of the remission. It can also give an early warning that leukaemia is coming back."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[4].text", "After treatment, the MRD result helps your [haematology team] judge how likely a relapse is. A forecast like this is called a [prognosis]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[0].sections[2].blocks[5].text", "The test uses a sample of blood or bone marrow. Laboratories often use [flow cytometry] or [PCR] tests. Read more in [MRD tests](topic:symptoms-and-tests#mrd-tests)."),
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
  NC_("10-understanding.json: $.topics[1].sections[1].title", "When to call your hospital at once"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[0].title", "Call your hospital straight away"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[0].text", "Call the emergency number your hospital gave you straight away if you have a fever, shivers or any sign of infection, if you suddenly feel unwell, or if you have bleeding or new bruises. Do not wait to see if it gets better. If you cannot get through, call 999 in the UK (or your local emergency number) or go to A&E."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[1].text", "Leukaemia and its treatment can leave you with too few healthy [white blood cells]. These cells fight infection. Blood Cancer UK says an infection can then get worse very fast. It also says you can have an infection even without a fever."),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[2].text", "Cancer Research UK lists a temperature above 37.5°C, or below 36°C, as a possible sign of infection after cancer treatment. Feeling hot, cold or shivery can also be a sign. It says to call your 24-hour line if you feel unwell, even with a normal temperature."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[3].text", "Too few [platelets] can make you bleed or bruise easily. Maggie's says to tell your team at once about any bleeding or unusual bruises. This includes nosebleeds, bleeding gums and petechiae."),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[4].title", "Keep the number handy"),
  NC_("10-understanding.json: $.topics[1].sections[1].blocks[4].text", "Keep your hospital's emergency number where you can find it fast, for example in your phone and on a card in your bag."),
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
  NC_("10-understanding.json: $.topics[1].sections[4].blocks[2].text", "A result may be MRD positive (leukaemia cells found) or MRD negative (none found). See [what MRD means](topic:relapse-basics#mrd)."),
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
  NC_("10-understanding.json: $.topics[2].questions[0]", "Is there a clinical trial that might suit me?"),
  NC_("10-understanding.json: $.topics[2].questions[1]", "What is the trial testing, and how is it different from the usual treatment?"),
  NC_("10-understanding.json: $.topics[2].questions[2]", "What are the possible risks and benefits for me?"),
  NC_("10-understanding.json: $.topics[2].questions[3]", "What extra tests, visits or hospital stays would it involve?"),
  NC_("10-understanding.json: $.topics[2].questions[4]", "Where is the trial run, and would I need to travel?"),
  NC_("10-understanding.json: $.topics[2].questions[5]", "Can I leave the trial if I change my mind?"),
  NC_("10-understanding.json: $.topics[2].questions[6]", "What treatment would I have if I do not take part?"),
  NC_("10-understanding.json: $.topics[3].title", "Getting support"),
  NC_("10-understanding.json: $.topics[3].summary", "Helplines and charities that give information and support to people with relapsed or refractory leukaemia and to the people close to them."),
  NC_("10-understanding.json: $.topics[3].sections[0].title", "You do not have to face this alone"),
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[0].text", "Finding out that leukaemia has come back, or has not gone away, can be very hard. Help is there for you, and for your family and friends."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[1].text", "Your [haematology team] is the first place to go with questions about your care. The charities below can also listen, explain things and help you find other support."),
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[2].title", "If you feel unwell"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[0].blocks[2].text", "For an urgent medical problem, such as a fever or bleeding, call your hospital's emergency number, not a charity helpline. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("10-understanding.json: $.topics[3].sections[1].title", "Leukaemia Care (UK)"),
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[0].text", "Leukaemia Care is a UK charity for people affected by leukaemia. It offers advice and support, or just someone to listen. This is for you if you have leukaemia, and for the people close to you."),
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[1].title", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[1].blocks[2].text", "Leukaemia Care can also support you with [end of life care](topic:end-of-life)."),
  NC_("10-understanding.json: $.topics[3].sections[2].title", "Canadian Cancer Society"),
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[0].text", "The Canadian Cancer Society gives information about cancer for people in Canada."),
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[1].title", "Canadian Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[2].blocks[1].text", "Phone: [1-888-939-3333](tel:+18889393333). Website: [cancer.ca](https://cancer.ca)."),
  NC_("10-understanding.json: $.topics[3].sections[3].title", "Blood Cancer United (United States)"),
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[0].text", "Blood Cancer United is the new name of the Leukemia & Lymphoma Society (LLS). It says its aim has not changed. It funds research and gives support to patients, carers and families affected by any kind of blood cancer."),
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[1].title", "Blood Cancer United"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[3].blocks[1].text", "Website: [bloodcancerunited.org](https://bloodcancerunited.org)."),
  NC_("10-understanding.json: $.topics[3].sections[4].title", "Support near the end of life"),
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[0].text", "Leukaemia Care names three more charities that give support and information about end of life care. One of them, Marie Curie, runs a free Support Line for people affected by terminal illness. Calls are free from landlines and mobile phones."),
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[1].title", "Marie Curie"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[1].text", "Support Line: [0800 090 2309](tel:+448000902309). Website: [mariecurie.org.uk](https://www.mariecurie.org.uk)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[2].items[0]", "**Hospice UK** is the national charity for hospice care in the UK. Website: [hospiceuk.org](https://www.hospiceuk.org)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[2].items[1]", "**Compassion in Dying** helps people plan ahead for the end of life, for example by making an advance decision (sometimes called a living will). Website: [compassionindying.org.uk](https://compassionindying.org.uk)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[3].sections[4].blocks[3].text", "See [end of life care](topic:end-of-life) for more."),
  NC_("10-understanding.json: $.topics[4].title", "About this guide"),
  NC_("10-understanding.json: $.topics[4].summary", "How this guide was written and checked, when it will next be reviewed, and what it can and cannot do for you."),
  NC_("10-understanding.json: $.topics[4].sections[0].title", "How this guide was written"),
  NC_("10-understanding.json: $.topics[4].sections[0].blocks[0].text", "This guide is based on pages from leukaemia charities and cancer groups. These are Leukaemia Care, the American Cancer Society, the Canadian Cancer Society and Know AML. Some details come from other health charities. Facts about medicines also come from the news put out by medicine regulators, such as the US Food and Drug Administration (FDA)."),
  NC_("10-understanding.json: $.topics[4].sections[0].blocks[1].text", "We wrote everything again in plain words. We did not copy their sentences. Each topic lists the sources it used, with links, so you can check them."),
  NC_("10-understanding.json: $.topics[4].sections[0].blocks[2].text", "Where sources do not agree, we say so and name each one."),
  NC_("10-understanding.json: $.topics[4].sections[1].title", "When it was checked"),
  NC_("10-understanding.json: $.topics[4].sections[1].blocks[0].text", "This guide was reviewed in November 2026. The next review is due in November 2027."),
  NC_("10-understanding.json: $.topics[4].sections[1].blocks[1].text", "New medicines and new uses for old ones may be approved after that date. Your care team can tell you about the latest options."),
  NC_("10-understanding.json: $.topics[4].sections[2].title", "It does not replace your care team"),
  NC_("10-understanding.json: $.topics[4].sections[2].blocks[0].text", "This guide explains. It cannot tell you what is right for you. Your care team knows you and your illness, and they make choices with you."),
  NC_("10-understanding.json: $.topics[4].sections[2].blocks[1].title", "If you feel unwell"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[2].blocks[1].text", "Call your hospital straight away if you feel unwell. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("10-understanding.json: $.topics[4].sections[3].title", "About numbers"),
  NC_("10-understanding.json: $.topics[4].sections[3].blocks[0].text", "Some topics give numbers, such as how many people relapse. These numbers come from large groups of people. They cannot tell you what will happen to you."),
  NC_("10-understanding.json: $.topics[4].sections[3].blocks[1].text", "Your own outlook depends on many things. These include your type of leukaemia, its genetic changes, and how it responded to treatment before. Your team can talk with you about what the numbers mean for you, if you want to know."),
  NC_("10-understanding.json: $.topics[4].sections[4].title", "Medicines differ between countries"),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[0].text", "Each country decides which medicines can be used and paid for. A medicine approved in the United States may not be approved, or paid for, in the UK, Canada or other countries. It may be approved there for a different use, or later."),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[1].text", "In the UK, the Medicines and Healthcare products Regulatory Agency (MHRA) licenses medicines. In England, NICE then decides whether the NHS should pay for them. Scotland has its own body, the Scottish Medicines Consortium."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[2].text", "Doctors sometimes give a medicine for an illness it is not licensed to treat. This is called [off-label] use."),
  NC_("10-understanding.json: $.topics[4].sections[4].blocks[3].text", "Where this guide names an approval, it gives the body and the date. Ask your team which treatments you can have where you live."),
  NC_("10-understanding.json: $.topics[4].sections[5].title", "Licence"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("10-understanding.json: $.topics[4].sections[5].blocks[0].text", "The text of this guide is shared under the Creative Commons Attribution-ShareAlike 4.0 licence ([CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)). You may copy, share and change it. You must give credit to this guide and share your changes under the same licence."),
  NC_("10-understanding.json: $.topics[4].sections[5].blocks[1].text", "The pages we used as sources belong to their own publishers."),
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
  NC_("20-aml.json: $.glossary[8].definition", "When a doctor uses a medicine for a condition it is not approved to treat. Leukaemia Care gives the example of a medicine approved as a first treatment for AML that is sometimes used after relapse."),
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
  NC_("20-aml.json: $.medicines[0].class", "chemotherapy (antimetabolite)"),
  NC_("20-aml.json: $.medicines[0].route", "drip into a vein, injection under the skin, or into the spinal fluid"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[0].use", "Part of many mixes for relapsed AML, such as [7+3], [FLAG], [FLAG-Ida], [MEC] and [high-dose cytarabine]. A lower dose is used as a gentler treatment. It can also be put into the spinal fluid if leukaemia has reached the brain or spinal cord. Also called Ara-C. Leukaemia Care names FLAG and FLAG-IDA as the preferred chemo for relapsed ALL."),
  NC_("20-aml.json: $.medicines[1].name", "daunorubicin"),
  NC_("20-aml.json: $.medicines[1].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[1].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[1].use", "One of the [anthracyclines] that may be given with cytarabine in [7+3]. The Canadian Cancer Society also lists it with cytarabine and [etoposide] for relapsed or refractory AML. You may have heart tests during treatment."),
  NC_("20-aml.json: $.medicines[2].name", "doxorubicin"),
  NC_("20-aml.json: $.medicines[2].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[2].target", "topoisomerase 2, an enzyme that cancer cells need to divide"),
  NC_("20-aml.json: $.medicines[2].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[2].use", "One of the anthracyclines the Canadian Cancer Society lists for [7+3]. You may have heart tests before and during treatment."),
  NC_("20-aml.json: $.medicines[3].name", "idarubicin"),
  NC_("20-aml.json: $.medicines[3].class", "chemotherapy (anthracycline)"),
  NC_("20-aml.json: $.medicines[3].route", "drip into a vein, or capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[3].use", "The fourth drug in [FLAG-Ida], and one of the anthracyclines listed for [7+3]. Leukaemia Care names FLAG-IDA as a preferred chemo choice for relapsed ALL. It can affect the heart, so you may have heart tests."),
  NC_("20-aml.json: $.medicines[4].name", "mitoxantrone"),
  NC_("20-aml.json: $.medicines[4].class", "chemotherapy (the Canadian Cancer Society lists it with the anthracyclines)"),
  NC_("20-aml.json: $.medicines[4].target", "topoisomerase 2, an enzyme that cancer cells need to divide"),
  NC_("20-aml.json: $.medicines[4].route", "drip into a vein (it is a dark blue liquid)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[4].use", "Used in [MEC], with [high-dose cytarabine], and in other mitoxantrone-based chemo for relapsed or refractory AML. The Canadian Cancer Society also lists it as one of the drugs that can be used in [7+3]."),
  NC_("20-aml.json: $.medicines[5].name", "fludarabine"),
  NC_("20-aml.json: $.medicines[5].class", "chemotherapy (antimetabolite)"),
  NC_("20-aml.json: $.medicines[5].route", "drip into a vein, as part of FLAG or FLAG-Ida"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[5].use", "The FL in [FLAG] and [FLAG-Ida]. These mixes are used for relapsed or refractory AML. Leukaemia Care also names them as the preferred chemo for relapsed ALL."),
  NC_("20-aml.json: $.medicines[6].name", "etoposide"),
  NC_("20-aml.json: $.medicines[6].class", "chemotherapy"),
  NC_("20-aml.json: $.medicines[6].route", "drip into a vein, or capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[6].use", "Part of [MEC]. The Canadian Cancer Society also lists high-dose etoposide with [cyclophosphamide], and etoposide with cytarabine and daunorubicin, for relapsed or refractory AML."),
  NC_("20-aml.json: $.medicines[7].name", "cyclophosphamide"),
  NC_("20-aml.json: $.medicines[7].class", "chemotherapy (alkylating agent)"),
  NC_("20-aml.json: $.medicines[7].route", "drip into a vein, or taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[7].use", "The Canadian Cancer Society lists it with high-dose [etoposide] as one choice for relapsed or refractory AML."),
  NC_("20-aml.json: $.medicines[8].name", "clofarabine"),
  NC_("20-aml.json: $.medicines[8].class", "chemotherapy (antimetabolite)"),
  NC_("20-aml.json: $.medicines[8].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[8].use", "The Canadian Cancer Society lists clofarabine and cytarabine, with or without [filgrastim], among its chemo mixes for relapsed or refractory AML. It also lists clofarabine, with or without cytarabine, among its gentler choices. Cancer Research UK says it is used for young people up to 21 with ALL that has come back after at least two other treatments."),
  NC_("20-aml.json: $.medicines[9].name", "azacitidine"),
  NC_("20-aml.json: $.medicines[9].class", "chemotherapy (antimetabolite)"),
  NC_("20-aml.json: $.medicines[9].route", "injection under the skin, or sometimes a drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[9].use", "A gentler treatment for relapsed or refractory AML. Leukaemia Care and the Canadian Cancer Society both list it. The Canadian page adds that it may be given with [venetoclax]. Treatment runs in 28-day [cycles] and goes on while it is working. Some people with AML take a tablet form."),
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
  NC_("20-aml.json: $.medicines[11].use", "The Canadian Cancer Society lists it with [azacitidine] or [decitabine] as a gentler choice for relapsed or refractory AML. Leukaemia Care's relapse page does not list it. Ask your team whether it is available to you."),
  NC_("20-aml.json: $.medicines[12].name", "hydroxycarbamide"),
  NC_("20-aml.json: $.medicines[12].class", "chemotherapy (antimetabolite)"),
  NC_("20-aml.json: $.medicines[12].route", "capsules taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[12].use", "A gentler treatment that Leukaemia Care lists for relapsed or refractory AML. In acute leukaemia it is mainly used to bring down high numbers of [blasts] in the blood. Also known by its older name, hydroxyurea."),
  NC_("20-aml.json: $.medicines[13].name", "tretinoin"),
  NC_("20-aml.json: $.medicines[13].class", "retinoid (a medicine like vitamin A)"),
  NC_("20-aml.json: $.medicines[13].route", "capsules taken by mouth, with food"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[13].use", "Also called all-trans retinoic acid, or ATRA. A key medicine for [APL]: it helps the leukaemia cells grow into normal cells. The American Cancer Society says it may be used again, with [arsenic trioxide], if APL comes back after a longer remission. It can harm an unborn baby, so reliable contraception is needed while you take it and for some months after."),
  NC_("20-aml.json: $.medicines[14].name", "arsenic trioxide"),
  NC_("20-aml.json: $.medicines[14].class", "anti-leukaemia drug for APL (sources differ on whether to call it chemotherapy)"),
  NC_("20-aml.json: $.medicines[14].route", "drip into a vein, in hospital"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.medicines[14].use", "Also called ATO. Used for [APL] that has come back or has not responded. The American Cancer Society says it often works very well if your first treatment was [ATRA](medicine:tretinoin) with chemo. It may also be used again after a longer remission. It can cause a serious reaction called differentiation syndrome, so your team will check you closely."),
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
  NC_("20-aml.json: $.topics[0].sections[0].title", "How your team decides"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[0].blocks[0].text", "When [AML] comes back after treatment, doctors call it a [relapse]. When it does not respond to treatment, they call it [refractory]. Either way, there is usually more than one way forward. Your [haematology team] will talk it through with you."),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[1].text", "Leukaemia Care and the Canadian Cancer Society both list the things your team thinks about. These include:"),
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
  NC_("20-aml.json: $.topics[0].sections[0].blocks[3].text", "You will have blood tests and a [bone marrow test] again. The samples are checked for new genetic changes. Some of these changes can be treated with a [targeted drug]."),
  NC_("20-aml.json: $.topics[0].sections[0].blocks[4].text", "Your wishes matter. The team will suggest a plan, but you decide together. You can ask for time, ask questions and bring someone with you."),
  NC_("20-aml.json: $.topics[0].sections[1].title", "Why the length of remission matters"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[0].text", "The American Cancer Society (ACS) says the choice often depends on how long the leukaemia stayed away. The table sums up what it says. It describes what most doctors tend to suggest. It cannot say what will happen to you."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].header[0]", "When AML comes back"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].header[1]", "What the ACS says"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[0][0]", "After a remission of 1 year or more"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[0][1]", "More [chemo] can sometimes bring another remission, but it often does not last long. For younger people (usually under 60), most doctors then suggest a [stem cell transplant], as long as a suitable [donor] is found. A [clinical trial] may also be a choice."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[1][0]", "Within 12 months"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[1][1]", "For younger people, most doctors suggest a stem cell transplant if it is possible. A clinical trial is another choice."),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[2][0]", "Again and again, or it never fully goes away"),
  NC_("20-aml.json: $.topics[0].sections[1].blocks[1].rows[2][1]", "More chemo is unlikely to help much. If a transplant is not possible, a trial of newer treatments may be worth thinking about."),
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
  NC_("20-aml.json: $.topics[0].sections[4].blocks[0].text", "Leukaemia Care lists the main kinds of treatment below. Not every option suits every person. Each one has its own page in this guide."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[0]", "A [clinical trial], if there is one that suits you. A trial may give you a treatment you could not get any other way. See [clinical trials](topic:clinical-trials)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[1]", "[Intensive chemotherapy]: strong chemo, usually with a stay in hospital. See [intensive chemotherapy](topic:aml-intensive-chemo)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[2]", "A [stem cell transplant], for people who are fit enough. See [stem cell transplant](topic:aml-transplant)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[3]", "[Targeted treatment], chosen to match the genetic changes in your leukaemia cells. See [targeted treatments](topic:aml-targeted)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[4]", "[Non-intensive treatment]: gentler treatment that aims to control AML, not cure it. See [gentler treatment](topic:aml-non-intensive)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[5]", "[Supportive care] to ease symptoms and side effects, alongside any other treatment. See [supportive care](topic:supportive-care)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[1].items[6]", "[End of life care], if no suitable treatment is left. It puts comfort and quality of life first. See [end of life care](topic:end-of-life)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[4].blocks[2].text", "If you have [APL], a type of AML, treatment is different. See [relapsed APL](topic:apl-relapse)."),
  NC_("20-aml.json: $.topics[0].sections[5].title", "Talking it through"),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[0].text", "Hearing that AML is back, or has not gone away, can be very upsetting. You do not have to take it all in, or decide everything, at once."),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[1].text", "Ask your team what each option aims to do and what it would mean for your daily life. Ask what would happen if you chose not to have a treatment. They should explain the risks and benefits in words you understand."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[2].text", "For help with feelings, money or practical things, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[0].sections[5].blocks[3].title", "Leukaemia Care helpline"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[0].sections[5].blocks[3].text", "Leukaemia Care runs a free helpline on [08088 010 444](tel:08088010444). Their WhatsApp number is [07500 068 065](tel:07500068065)."),
  NC_("20-aml.json: $.topics[0].questions[0]", "Has my AML come back, or did it not respond to treatment?"),
  NC_("20-aml.json: $.topics[0].questions[1]", "How long did my remission last, and how does that change my options?"),
  NC_("20-aml.json: $.topics[0].questions[2]", "Did my latest tests find any new genetic changes in my leukaemia cells?"),
  NC_("20-aml.json: $.topics[0].questions[3]", "Which treatments could suit me, and why do you suggest this one?"),
  NC_("20-aml.json: $.topics[0].questions[4]", "What is this treatment trying to do: cure the leukaemia, control it, or ease my symptoms?"),
  NC_("20-aml.json: $.topics[0].questions[5]", "Could I have a stem cell transplant, and is there a donor?"),
  NC_("20-aml.json: $.topics[0].questions[6]", "Is there a clinical trial I could join?"),
  NC_("20-aml.json: $.topics[0].questions[7]", "What would happen if I decided not to have more treatment?"),
  NC_("20-aml.json: $.topics[0].questions[8]", "How long do I have to make a decision?"),
  NC_("20-aml.json: $.topics[1].title", "Intensive chemotherapy for relapsed AML"),
  NC_("20-aml.json: $.topics[1].summary", "What intensive chemotherapy is, which drug mixes are used when AML comes back or does not respond, and what to expect during a stay in hospital."),
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
  NC_("20-aml.json: $.topics[1].sections[3].blocks[0].text", "Many other mixes are used. Leukaemia Care (UK) and the Canadian Cancer Society name different ones. The table shows which source names each. Your team will choose what suits you, and may use one that is not listed here."),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].header[0]", "Mix"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].header[1]", "Drugs"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].header[2]", "Named by"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[0][0]", "[FLAG]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[0][1]", "[fludarabine], [cytarabine] and [filgrastim]"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[0][2]", "Canadian Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[1][0]", "[FLAG-Ida]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[1][1]", "FLAG with [idarubicin] added"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[1][2]", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[2][0]", "[High-dose cytarabine] (HDAC)"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[2][1]", "cytarabine at a high dose"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[2][2]", "Leukaemia Care"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[3][0]", "HDAC and mitoxantrone"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[3][1]", "high-dose cytarabine with [mitoxantrone]"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[3][2]", "Canadian Cancer Society"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[4][0]", "Mitoxantrone-based chemo"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[4][1]", "mixes that include mitoxantrone"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[4][2]", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[5][0]", "[MEC]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[5][1]", "mitoxantrone, [etoposide] and cytarabine"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[5][2]", "Canadian Cancer Society"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[6][0]", "High-dose etoposide and cyclophosphamide"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[6][1]", "etoposide at a high dose, with [cyclophosphamide]"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[6][2]", "Canadian Cancer Society"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[7][0]", "Cytarabine, daunorubicin and etoposide"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[7][1]", "these three drugs together ([daunorubicin] is an anthracycline)"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[7][2]", "Canadian Cancer Society"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[8][0]", "Clofarabine and cytarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[8][1]", "[clofarabine] and cytarabine, with or without filgrastim"),
  NC_("20-aml.json: $.topics[1].sections[3].blocks[1].rows[8][2]", "Canadian Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[3].blocks[2].text", "In FLAG, the G stands for G-CSF. This is a [growth factor]: it helps the bone marrow make more [white blood cells]. Filgrastim is a man-made form of G-CSF. Leukaemia Care says FLAG and FLAG-IDA are also the preferred chemo for relapsed [ALL]."),
  NC_("20-aml.json: $.topics[1].sections[4].title", "Having treatment in hospital"),
  NC_("20-aml.json: $.topics[1].sections[4].blocks[0].text", "You usually stay in hospital for intensive chemo. Your team will explain how you have each drug and what to expect."),
  NC_("20-aml.json: $.topics[1].sections[4].blocks[1].text", "Most of these drugs go into a vein through a drip. Many people have a thin tube put into a large vein, such as a central line or PICC line. It can stay in place for the whole course of treatment. Filgrastim is an injection under the skin."),
  NC_("20-aml.json: $.topics[1].sections[4].blocks[2].text", "You will have blood tests before and during treatment. Anthracyclines can affect the heart, so you may have heart tests too."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[1].sections[4].blocks[3].text", "Chemo lowers your blood counts for a while. This makes infection, bleeding and tiredness more likely. [Supportive care] helps, for example [transfusions] and medicines to prevent infection. See [supportive care](topic:supportive-care)."),
  NC_("20-aml.json: $.topics[1].sections[5].title", "When to call the hospital at once"),
  NC_("20-aml.json: $.topics[1].sections[5].blocks[0].title", "Call your hospital straight away"),
  NC_("20-aml.json: $.topics[1].sections[5].blocks[0].text", "Call your hospital straight away if you have a high temperature, feel hot and shivery, or suddenly feel unwell. Call too if you have bleeding or bruising you cannot explain, or feel very tired, dizzy or short of breath. An infection can make you very ill while your blood counts are low."),
  NC_("20-aml.json: $.topics[1].sections[5].blocks[1].text", "The sources give different temperatures to act on. Cancer Research UK says above 37.5°C or below 36°C. Leukaemia Care says 38°C or higher. Use the number your own team gives you, and keep their advice line number with you."),
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
  NC_("20-aml.json: $.topics[2].sections[0].title", "Who it is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[0].blocks[0].text", "[Intensive chemotherapy] is hard on the body. If your team feel it may be too much for you, they may suggest [non-intensive treatment]. The Canadian Cancer Society says it is for people who are not strong enough for intensive chemo."),
  NC_("20-aml.json: $.topics[2].sections[0].blocks[1].text", "Gentler treatment is still real treatment. It is usually chemo at a lower dose, or a milder kind of chemo."),
  NC_("20-aml.json: $.topics[2].sections[1].title", "What it aims to do"),
  NC_("20-aml.json: $.topics[2].sections[1].blocks[0].text", "The aim is to hold AML back for as long as possible, while keeping side effects low. It can ease symptoms and help you feel better day to day. It does not cure AML."),
  NC_("20-aml.json: $.topics[2].sections[1].blocks[1].text", "The American Cancer Society says something similar. When a cure is not possible, doctors may suggest milder chemo to help hold the leukaemia back."),
  NC_("20-aml.json: $.topics[2].sections[1].blocks[2].text", "This can be hard to hear. Ask your team what they hope the treatment will do for you."),
  NC_("20-aml.json: $.topics[2].sections[2].title", "Medicines that may be used"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[0].text", "UK and Canadian sources name different medicines. What is on offer can also differ from country to country. The table shows which source names each medicine."),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].header[0]", "Medicine"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].header[1]", "Leukaemia Care (UK)"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].header[2]", "Canadian Cancer Society"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[0][0]", "[Azacitidine]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[0][1]", "Yes"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[0][2]", "Yes, with or without [venetoclax]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[1][0]", "[Decitabine]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[1][1]", "Not named"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[1][2]", "Yes, with or without venetoclax"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[2][0]", "[Venetoclax]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[2][1]", "Not named"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[2][2]", "Yes, with azacitidine or decitabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[3][0]", "Low-dose [cytarabine]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[3][1]", "Yes"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[3][2]", "Only with clofarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[4][0]", "[Clofarabine]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[4][1]", "Not named"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[4][2]", "Yes, with or without cytarabine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[5][0]", "[Hydroxycarbamide]"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[5][1]", "Yes"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[1].rows[5][2]", "Not named"),
  NC_("20-aml.json: $.topics[2].sections[2].blocks[2].text", "Leukaemia Care's page on relapsed AML does not name venetoclax. Ask your team whether it is a choice for you."),
  NC_("20-aml.json: $.topics[2].sections[3].title", "About each medicine"),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[0].term", "Azacitidine"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[0].definition", "A chemo drug. You usually have it as an injection just under the skin, and sometimes as a drip. It is given in 28-day [cycles], and goes on while it is working and side effects are not too bad."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[1].term", "Decitabine"),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[1].definition", "A drug that switches on genes that help stop cancer cells growing. You have it as a drip into a vein. The Canadian page also names Inqovi: a tablet that joins decitabine with a second medicine, cedazuridine."),
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[2].term", "Venetoclax"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[3].blocks[0].items[2].definition", "A [targeted drug] you take as tablets. It blocks a protein called BCL-2, which helps leukaemia cells stay alive."),
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
  NC_("20-aml.json: $.topics[2].sections[4].blocks[3].text", "These medicines can still lower your blood counts and make infection more likely. Call your hospital straight away if you have a high temperature, feel shivery or suddenly unwell, or have bleeding or bruising you cannot explain. Use the temperature your own team gives you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[2].sections[4].blocks[4].text", "For help coping, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[2].questions[0]", "Why do you think gentler treatment is right for me now?"),
  NC_("20-aml.json: $.topics[2].questions[1]", "What do you hope this treatment will do for me?"),
  NC_("20-aml.json: $.topics[2].questions[2]", "Which of these medicines can I have here, and is venetoclax one of them?"),
  NC_("20-aml.json: $.topics[2].questions[3]", "How often will I need to come to hospital?"),
  NC_("20-aml.json: $.topics[2].questions[4]", "How long will I keep having this treatment?"),
  NC_("20-aml.json: $.topics[2].questions[5]", "Which side effects should I watch for at home?"),
  NC_("20-aml.json: $.topics[2].questions[6]", "Could I try a different treatment later if this one stops working?"),
  NC_("20-aml.json: $.topics[2].questions[7]", "Is there a clinical trial I could join?"),
  NC_("20-aml.json: $.topics[3].title", "When APL comes back"),
  NC_("20-aml.json: $.topics[3].summary", "What acute promyelocytic leukaemia (APL) is, and the treatments the American Cancer Society describes when APL comes back or does not respond."),
  NC_("20-aml.json: $.topics[3].sections[0].title", "What APL is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[0].blocks[0].text", "[Acute promyelocytic leukaemia] ([APL]) is a type of [AML]. In APL, the blood and [bone marrow] fill up with young blood cells that have not grown up properly."),
  NC_("20-aml.json: $.topics[3].sections[0].blocks[1].text", "APL is usually linked to a swap of genetic material between two chromosomes, numbers 15 and 17. Chromosomes are the bundles of genes inside our cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[0].blocks[2].text", "APL is treated in a different way from other types of AML. Two medicines are key. One is [tretinoin], also called all-trans retinoic acid or [ATRA](medicine:tretinoin). The other is [arsenic trioxide], or [ATO](medicine:arsenic-trioxide)."),
  NC_("20-aml.json: $.topics[3].sections[1].title", "What shapes the choice"),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[0].text", "When APL comes back after treatment, or does not respond, the American Cancer Society (ACS) says the options depend mostly on your earlier treatment. Other things count too, such as how well you are."),
  NC_("20-aml.json: $.topics[3].sections[1].blocks[1].text", "The ACS calls ATRA and ATO non-chemo drugs. Its advice is set out below. Your team will tell you what fits your own case."),
  NC_("20-aml.json: $.topics[3].sections[2].title", "If you first had ATRA and arsenic trioxide"),
  NC_("20-aml.json: $.topics[3].sections[2].blocks[0].items[0]", "If APL comes back early, usually within about 6 months, you will most likely have some of the chemo drugs used for other types of AML."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[2].blocks[0].items[1]", "If your remission lasted longer, you may have arsenic trioxide again. It may be given alongside ATRA, chemo, or the [targeted drug] [Mylotarg] ([gemtuzumab ozogamicin])."),
  NC_("20-aml.json: $.topics[3].sections[3].title", "If you first had ATRA and chemo"),
  NC_("20-aml.json: $.topics[3].sections[3].blocks[0].text", "If your first treatment was ATRA with chemo, the ACS says arsenic trioxide often works very well."),
  NC_("20-aml.json: $.topics[3].sections[3].blocks[1].text", "Macmillan Cancer Support, a UK charity, says arsenic trioxide is licensed for APL that has come back, or that did not go into remission. It is given at a low dose through a drip."),
  NC_("20-aml.json: $.topics[3].sections[4].title", "Stem cell transplant and clinical trials"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[4].blocks[0].text", "At some point, a [stem cell transplant] may be a good choice, if you are well enough to have one. Joining a [clinical trial] is another choice."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("20-aml.json: $.topics[3].sections[4].blocks[1].text", "See [stem cell transplant](topic:aml-transplant) and [clinical trials](topic:clinical-trials). For help coping, see [getting support](topic:getting-support)."),
  NC_("20-aml.json: $.topics[3].sections[5].title", "About ATRA and arsenic trioxide"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[0].term", "Tretinoin (ATRA)"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[0].definition", "Capsules you take by mouth twice a day, with a meal or just after. It is a retinoid, a medicine like vitamin A. It helps APL cells grow up into normal cells."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[1].term", "Arsenic trioxide (ATO, Trisenox)"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[0].items[1].definition", "A drip into a vein, given in hospital over about 2 hours."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[1].text", "Cancer Research UK says that, together, the two drugs speed up the death of leukaemia cells and help normal blood cells develop."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[2].text", "Sources describe these drugs in different ways. The ACS calls both of them non-chemo drugs. Macmillan says ATRA is not chemo. Cancer Research UK calls arsenic trioxide a chemo drug."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[3].title", "Tell your team at once"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[3].text", "Arsenic trioxide can cause a serious reaction called differentiation syndrome. Signs listed on the US drug label include a fever with no clear cause, feeling short of breath, putting on weight quickly and swelling. Tell your team at once if you notice any of these."),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[4].title", "Pregnancy and ATRA"),
  NC_("20-aml.json: $.topics[3].sections[5].blocks[4].text", "ATRA can harm an unborn baby. Macmillan says to use reliable contraception while taking it and for at least a few months after. Ask your team what is right for you."),
  NC_("20-aml.json: $.topics[3].questions[0]", "Which treatment did I have first, and how does that shape what you suggest now?"),
  NC_("20-aml.json: $.topics[3].questions[1]", "How long did my remission last?"),
  NC_("20-aml.json: $.topics[3].questions[2]", "Will I have arsenic trioxide again, and will it be with ATRA or with chemo?"),
  NC_("20-aml.json: $.topics[3].questions[3]", "Could a stem cell transplant be a choice for me?"),
  NC_("20-aml.json: $.topics[3].questions[4]", "Is there a clinical trial for APL that has come back?"),
  NC_("20-aml.json: $.topics[3].questions[5]", "How will you check whether the treatment is working?"),
  NC_("20-aml.json: $.topics[3].questions[6]", "Which side effects of ATRA and arsenic trioxide should I look out for?"),
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
  NC_("25-aml-targeted.json: $.glossary[8].definition", "A treatment made from your own T cells, a type of white blood cell. They are collected from your blood and changed in a laboratory so that they can find and kill leukaemia cells. Then they are given back to you through a drip."),
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
  NC_("25-aml-targeted.json: $.medicines[0].use", "For AML with an [FLT3] change that has come back or not responded. The American Cancer Society and the Canadian Cancer Society both list it. In England, NICE recommends it for adults (guidance TA642). NICE says it should not be given as maintenance treatment after a [stem cell transplant]. The US label warns about differentiation syndrome."),
  NC_("25-aml-targeted.json: $.medicines[0].approvals[0].text", "Approved for adults with relapsed or refractory AML with an FLT3 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[0].approvals[1].text", "Recommended on its own for adults with relapsed or refractory FLT3-positive AML, if the company supplies it at the agreed price (TA642)."),
  NC_("25-aml-targeted.json: $.medicines[1].name", "ivosidenib"),
  NC_("25-aml-targeted.json: $.medicines[1].class", "targeted drug (IDH1 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[1].target", "the changed IDH1 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[1].route", "tablets taken by mouth, at home"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[1].use", "For AML with an [IDH1] change. The American Cancer Society lists it for AML that has come back or not responded. Leukaemia Care says its approved use is as the first treatment for AML. So in the UK, using it for relapsed or refractory AML is [off-label]. The US label warns about differentiation syndrome."),
  NC_("25-aml-targeted.json: $.medicines[1].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH1 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[2].name", "olutasidenib"),
  NC_("25-aml-targeted.json: $.medicines[2].class", "targeted drug (IDH1 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[2].target", "the changed IDH1 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[2].route", "taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[2].use", "For adults with AML with an [IDH1] change that has come back or not responded. It is approved in the US. Ask your team whether you can have it where you live. The US label warns about differentiation syndrome."),
  NC_("25-aml-targeted.json: $.medicines[2].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH1 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[3].name", "enasidenib"),
  NC_("25-aml-targeted.json: $.medicines[3].class", "targeted drug (IDH2 inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[3].target", "the changed IDH2 enzyme"),
  NC_("25-aml-targeted.json: $.medicines[3].route", "tablets taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[3].use", "For adults with AML with an [IDH2] change that has come back or not responded. US prescribing advice is to take it for at least 6 months, to give it time to work, unless the leukaemia grows or the side effects are too bad. The US label warns about differentiation syndrome."),
  NC_("25-aml-targeted.json: $.medicines[3].approvals[0].text", "Approved for adults with relapsed or refractory AML with an IDH2 change found by an approved test."),
  NC_("25-aml-targeted.json: $.medicines[4].name", "gemtuzumab ozogamicin"),
  NC_("25-aml-targeted.json: $.medicines[4].class", "targeted drug (a monoclonal antibody joined to a cell-killing drug)"),
  NC_("25-aml-targeted.json: $.medicines[4].target", "the CD33 protein"),
  NC_("25-aml-targeted.json: $.medicines[4].route", "drip into a vein"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[4].use", "For AML whose cells carry the [CD33] marker. The American Cancer Society lists it for AML that does not go away or comes back, and as one choice for [APL] after a longer remission. The Canadian Cancer Society says it may be offered to people who are not strong enough for intensive chemo. It can harm the liver, so your team will check you closely."),
  NC_("25-aml-targeted.json: $.medicines[4].approvals[0].text", "Approved for adults with newly diagnosed CD33-positive AML, and for people aged 2 and over with CD33-positive AML that has come back or not responded."),
  NC_("25-aml-targeted.json: $.medicines[5].name", "revumenib"),
  NC_("25-aml-targeted.json: $.medicines[5].class", "targeted drug (menin inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[5].target", "menin, a protein these leukaemia cells rely on"),
  NC_("25-aml-targeted.json: $.medicines[5].route", "tablets taken by mouth"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[5].use", "For acute leukaemia with a [KMT2A] translocation, and for AML with an [NPM1] change, when it has come back or not responded. The KMT2A approval covers acute leukaemia, so it can include ALL. The US label warns about differentiation syndrome and about a change in the heart’s rhythm."),
  NC_("25-aml-targeted.json: $.medicines[5].approvals[0].text", "Approved for relapsed or refractory acute leukaemia with a KMT2A translocation, in adults and children aged 1 year and over."),
  NC_("25-aml-targeted.json: $.medicines[5].approvals[1].text", "Approval extended to relapsed or refractory AML with an NPM1 change."),
  NC_("25-aml-targeted.json: $.medicines[6].name", "ziftomenib"),
  NC_("25-aml-targeted.json: $.medicines[6].class", "targeted drug (menin inhibitor)"),
  NC_("25-aml-targeted.json: $.medicines[6].target", "menin, a protein these leukaemia cells rely on"),
  NC_("25-aml-targeted.json: $.medicines[6].route", "capsules taken by mouth, once a day"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[6].use", "For adults with AML with an [NPM1] change that has come back or not responded. The US label warns about differentiation syndrome."),
  NC_("25-aml-targeted.json: $.medicines[6].approvals[0].text", "Approved for adults with relapsed or refractory AML with an NPM1 change."),
  NC_("25-aml-targeted.json: $.medicines[7].name", "methotrexate"),
  NC_("25-aml-targeted.json: $.medicines[7].class", "chemotherapy"),
  NC_("25-aml-targeted.json: $.medicines[7].route", "into the spinal fluid during a lumbar puncture (intrathecal)"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.medicines[7].use", "The Canadian Cancer Society names it, along with [cytarabine], as a drug put into the spinal fluid when AML has spread to the brain or spinal cord. This is called [intrathecal chemotherapy]."),
  NC_("25-aml-targeted.json: $.topics[0].title", "Targeted treatments for AML"),
  NC_("25-aml-targeted.json: $.topics[0].summary", "What targeted drugs are, which gene changes or markers each one matches, the newer menin inhibitors, and why the medicines you can have depend on where you live."),
  NC_("25-aml-targeted.json: $.topics[0].sections[0].title", "What targeted treatment is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[0].text", "[Targeted treatment] uses medicines that aim at certain proteins in or on [leukaemia cells]. Leukaemia Care explains that they block these proteins. The aim is to kill leukaemia cells while doing as little harm as possible to healthy cells."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[1].text", "Each drug only works if your leukaemia cells have the right [genetic change](glossary:genetic-change) or marker. That is one reason your samples are tested again when AML comes back. See [signs and tests](topic:symptoms-and-tests)."),
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[2].text", "Most of these medicines are tablets or capsules that you take at home. Leukaemia Care says you usually keep taking them for as long as they help you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[0].blocks[3].text", "The Canadian Cancer Society says targeted therapy may be offered to people who are not strong enough for [intensive chemotherapy]. Your team will explain how it could fit into your own plan."),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].title", "Matching the drug to the change"),
  NC_("25-aml-targeted.json: $.topics[0].sections[1].blocks[0].text", "The table shows which drug matches which change. It is based on what the American Cancer Society, the Canadian Cancer Society and Leukaemia Care say. Not every drug is approved in every country."),
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
  NC_("25-aml-targeted.json: $.topics[0].sections[2].blocks[2].text", "In England, NICE recommends gilteritinib for adults with relapsed or refractory AML with an FLT3 change. This is NICE guidance TA642, from 2020, and Leukaemia Care cites it. NICE also says it should not be given as maintenance treatment after a [stem cell transplant]."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].title", "IDH1 and IDH2 changes: IDH inhibitors"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[0].text", "[IDH1] and [IDH2] are genes that make enzymes. A change in one of them can help leukaemia cells grow. Drugs called IDH inhibitors block the changed enzyme."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[1].items[0]", "For an IDH1 change: [ivosidenib] ([Tibsovo]) or [olutasidenib] ([Rezlidhia])."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[1].items[1]", "For an IDH2 change: [enasidenib] ([Idhifa])."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[2].text", "The American Cancer Society lists all three for AML that has come back or not responded. In the US, the FDA has approved all three for this use. Chemo or a stem cell transplant may be other choices."),
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[3].title", "Approved in the US, off-label in the UK"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[3].blocks[3].text", "Leukaemia Care, a UK charity, says the approved use of ivosidenib is as the first treatment for AML. So in the UK, using it for relapsed or refractory AML is [off-label]. This means a doctor chooses to use a medicine outside the use it was approved for. In short, IDH inhibitors for relapsed AML are approved in the US, but not everywhere. Ask your team what you can have where you live."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].title", "The CD33 marker: gemtuzumab ozogamicin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[0].text", "[CD33] is a marker on the surface of some AML cells. [Gemtuzumab ozogamicin] ([Mylotarg]) is a [monoclonal antibody] joined to a drug that kills cells. It sticks to CD33 and takes the drug into the leukaemia cell."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[1].text", "The American Cancer Society lists it for AML that does not go away or comes back. The Canadian Cancer Society says it may be offered to people with CD33-positive AML who are not strong enough for intensive chemo."),
  NC_("25-aml-targeted.json: $.topics[0].sections[4].blocks[2].text", "You have it as a drip into a vein. It can harm the liver, so your team will check you closely."),
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
  NC_("25-aml-targeted.json: $.topics[0].sections[5].blocks[3].text", "Both are approved in the US. They may not be available where you live yet. A [clinical trial](topic:clinical-trials) may be another way to get a newer medicine."),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].title", "Newer medicines and approvals"),
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[0].text", "Each country decides which medicines are approved, and which are paid for. A medicine approved in one country may not be available in another. An approval may also cover only some people, such as adults. The FDA approves medicines in the United States. NICE advises the NHS in England on which medicines to fund."),
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
  NC_("25-aml-targeted.json: $.topics[0].sections[6].blocks[2].text", "Older approvals are listed with each medicine in the [medicines list](topic:medicines). Approvals change over time. Your team knows which medicines you can have where you are treated."),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].title", "Side effects to know about"),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[0].text", "Targeted drugs aim to spare healthy cells, but they can still cause side effects. Your team will tell you what to look out for with your medicine."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[1].text", "The US labels for [gilteritinib], [ivosidenib], [olutasidenib], [enasidenib], [revumenib] and [ziftomenib] all warn about **differentiation syndrome**. This is a serious reaction that can be life-threatening if it is not treated quickly."),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[2].title", "Call your hospital straight away"),
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[2].text", "Call your hospital straight away, day or night, if you have a fever, feel short of breath, put on weight quickly, or have new swelling in your legs or arms. These can be signs of differentiation syndrome. Use the emergency number your team gave you."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[0].sections[7].blocks[3].text", "Gemtuzumab ozogamicin can harm the liver. Revumenib can change the heart’s rhythm. Ask your team which checks you will have. For help with side effects, see [supportive care](topic:supportive-care)."),
  NC_("25-aml-targeted.json: $.topics[0].questions[0]", "Have my leukaemia cells been tested for changes such as FLT3, IDH1, IDH2, NPM1 and KMT2A?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[1]", "Is there a targeted drug that matches my leukaemia?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[2]", "Is this medicine approved and paid for here, or would it be off-label?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[3]", "Could I get one of the newer medicines through a clinical trial?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[4]", "How long will I take it, and how will we know if it is working?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[5]", "Which side effects mean I should call the hospital straight away?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[6]", "Can I take it with my other medicines?"),
  NC_("25-aml-targeted.json: $.topics[0].questions[7]", "Could a targeted drug be part of a plan that includes a stem cell transplant?"),
  NC_("25-aml-targeted.json: $.topics[1].title", "Stem cell transplant for AML"),
  NC_("25-aml-targeted.json: $.topics[1].summary", "What a stem cell transplant involves, the two main types, when it may be offered after AML comes back, and what can be done if AML returns after a transplant."),
  NC_("25-aml-targeted.json: $.topics[1].sections[0].title", "What a stem cell transplant is"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[0].blocks[0].text", "Stem cells are young cells in your [bone marrow]. They grow into your red cells, white cells and [platelets]. A [stem cell transplant] gives you new stem cells."),
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
  NC_("25-aml-targeted.json: $.topics[1].sections[4].blocks[2].text", "Ask your team which other options could suit you. These might include [targeted treatment](topic:aml-targeted) or a [clinical trial](topic:clinical-trials)."),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].title", "Before and after the transplant"),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[0].text", "Transplants are only done in specialist units. Macmillan says some people have to travel quite far to reach one."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[1].text", "Your blood counts will be very low for a while after the high-dose treatment. You will have [supportive care](topic:supportive-care) to help, such as [transfusions] and medicines to prevent infection."),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[2].title", "Call your hospital straight away"),
  NC_("25-aml-targeted.json: $.topics[1].sections[5].blocks[2].text", "Call your transplant team straight away if you have a high temperature, feel hot and shivery, or suddenly feel unwell. Call too if you have bleeding or bruising you cannot explain."),
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
  NC_("30-all.json: $.medicines[0].name", "blinatumomab"),
  NC_("30-all.json: $.medicines[0].class", "immunotherapy (an antibody that links T cells to leukaemia cells)"),
  NC_("30-all.json: $.medicines[0].target", "CD19 on B cells, and CD3 on T cells"),
  NC_("30-all.json: $.medicines[0].route", "a drip into a vein that runs day and night through a small pump, usually 4 weeks on and 2 weeks off"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[0].use", "For [B-cell] ALL that has come back or not responded. It joins your T cells, a type of white blood cell, to the [CD19] marker on the leukaemia cells, so the T cells can kill them. You start it in hospital, and later some people carry on at home. Leukaemia Care also names it as a possible first treatment for ALL."),
  NC_("30-all.json: $.medicines[1].name", "inotuzumab ozogamicin"),
  NC_("30-all.json: $.medicines[1].class", "targeted drug (a monoclonal antibody joined to a cell-killing drug)"),
  NC_("30-all.json: $.medicines[1].target", "the CD22 protein"),
  NC_("30-all.json: $.medicines[1].route", "drip into a vein, about 1 hour each time, in cycles of 3 or 4 weeks"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.medicines[1].use", "For B-cell precursor ALL that has come back or not responded. In England, NICE says adults can have it after at least one earlier treatment, or for [Philadelphia-positive] ALL after at least one [TKI]. Cancer Research UK says people usually have 2 or 3 cycles before a stem cell transplant. You will have blood tests to check your liver."),
  NC_("30-all.json: $.medicines[1].approvals[0].text", "Approved for children aged 1 year and over with relapsed or refractory CD22-positive B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[2].name", "tisagenlecleucel"),
  NC_("30-all.json: $.medicines[2].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[2].route", "a one-off drip of your own changed T cells"),
  NC_("30-all.json: $.medicines[2].use", "For children and young people up to age 25 with B-cell ALL that is refractory, has come back after a transplant, or has come back a second or later time."),
  NC_("30-all.json: $.medicines[2].approvals[0].text", "Recommended for routine NHS use in England for people aged 25 and under with B-cell ALL that is refractory, has relapsed after a transplant, or has relapsed a second or later time (TA975)."),
  NC_("30-all.json: $.medicines[3].name", "brexucabtagene autoleucel"),
  NC_("30-all.json: $.medicines[3].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[3].target", "the CD19 protein"),
  NC_("30-all.json: $.medicines[3].route", "a single drip of your own changed T cells, after a short course of chemo"),
  NC_("30-all.json: $.medicines[3].use", "For adults with B-cell precursor ALL that has come back or not responded. Its US label warns about cytokine release syndrome and effects on the nervous system."),
  NC_("30-all.json: $.medicines[3].approvals[0].text", "Approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[3].approvals[1].text", "Recommended for use within the Cancer Drugs Fund for people aged 26 and over with relapsed or refractory B-cell ALL (TA893)."),
  NC_("30-all.json: $.medicines[4].name", "obecabtagene autoleucel"),
  NC_("30-all.json: $.medicines[4].class", "CAR T-cell therapy"),
  NC_("30-all.json: $.medicines[4].target", "the CD19 protein"),
  NC_("30-all.json: $.medicines[4].route", "a drip of your own changed T cells, split into 2 doses about 10 days apart, after a short course of chemo"),
  NC_("30-all.json: $.medicines[4].use", "For adults with B-cell precursor ALL that has come back or not responded. Also called obe-cel. Its US label warns about cytokine release syndrome and effects on the nervous system."),
  NC_("30-all.json: $.medicines[4].approvals[0].text", "Approved for adults with relapsed or refractory B-cell precursor ALL."),
  NC_("30-all.json: $.medicines[4].approvals[1].text", "Recommended in England for people aged 26 and over with relapsed or refractory B-cell precursor ALL (TA1116)."),
  NC_("30-all.json: $.topics[0].title", "When ALL comes back or does not respond"),
  NC_("30-all.json: $.topics[0].summary", "What relapsed and refractory ALL mean, how often they happen, how MRD tests help, the signs to look out for, and what affects the outlook."),
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
  NC_("30-all.json: $.topics[0].sections[1].blocks[2].text", "Some adults are fit enough for standard first treatment. Of these, about 3 to 4 in 5 younger adults (60 to 80%) reach a [complete remission]. For older adults it is about 2 in 5 to 1 in 2 (40 to 50%). So many people need more treatment."),
  NC_("30-all.json: $.topics[0].sections[1].blocks[3].title", "Numbers describe groups"),
  NC_("30-all.json: $.topics[0].sections[1].blocks[3].text", "These numbers come from large groups of people. They cannot tell you what will happen to you. Your team can talk with you about your own situation."),
  NC_("30-all.json: $.topics[0].sections[2].title", "MRD: finding very small amounts of leukaemia"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[0].text", "[MRD] tests look for tiny amounts of leukaemia that are too small to see under a microscope. They use a blood sample or a [bone marrow sample]. Labs often use [flow cytometry] or [PCR] tests."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[1].items[0]", "**MRD positive**: leukaemia cells can still be found."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[1].items[1]", "**MRD negative**: no leukaemia cells can be found."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[2].blocks[2].text", "Leukaemia Care says MRD gives a very exact picture of a remission. It can also show a relapse early. Studies show that if MRD is still found after [induction] chemo, ALL is more likely to come back."),
  NC_("30-all.json: $.topics[0].sections[2].blocks[3].text", "Your team should explain your results to you. It is fine to ask them to go through the results again."),
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
  NC_("30-all.json: $.topics[0].sections[3].blocks[2].title", "When to contact your hospital"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[2].text", "If you notice any of these signs, tell your [haematology team] soon. Do not wait for your next appointment. Call your hospital straight away if you have a high temperature, feel hot and shivery, suddenly feel unwell, or have bleeding that will not stop."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[3].blocks[3].text", "Your team will then arrange tests. See [signs and tests](topic:symptoms-and-tests)."),
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
  NC_("30-all.json: $.topics[0].sections[4].blocks[2].text", "Your team will explain what these mean for you. You can ask as much, or as little, as you want to know."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[3].text", "See [treatment for relapsed ALL](topic:all-treatment) for the options. For help with feelings and practical things, see [getting support](topic:getting-support)."),
  NC_("30-all.json: $.topics[0].sections[4].blocks[4].title", "Leukaemia Care helpline"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[0].sections[4].blocks[4].text", "Leukaemia Care runs a free helpline on [08088 010 444](tel:08088010444). Their WhatsApp number is [07500 068 065](tel:07500068065)."),
  NC_("30-all.json: $.topics[0].questions[0]", "Has my ALL relapsed, or is it refractory?"),
  NC_("30-all.json: $.topics[0].questions[1]", "Where has the leukaemia come back: in the bone marrow, the brain and spinal fluid, or somewhere else?"),
  NC_("30-all.json: $.topics[0].questions[2]", "What did my MRD test show, and when will I have the next one?"),
  NC_("30-all.json: $.topics[0].questions[3]", "How long was I in remission, and what does that mean for me?"),
  NC_("30-all.json: $.topics[0].questions[4]", "What do the things that affect the outlook mean in my case?"),
  NC_("30-all.json: $.topics[0].questions[5]", "Which signs should make me call you straight away, and which number should I use?"),
  NC_("30-all.json: $.topics[0].questions[6]", "Who can I talk to about how I am feeling?"),
  NC_("30-all.json: $.topics[1].title", "Treatment for relapsed or refractory ALL"),
  NC_("30-all.json: $.topics[1].summary", "The main options when ALL comes back or does not respond: chemo, targeted drugs, immunotherapy, CAR T-cell therapy, radiotherapy, treatment for the brain and spinal cord, and stem cell transplant, with the newer approvals."),
  NC_("30-all.json: $.topics[1].sections[0].title", "How your team plans treatment"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[0].text", "If ALL comes back or does not respond, you will need more treatment. A [multidisciplinary team] ([MDT]) plans it. This is a group of doctors, nurses and other experts who meet to talk about your care."),
  NC_("30-all.json: $.topics[1].sections[0].blocks[1].text", "They know your ALL in detail, and your past health. They suggest the options that should suit you best. You then decide together."),
  NC_("30-all.json: $.topics[1].sections[0].blocks[2].text", "Leukaemia Care lists these options:"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[0]", "[chemotherapy]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[1]", "[targeted therapy]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[2]", "[immunotherapy]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[3]", "[radiotherapy]"),
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[4]", "treatment for the brain and spinal cord"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[5]", "[stem cell transplant]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[3].items[6]", "[CAR T-cell therapy]"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[0].blocks[4].text", "A [clinical trial](topic:clinical-trials) may also be an option. It could give you a treatment you could not get any other way."),
  NC_("30-all.json: $.topics[1].sections[1].title", "Chemotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[1].blocks[0].text", "Chemo is the main treatment when ALL comes back. This is called [reinduction] chemo. Leukaemia Care says it is often stronger than the first round of chemo."),
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
  NC_("30-all.json: $.topics[1].sections[2].blocks[1].text", "Leukaemia Care says treatment for Philadelphia-positive ALL will include a [tyrosine kinase inhibitor] ([TKI]). This targeted drug blocks signals that help the leukaemia cells grow. Your team will tell you which TKI they suggest, and why."),
  NC_("30-all.json: $.topics[1].sections[3].title", "Immunotherapy: blinatumomab and inotuzumab ozogamicin"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[0].text", "[Immunotherapy] helps your immune system fight the leukaemia. Leukaemia Care names two drugs. Both are used for [B-cell] ALL that has come back or not responded."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[1].text", "[Blinatumomab] ([Blincyto]) is an antibody. It links your T cells, a type of white blood cell, to a marker called [CD19] on the leukaemia cells. The T cells can then kill them. You have it as a drip that runs day and night through a small pump. NICE describes cycles of 4 weeks on the drip and 2 weeks off. You start it in hospital. Later, your team may let you carry on at home."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[3].blocks[2].text", "[Inotuzumab ozogamicin] ([Besponsa]) is a [monoclonal antibody] joined to a chemo drug. It finds leukaemia cells by a marker called [CD22], then takes the drug inside them. You have it as a drip into a vein, which takes about an hour. Cancer Research UK says each cycle lasts 3 or 4 weeks, and you have up to 6 cycles. People going on to a stem cell transplant usually have 2 or 3."),
  NC_("30-all.json: $.topics[1].sections[3].blocks[3].text", "In England, NICE says adults can have inotuzumab ozogamicin after at least one earlier treatment. For Philadelphia-positive ALL, they must also have had at least one TKI. You will have regular blood tests, including checks on your liver."),
  NC_("30-all.json: $.topics[1].sections[4].title", "CAR T-cell therapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[0].text", "[CAR T-cell therapy] is made from your own T cells. They are collected from your blood. In a laboratory, they are changed so that they can find and kill leukaemia cells. Then they are given back to you through a drip."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[1].text", "It is given in specialist centres. Before the cells go back in, you usually have a short course of chemo."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].header[0]", "Medicine"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].header[1]", "Who it is for"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[0][0]", "[Tisagenlecleucel] ([Kymriah])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[0][1]", "People aged 25 and under with B-cell ALL that is refractory, has come back after a transplant, or has come back a second or later time. It is given as a one-off drip."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[1][0]", "[Brexucabtagene autoleucel] ([Tecartus])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[1][1]", "Adults with B-cell precursor ALL that has come back or not responded. It is given as a single drip."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[2][0]", "[Obecabtagene autoleucel] ([Aucatzyl])"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[2].rows[2][1]", "Adults with B-cell precursor ALL that has come back or not responded. It is given as 2 doses about 10 days apart."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[3].text", "CAR T-cell therapy can cause serious side effects, so your team will watch you closely. The two main ones are cytokine release syndrome, a very strong immune reaction, and effects on the brain and nerves."),
  NC_("30-all.json: $.topics[1].sections[4].blocks[4].title", "Tell your team at once"),
  NC_("30-all.json: $.topics[1].sections[4].blocks[4].text", "After CAR T-cell therapy, tell your team at once if you get a fever. Fever is the main sign of cytokine release syndrome. Tell them at once, too, about chills, a headache, fast or hard breathing, feeling dizzy, or feeling confused."),
  NC_("30-all.json: $.topics[1].sections[5].title", "Treatment for the brain and spinal cord, and radiotherapy"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[0].text", "ALL can spread to the [central nervous system] ([CNS]): the brain and spinal cord. Drugs given into a vein do not reach this area well. So chemo is put straight into the [cerebrospinal fluid] ([CSF]). This is called [intrathecal chemotherapy]."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[1].text", "It is done during a [lumbar puncture]. A doctor numbs your lower back and puts a fine needle into the fluid around the spine. A little fluid is taken out to check for leukaemia cells. Then the drug goes in."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[2].text", "[Radiotherapy] uses high-energy rays to destroy cancer cells. Leukaemia Care lists it as one option for relapsed ALL. Ask your team whether you need it, and which part of your body would be treated."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[5].blocks[3].text", "ALL can also come back in the testicles. Where ALL comes back affects the outlook. See [what affects the outlook](topic:all-relapse#outlook)."),
  NC_("30-all.json: $.topics[1].sections[6].title", "Stem cell transplant"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[6].blocks[0].text", "A [stem cell transplant] is one of the options Leukaemia Care lists. NICE describes an [allogeneic transplant] for ALL, which uses stem cells from a [donor]."),
  NC_("30-all.json: $.topics[1].sections[6].blocks[1].text", "NICE notes that some people go on to a transplant after treatments such as blinatumomab or inotuzumab ozogamicin. Whether you can have one depends on things like being in remission, your age, your fitness and finding a donor. NICE also notes that recovery is slow and can take around a year."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("30-all.json: $.topics[1].sections[6].blocks[2].text", "Read more in [stem cell transplant](topic:aml-transplant). That page is written for AML, but much of what it says about how a transplant is done may help you too. Your team can tell you what is different for ALL."),
  NC_("30-all.json: $.topics[1].sections[7].title", "Newer medicines and approvals"),
  NC_("30-all.json: $.topics[1].sections[7].blocks[0].text", "Each country decides which medicines are approved and paid for. An approval may cover only some people, such as adults, or people of a certain age. The FDA approves medicines in the United States. NICE advises the NHS in England on which medicines to fund."),
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
  NC_("30-all.json: $.topics[1].questions[0]", "Why do you suggest this treatment for me?"),
  NC_("30-all.json: $.topics[1].questions[1]", "Is my ALL B-cell ALL, and is it Philadelphia-positive?"),
  NC_("30-all.json: $.topics[1].questions[2]", "Could I have blinatumomab, inotuzumab ozogamicin or CAR T-cell therapy?"),
  NC_("30-all.json: $.topics[1].questions[3]", "Which of these treatments are approved and paid for where I live?"),
  NC_("30-all.json: $.topics[1].questions[4]", "Will I need treatment for my brain and spinal fluid?"),
  NC_("30-all.json: $.topics[1].questions[5]", "Could I have a stem cell transplant, and is there a donor?"),
  NC_("30-all.json: $.topics[1].questions[6]", "How long will I be in hospital, and can any of my treatment be given at home?"),
  NC_("30-all.json: $.topics[1].questions[7]", "Which side effects should make me call you straight away?"),
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
  NC_("40-care.json: $.medicines[2].use", "A milder painkiller. The American Cancer Society mentions it for leukaemia pain. Like [aspirin], it can make [platelets] work less well, so you may bleed more easily. St. Jude Children's Research Hospital says people with low platelets need to be careful with it, and to talk to their care team about which medicines are safe."),
  NC_("40-care.json: $.topics[0].title", "Supportive care and pain relief"),
  NC_("40-care.json: $.topics[0].summary", "The care that prevents or eases symptoms and side effects: what it can include, how pain can be eased, and when to call your hospital at once."),
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
  NC_("40-care.json: $.topics[0].sections[2].blocks[1].text", "[Chemotherapy] can stop the bone marrow making enough healthy blood cells for a while. This makes infections more likely. [Growth factors] can help the marrow recover. Infections are treated with medicines such as [antibiotics]."),
  NC_("40-care.json: $.topics[0].sections[2].blocks[2].title", "Call your hospital at once"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[2].blocks[2].text", "Call the number your hospital gave you straight away if you have a fever, shivers or any other sign of infection, or if you suddenly feel unwell. Call straight away too if you have bleeding or new bruises. Tell your team about new pain, or any other new symptom, as well. See [when to call your hospital](topic:symptoms-and-tests#when-to-call)."),
  NC_("40-care.json: $.topics[0].sections[3].title", "Feeling sick, eating and a sore mouth"),
  NC_("40-care.json: $.topics[0].sections[3].blocks[0].text", "Feeling sick (nausea) and not wanting to eat are common. The American Cancer Society says medicines can help with both. High-calorie food supplements can help too."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[3].blocks[1].text", "Macmillan says [steroids] in low doses can help with sickness and can improve your appetite."),
  NC_("40-care.json: $.topics[0].sections[3].blocks[2].text", "Mouth ulcers or a sore mouth can make eating hard. Leukaemia Care says mouthwashes can help."),
  NC_("40-care.json: $.topics[0].sections[4].title", "Pain relief and painkillers"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[0].text", "As leukaemia grows in the bone marrow, it can cause pain. The American Cancer Society says it is important to keep you as comfortable as you can be. [Radiotherapy] and pain medicines can both help."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[1].text", "The American Cancer Society mentions milder medicines such as [aspirin] and [ibuprofen]. If these do not ease the pain, it says stronger painkillers called [opioids], such as [morphine], are likely to help."),
  NC_("40-care.json: $.topics[0].sections[4].blocks[2].title", "Low platelets and painkillers"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[0].sections[4].blocks[2].text", "Other sources add a warning. Aspirin and ibuprofen can make [platelets] work less well, so you may bleed more easily. St. Jude Children's Research Hospital says people with low platelets need to be careful with them, even with medicines bought in a shop. It says to talk to your care team about which medicines are safe for you."),
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
  NC_("40-care.json: $.topics[0].sections[6].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk)."),
  NC_("40-care.json: $.topics[0].questions[0]", "Which symptoms should I call you about straight away, and what number do I call?"),
  NC_("40-care.json: $.topics[0].questions[1]", "What can I do to lower my risk of infection?"),
  NC_("40-care.json: $.topics[0].questions[2]", "Will I need blood or platelet transfusions, and how will I know?"),
  NC_("40-care.json: $.topics[0].questions[3]", "Which painkillers are safe for me to take at home, with my platelet count?"),
  NC_("40-care.json: $.topics[0].questions[4]", "What can help if I feel sick or cannot eat?"),
  NC_("40-care.json: $.topics[0].questions[5]", "Can I see a physiotherapist, a dietitian or a counsellor?"),
  NC_("40-care.json: $.topics[0].questions[6]", "Who can I talk to about how I am feeling?"),
  NC_("40-care.json: $.topics[1].title", "End of life care"),
  NC_("40-care.json: $.topics[1].summary", "What end of life care means, when it may be suggested, and where you and the people close to you can find support."),
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
  NC_("40-care.json: $.topics[1].sections[4].title", "Where to get support"),
  NC_("40-care.json: $.topics[1].sections[4].blocks[0].text", "Leukaemia Care can support you with end of life care. Its helpline is free."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[1].title", "Leukaemia Care"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[1].text", "Freephone helpline: [08088 010 444](tel:+448088010444). WhatsApp: [07500 068 065](tel:+447500068065). Email: [support@leukaemiacare.org.uk](mailto:support@leukaemiacare.org.uk)."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[2].text", "Marie Curie runs a free Support Line for people affected by terminal illness. Calls are free from landlines and mobile phones."),
  NC_("40-care.json: $.topics[1].sections[4].blocks[3].title", "Marie Curie"),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[3].text", "Support Line: [0800 090 2309](tel:+448000902309)."),
  /* Translators: keep the marks **, * and [ ] and every link target in ( ) as they are */
  NC_("40-care.json: $.topics[1].sections[4].blocks[4].text", "Leukaemia Care also names Compassion in Dying and Hospice UK. Both give support and information about end of life care. [Getting support](topic:getting-support) has their details."),
  NC_("40-care.json: $.topics[1].questions[0]", "What treatment, if any, is still possible for me?"),
  NC_("40-care.json: $.topics[1].questions[1]", "What will you do to keep me comfortable?"),
  NC_("40-care.json: $.topics[1].questions[2]", "Can I be cared for at home, in a hospice or in hospital?"),
  NC_("40-care.json: $.topics[1].questions[3]", "What symptoms might I have, and what can help with them?"),
  NC_("40-care.json: $.topics[1].questions[4]", "Who do we call, day or night, if something changes?"),
  NC_("40-care.json: $.topics[1].questions[5]", "What support is there for my family and friends?"),
  NC_("40-care.json: $.topics[1].questions[6]", "How can I write down my wishes about my care?"),
};
#endif
