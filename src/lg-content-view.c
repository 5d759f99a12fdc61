/* lg-content-view.c: the content pane, a topic's document as GTK widgets
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each block of the document becomes a wrapping GtkLabel (a list item's
 * label in an LgBulletItem), in an LgPageBox that draws only what is near
 * the view. Text can be selected: headings and text with links from the
 * start, the rest from the first press. Corpus text reaches Pango only
 * through lg_inline_to_markup(), which escapes every run, so text from
 * the JSON can never be read as markup.
 *
 * A page is built in two steps, so that the first screenful shows at
 * once: the blocks that fill the window now, and the rest a few
 * milliseconds at a time when GTK is idle between frames. Anything that
 * needs the whole page (finding words, jumping to a section) finishes
 * building first. The "complete" property says when the page is whole.
 */

#define G_LOG_DOMAIN "lg-content-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lg-clamp.h"
#include "lg-content-view-private.h"
#include "lg-bullet-item.h"
#include "lg-markup.h"
#include "lg-page-box.h"
#include "lg-table.h"
#include "lg-term-popover.h"

G_DEFINE_FINAL_TYPE (LgContentView, lg_content_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* More text than a maximised window shows at the largest text size's
 * smallest neighbour: the blocks built before the first frame. */
#define FIRST_SCREEN_CHARS 3000
/* How long one idle step may build for, so frames keep their pace. */
#define BUILD_STEP_US 3000

enum {
  NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void follow_link (LgContentView *self,
                         const char    *uri,
                         GtkWidget     *label);

static void
on_term_follow_link (LgTermPopover *popover,
                     const char    *uri,
                     LgContentView *self)
{
  /* A link in a definition goes to its page, not to another popover. */
  follow_link (self, uri, NULL);
}

/* Which of @label's links goes to @term_id, counting from 0. */
static guint
term_link_index (GtkWidget  *label,
                 const char *term_id)
{
  g_autofree char *href = g_strdup_printf ("<a href=\"glossary:%s\"", term_id);
  const char *markup = gtk_label_get_label (GTK_LABEL (label));
  const char *found = strstr (markup, href);
  guint index = 0;

  for (const char *p = markup; found != NULL && (p = strstr (p, "<a href=")) != NULL && p < found; p++)
    index++;
  return index;
}

/* Where the @index-th link of @label is drawn, in @target's coordinates:
 * its first line. A long paragraph's popover then opens by the word, not
 * below the whole paragraph, perhaps out of sight. */
static gboolean
link_bounds (GtkWidget       *label,
             guint            index,
             GtkWidget       *target,
             graphene_rect_t *bounds)
{
  const LgInline *inl = g_object_get_data (G_OBJECT (label), "lg-inline");
  const char *text = gtk_label_get_text (GTK_LABEL (label));
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  PangoRectangle first, last;
  gsize offset, start = 0, end = 0;
  guint n = 0;
  int x, y, left, right;
  graphene_point_t point;

  if (inl == NULL || strlen (text) < strlen (inl->plain))
    return FALSE;
  /* A definition's term comes before its text in the label. */
  offset = strlen (text) - strlen (inl->plain);
  for (guint i = 0; i < inl->n_runs; i++)
    {
      gsize len = strlen (inl->runs[i].text);

      if (inl->runs[i].link != LG_LINK_NONE && inl->runs[i].link != LG_LINK_NAME &&
          n++ == index)
        {
          start = offset;
          end = offset + len;
          break;
        }
      offset += len;
    }
  if (end <= start || end > strlen (text))
    return FALSE;

  pango_layout_index_to_pos (layout, start, &first);
  pango_layout_index_to_pos (layout, g_utf8_prev_char (text + end) - text, &last);
  left = MIN (first.x, first.x + first.width);
  right = MAX (first.x, first.x + first.width);
  if (last.y == first.y)
    {
      left = MIN (left, MIN (last.x, last.x + last.width));
      right = MAX (right, MAX (last.x, last.x + last.width));
    }
  gtk_label_get_layout_offsets (GTK_LABEL (label), &x, &y);
  if (!gtk_widget_compute_point (label, target,
                                 &GRAPHENE_POINT_INIT (x + PANGO_PIXELS (left),
                                                       y + PANGO_PIXELS (first.y)),
                                 &point))
    return FALSE;
  graphene_rect_init (bounds, point.x, point.y,
                      PANGO_PIXELS (right - left), PANGO_PIXELS (first.height));
  return TRUE;
}

/* Escape, or a click elsewhere, closes the popover: the keyboard focus
 * goes back to the word it was opened from, not to the top of the window
 * (a link followed in the popover moves it to the new page instead). */
static void
on_term_closed (GtkPopover    *popover,
                LgContentView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (self->term_label == NULL || !gtk_widget_get_mapped (self->term_label) ||
      (focus != NULL && focus != self->term_label &&
       !gtk_widget_is_ancestor (focus, GTK_WIDGET (popover))))
    return;
  /* A label with links takes the focus on its first link; Tab inside it
   * goes on to the next. */
  gtk_root_set_focus (root, NULL);
  gtk_widget_grab_focus (self->term_label);
  for (guint i = 0; i < self->term_link; i++)
    gtk_widget_child_focus (self->term_label, GTK_DIR_TAB_FORWARD);
}

/* A glossary word's meaning, in a popover pointing at @label. The one
 * popover is made on first use and stays parented to the view, so nothing
 * is unparented while GTK may still be closing it. */
static gboolean
show_term (LgContentView *self,
           const char    *term_id,
           GtkWidget     *label)
{
  LgCorpus *corpus = self->doc ? lg_document_get_corpus (self->doc) : NULL;
  const LgTerm *term;
  graphene_rect_t bounds;

  if (corpus == NULL || !(term = lg_corpus_find_term (corpus, term_id)))
    return FALSE;

  if (self->term_popover == NULL)
    {
      self->term_popover = LG_TERM_POPOVER (lg_term_popover_new ());
      gtk_widget_set_parent (GTK_WIDGET (self->term_popover), GTK_WIDGET (self));
      g_signal_connect (self->term_popover, "follow-link", G_CALLBACK (on_term_follow_link), self);
      g_signal_connect (self->term_popover, "closed", G_CALLBACK (on_term_closed), self);
    }
  gtk_popover_popdown (GTK_POPOVER (self->term_popover));
  lg_term_popover_set_term (self->term_popover, term);
  g_set_weak_pointer (&self->term_label, label);
  self->term_link = term_link_index (label, term_id);

  /* Point at the word, or else at the label that holds it. */
  if (!link_bounds (label, self->term_link, GTK_WIDGET (self), &bounds) &&
      !gtk_widget_compute_bounds (label, GTK_WIDGET (self), &bounds))
    graphene_rect_init (&bounds, 0, 0, 1, 1);
  {
    GdkRectangle rect = {
      .x = bounds.origin.x,
      .y = bounds.origin.y,
      .width = MAX (1, bounds.size.width),
      .height = MAX (1, bounds.size.height),
    };

    gtk_popover_set_pointing_to (GTK_POPOVER (self->term_popover), &rect);
  }

  gtk_popover_popup (GTK_POPOVER (self->term_popover));
  return TRUE;
}

/* Where every link in the view goes: a glossary word followed in @label
 * opens its meaning in place, other links inside the guide are
 * ::navigate, and only the allowed external schemes leave the app. */
static void
follow_link (LgContentView *self,
             const char    *uri,
             GtkWidget     *label)
{
  g_autofree char *target = NULL;
  GtkRoot *root;

  switch (lg_link_parse (uri, &target))
    {
    case LG_LINK_GLOSSARY:
      if (label != NULL && show_term (self, target, label))
        return;
      G_GNUC_FALLTHROUGH;
    case LG_LINK_TOPIC:
    case LG_LINK_MEDICINE:
      g_signal_emit (self, signals[NAVIGATE], 0, uri);
      return;

    case LG_LINK_EXTERNAL:
      root = gtk_widget_get_root (GTK_WIDGET (self));
      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
      return;

    case LG_LINK_NONE:
    case LG_LINK_NAME:
    default:
      g_warning ("Refusing to open a link with an unknown scheme: %s", uri);
      return;
    }
}

static gboolean
on_activate_link (GtkLabel      *label,
                  const char    *uri,
                  LgContentView *self)
{
  follow_link (self, uri, GTK_WIDGET (label));
  /* Never let GTK open anything by itself. */
  return TRUE;
}

/* The fewest characters a line of text may hold, so that a page fits a
 * phone's width (360 pixels) at the largest text size: a word longer than
 * that breaks where it must. A table's cells, in columns, hold fewer
 * before the table stacks its rows (lg-table.c). */
#define MIN_LINE_CHARS 6
#define MIN_CELL_CHARS 3

/* A label for @inl, after @lead (markup) if there is one. */
static GtkWidget *
make_label_with_lead (LgContentView  *self,
                      const char     *lead,
                      const LgInline *inl,
                      const char     *css_class,
                      int             heading_level)
{
  g_autofree char *text = lg_inline_to_markup (inl);
  g_autofree char *markup = lead != NULL ? g_strconcat (lead, text, NULL) : g_steal_pointer (&text);
  GtkWidget *label;

  if (heading_level > 0)
    {
      label = g_object_new (GTK_TYPE_LABEL,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                            NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, heading_level,
                                      -1);
    }
  else
    label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Words break only where one would not fit on a line. The label's
   * minimum width is then that of MIN_LINE_CHARS characters of its font,
   * whatever its words: it grows with the text size, but never past what
   * a phone's window has (tests/test-narrow.c). GTK measures it by
   * wrapping the text at that width, which costs no more than at the
   * width of its longest word. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN_LINE_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* The Tab key goes from heading to link to heading, in reading order.
   * Headings are landmarks: selectable, so focusable. A label with links
   * takes the focus by itself, one link at a time, and Enter follows the
   * focused link; made selectable, it would take the focus as a whole
   * and lose that. Text becomes selectable on the first press instead
   * (see on_press): selection takes three event controllers and their
   * closures, and a long page has hundreds of labels. The text cursor
   * says it can be selected. Focus never selects (lg_window_init()). */
  if (heading_level > 0)
    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  else
    gtk_widget_set_cursor (label, self->text_cursor);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link), self);
  g_object_set_data (G_OBJECT (label), "lg-inline", (gpointer) inl);
  g_ptr_array_add (self->labels, label);

  return label;
}

static GtkWidget *
make_label (LgContentView  *self,
            const LgInline *inl,
            const char     *css_class,
            int             heading_level)
{
  return make_label_with_lead (self, NULL, inl, css_class, heading_level);
}

/* A term and its meaning, as one label: “Term: meaning”, the term in
 * bold, as plain text has it (print sets the meaning under the term).
 * One label, not a box of two, keeps long reference pages such as the
 * medicines light. */
static GtkWidget *
make_definition (LgContentView    *self,
                 const LgDocBlock *block)
{
  g_autofree char *term = lg_inline_to_markup (block->title);
  g_autofree char *bold = g_strconcat ("<b>", term, "</b>", NULL);
  /* Translators: a term before its meaning, in plain text and
   * search results, as in “Relapse: the leukaemia came back” */
  g_autofree char *lead = g_strdup_printf (_("%s: "), bold);
  GtkWidget *label = make_label_with_lead (self, lead, block->text, "lg-body", 0);

  gtk_widget_add_css_class (label, "lg-definition");
  if (block->first_in_list)
    gtk_widget_add_css_class (label, "lg-list-first");
  return label;
}

/* A list item: its text, with the bullet or number drawn in the room
 * the text's start margin leaves (data/style.css). */
static GtkWidget *
make_item (LgContentView    *self,
           const LgDocBlock *block,
           const char       *marker)
{
  GtkWidget *row = lg_bullet_item_new (marker, make_label (self, block->text, "lg-body", 0));

  gtk_widget_add_css_class (row, "lg-item");
  gtk_widget_set_margin_start (row, 8);
  gtk_widget_set_margin_top (row, 4);
  if (block->first_in_list)
    gtk_widget_add_css_class (row, "lg-list-first");

  return row;
}

static GtkWidget *
make_block (LgContentView    *self,
            const LgDocBlock *block)
{
  g_autofree char *number = NULL;
  GtkWidget *widget;

  switch (block->kind)
    {
    case LG_DOC_TITLE:
      return make_label (self, block->text, "lg-title", 1);

    case LG_DOC_SUMMARY:
      return make_label (self, block->text, "lg-summary", 0);

    case LG_DOC_META:
      return make_label (self, block->text, "lg-meta", 0);

    case LG_DOC_HEADING:
      widget = make_label (self, block->text, "lg-heading", 2);
      if (block->section_id != NULL && !g_hash_table_contains (self->anchors, block->section_id))
        g_hash_table_insert (self->anchors, (gpointer) block->section_id, widget);
      return widget;

    case LG_DOC_SUBHEADING:
      return make_label (self, block->text, "lg-subheading", 3);

    case LG_DOC_PARAGRAPH:
      widget = make_label (self, block->text, "lg-body", 0);
      gtk_widget_add_css_class (widget, "lg-paragraph");
      return widget;

    case LG_DOC_BULLET:
      return make_item (self, block, "•");

    case LG_DOC_NUMBERED:
    case LG_DOC_QUESTION:
    case LG_DOC_SOURCE:
      number = g_strdup_printf ("%u.", block->number);
      widget = make_item (self, block, number);
      if (block->kind == LG_DOC_SOURCE)
        gtk_widget_add_css_class (widget, "lg-source");
      return widget;

    case LG_DOC_CALLOUT:
      widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_add_css_class (widget, "lg-callout");
      gtk_widget_add_css_class (widget, block->callout == LG_CALLOUT_WARNING ? "warning" :
                                        block->callout == LG_CALLOUT_CONTACT ? "contact" : "info");
      if (block->title != NULL)
        gtk_box_append (GTK_BOX (widget), make_label (self, block->title, "lg-callout-title", 0));
      gtk_box_append (GTK_BOX (widget), make_label (self, block->text, "lg-body", 0));
      return widget;

    case LG_DOC_DEFINITION:
      return make_definition (self, block);

    case LG_DOC_TABLE:
      /* In columns where they fit, each row stacked where they do not. */
      widget = lg_table_new (block->table->n_columns);
      gtk_widget_set_margin_top (widget, 12);
      for (guint c = 0; c < block->table->n_items; c++)
        {
          GtkWidget *cell = make_label (self, block->table->items[c],
                                        c < block->table->n_columns ? "lg-term" : "lg-body", 0);

          gtk_label_set_width_chars (GTK_LABEL (cell), MIN_CELL_CHARS);
          lg_table_append_cell (LG_TABLE (widget), cell);
        }
      return widget;

    case LG_DOC_DISCLAIMER:
      return make_label (self, block->text, "lg-disclaimer", 0);

    default:
      g_assert_not_reached ();
    }
}

/* Makes the label under the pointer selectable before the press reaches
 * it, so that its new gestures see the press: dragging selects, a double
 * press selects a word, the secondary button opens Copy. */
static void
on_press (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          LgContentView   *self)
{
  GtkWidget *widget = gtk_widget_pick (self->box, x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != self->box; widget = gtk_widget_get_parent (widget))
    if (GTK_IS_LABEL (widget) && g_object_get_data (G_OBJECT (widget), "lg-inline") != NULL)
      {
        gtk_label_set_selectable (GTK_LABEL (widget), TRUE);
        break;
      }
}

static void
clear (LgContentView *self)
{
  GtkWidget *child;

  lg_content_view_clear_personal (self);
  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);
  g_hash_table_remove_all (self->anchors);
  g_ptr_array_set_size (self->labels, 0);
  g_clear_handle_id (&self->build_idle, g_source_remove);
  self->n_built = 0;
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
  /* The popover's term belongs to the old document's corpus. */
  if (self->term_popover != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->term_popover));
      lg_term_popover_set_term (self->term_popover, NULL);
    }
  g_clear_pointer (&self->doc, lg_document_free);
}

static gboolean
is_complete (LgContentView *self)
{
  return self->doc == NULL || self->n_built == lg_document_get_n_blocks (self->doc);
}

/* Builds the next block; returns how many characters of text it holds. */
static gsize
build_next (LgContentView *self)
{
  const LgDocBlock *block = lg_document_get_block (self->doc, self->n_built++);
  gsize chars = 0;

  gtk_box_append (GTK_BOX (self->box),
                  lg_content_view_decorate_block (self, block, make_block (self, block)));
  if (block->text != NULL)
    chars += strlen (block->text->plain);
  if (block->title != NULL)
    chars += strlen (block->title->plain);
  if (block->table != NULL)
    for (guint i = 0; i < block->table->n_items; i++)
      chars += strlen (block->table->items[i]->plain);
  return chars;
}

static gboolean
build_in_idle (gpointer user_data)
{
  LgContentView *self = LG_CONTENT_VIEW (user_data);
  gint64 end = g_get_monotonic_time () + BUILD_STEP_US;

  do
    build_next (self);
  while (!is_complete (self) && g_get_monotonic_time () < end);

  if (!is_complete (self))
    return G_SOURCE_CONTINUE;
  self->build_idle = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  return G_SOURCE_REMOVE;
}

/* Builds what is left of the page now. */
void
lg_content_view_ensure_complete (LgContentView *self)
{
  if (is_complete (self))
    return;
  g_clear_handle_id (&self->build_idle, g_source_remove);
  while (!is_complete (self))
    build_next (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

/**
 * lg_content_view_set_document:
 * @self: a #LgContentView
 * @doc: (transfer full) (nullable): the document to show
 *
 * Replaces the content with @doc, scrolled to the top. The first
 * screenful is built now, the rest when GTK is idle.
 */
void
lg_content_view_set_document (LgContentView *self,
                              LgDocument    *doc)
{
  gsize chars = 0;
  gboolean was_complete;

  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  was_complete = is_complete (self);
  clear (self);
  self->doc = doc;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  if (doc != NULL)
    {
      while (!is_complete (self) && chars < FIRST_SCREEN_CHARS)
        chars += build_next (self);
      if (!is_complete (self))
        self->build_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_in_idle, self, NULL);
    }
  if (was_complete != is_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

LgDocument *
lg_content_view_get_document (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);
  return self->doc;
}

/* Polls until GTK has laid the new page out, then scrolls. A timeout
 * rather than a tick callback: the frame clock may idle between frames
 * when nothing else changes. Gives up after MAX_SCROLL_TRIES (about 4 s:
 * a long page on a slow machine can take a while to lay out).
 */
#define MAX_SCROLL_TRIES 250

static gboolean
scroll_when_laid_out (gpointer user_data)
{
  LgContentView *self = LG_CONTENT_VIEW (user_data);
  GtkWidget *target;
  double x = 0, y = 0;

  if (self->pending_anchor == NULL)
    {
      GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);

      /* Wait until the page is tall enough to hold the position. */
      if (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) <
          self->pending_scroll && ++self->pending_frame < MAX_SCROLL_TRIES)
        return G_SOURCE_CONTINUE;
      gtk_adjustment_set_value (vadj, self->pending_scroll);
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  target = g_hash_table_lookup (self->anchors, self->pending_anchor);
  if (target == NULL)
    {
      self->scroll_tick = 0;
      g_clear_pointer (&self->pending_anchor, g_free);
      return G_SOURCE_REMOVE;
    }

  /* Wait until GTK has placed the new widgets. */
  if ((gtk_widget_get_height (target) == 0 ||
       !gtk_widget_translate_coordinates (target, self->box, 0, 0, &x, &y)) &&
      ++self->pending_frame < MAX_SCROLL_TRIES)
    return G_SOURCE_CONTINUE;

  {
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);

    /* The scrolled window learns the new page's height a frame later. */
    if (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) < y - 12 &&
        ++self->pending_frame < MAX_SCROLL_TRIES)
      return G_SOURCE_CONTINUE;
    gtk_adjustment_set_value (vadj, MAX (0, y - 12));
  }
  self->scroll_tick = 0;
  g_clear_pointer (&self->pending_anchor, g_free);
  return G_SOURCE_REMOVE;
}

/**
 * lg_content_view_scroll_to_section:
 * @self: a #LgContentView
 * @section_id: (nullable): a section of the current document
 *
 * Scrolls so that the section's heading is at the top, once it is laid
 * out; %NULL scrolls to the top.
 */
void
lg_content_view_scroll_to_section (LgContentView *self,
                                   const char    *section_id)
{
  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  if (section_id != NULL)
    lg_content_view_ensure_complete (self);
  if (section_id == NULL || !g_hash_table_contains (self->anchors, section_id))
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      return;
    }

  g_free (self->pending_anchor);
  self->pending_anchor = g_strdup (section_id);
  self->pending_frame = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = g_timeout_add (16, scroll_when_laid_out, self);
}

/**
 * lg_content_view_get_scroll:
 * @self: a #LgContentView
 *
 * Returns: how far down the page is scrolled, in pixels
 */
double
lg_content_view_get_scroll (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), 0);
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
}

/**
 * lg_content_view_restore_scroll:
 * @self: a #LgContentView
 * @value: a position from lg_content_view_get_scroll()
 *
 * Scrolls to @value once the page is laid out tall enough to hold it.
 */
void
lg_content_view_restore_scroll (LgContentView *self,
                                double         value)
{
  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  g_clear_pointer (&self->pending_anchor, g_free);
  /* MAX() would keep a NaN from saved settings. */
  self->pending_scroll = isfinite (value) && value > 0 ? value : 0;
  self->pending_frame = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = g_timeout_add (16, scroll_when_laid_out, self);
}

/**
 * lg_content_view_get_current_section:
 * @self: a #LgContentView
 *
 * Returns: (nullable): the id of the section being read: the last one
 *   whose heading is at or above the top third of the view
 */
const char *
lg_content_view_get_current_section (LgContentView *self)
{
  GtkAdjustment *vadj;
  const char *current = NULL;
  double best = -G_MAXDOUBLE, line;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);

  vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  line = gtk_adjustment_get_value (vadj) + gtk_adjustment_get_page_size (vadj) / 3;

  g_hash_table_iter_init (&iter, self->anchors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double x, y;

      if (gtk_widget_translate_coordinates (value, self->box, 0, 0, &x, &y) &&
          y <= line && y > best)
        {
          best = y;
          current = key;
        }
    }

  /* Above the first heading, the reader is on the first section. */
  if (current == NULL && self->doc != NULL)
    {
      const LgTopic *topic = lg_document_get_topic (self->doc);

      if (topic->n_sections > 0)
        current = topic->sections[0]->id;
    }
  return current;
}

/**
 * lg_content_view_get_text:
 * @self: a #LgContentView
 *
 * Returns: (transfer full): the text of every label shown, one a line,
 *   as GTK has it (for tests and accessibility checks)
 */
char *
lg_content_view_get_text (LgContentView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);

  lg_content_view_ensure_complete (self);
  for (guint i = 0; i < self->labels->len; i++)
    {
      g_string_append (out, gtk_label_get_text (g_ptr_array_index (self->labels, i)));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
lg_content_view_dispose (GObject *object)
{
  LgContentView *self = (LgContentView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->scroll_tick, g_source_remove);
  lg_content_view_dispose_place (self);
  g_clear_handle_id (&self->build_idle, g_source_remove);
  lg_content_view_set_personal_store (self, NULL);
  /* Our children: the scroller, and the glossary popover once made. */
  self->scroller = NULL;
  self->term_popover = NULL;
  g_clear_weak_pointer (&self->term_label);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lg_content_view_parent_class)->dispose (object);
}

static void
lg_content_view_finalize (GObject *object)
{
  LgContentView *self = (LgContentView *)object;

  g_clear_pointer (&self->doc, lg_document_free);
  g_clear_pointer (&self->anchors, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->pending_anchor, g_free);
  g_clear_pointer (&self->highlight_query, g_free);
  g_clear_object (&self->text_cursor);

  G_OBJECT_CLASS (lg_content_view_parent_class)->finalize (object);
}

static void
lg_content_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LgContentView *self = LG_CONTENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPLETE:
      g_value_set_boolean (value, is_complete (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_content_view_class_init (LgContentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_content_view_dispose;
  object_class->finalize = lg_content_view_finalize;
  object_class->get_property = lg_content_view_get_property;

  /**
   * LgContentView:complete:
   *
   * Whether every block of the page has been built: a long page is built
   * a screenful first and the rest when GTK is idle.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgContentView::navigate:
   * @self: the view
   * @uri: a `topic:`, `glossary:` or `medicine:` link (lg_link_parse()
   *   reads it)
   *
   * Emitted when the reader follows a link inside the guide; a glossary
   * word opens its meaning in the view's own popover instead, and its
   * button to the whole entry navigates.
   */
  signals[NAVIGATE] =
    g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lgcontentview");
}

static void
lg_content_view_init (LgContentView *self)
{
  GtkGesture *press;
  GtkWidget *clamp;

  self->anchors = g_hash_table_new (g_str_hash, g_str_equal);
  self->labels = g_ptr_array_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (LgContentMatch));
  self->current_match = -1;

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  self->box = lg_page_box_new ();
  self->text_cursor = gdk_cursor_new_from_name ("text", NULL);
  gtk_widget_add_css_class (self->box, "lg-content");
  press = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect (press, "pressed", G_CALLBACK (on_press), self);
  gtk_widget_add_controller (self->box, GTK_EVENT_CONTROLLER (press));
  gtk_widget_add_css_class (GTK_WIDGET (self->scroller), "view");

  clamp = lg_clamp_new ();
  lg_clamp_set_maximum_size (LG_CLAMP (clamp), 760);
  lg_clamp_set_child (LG_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_child (self->scroller, clamp);
}

GtkWidget *
lg_content_view_new (void)
{
  return g_object_new (LG_TYPE_CONTENT_VIEW, NULL);
}
