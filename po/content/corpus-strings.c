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
};
#endif
