/* wb_input.c — what a data-entry workbook needs beyond the report layer:
 * column formats that keep Excel from turning codes into numbers or dates,
 * cell notes, and data validation (dropdowns and ranges with an input
 * message). Used by the data-entry template (reports/template).
 */
#include "reports/workbook/wb_private.h"

static lxw_format *input_fmt(kj_wb *wb, int date) {
  if (!wb->in_fmt[date]) {
    lxw_format *f = workbook_add_format(wb->book);
    format_set_num_format(f, date ? "yyyy-mm-dd" : "@");
    wb->in_fmt[date] = f;
  }
  return wb->in_fmt[date];
}

kj_status kj_wb_col_input(kj_wb_sheet *sh, int col, int date, double chars) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, 0, col, "column format")) return sh->wb->err.status;
  wb_grow_cols(sh, col);
  sh->colfmt[col] = input_fmt(sh->wb, date);
  if (chars > 0) kj_wb_col_width(sh, col, col, chars);
  return KJ_OK;
}

kj_status kj_wb_note(kj_wb_sheet *sh, int row, int col, const char *text) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, row, col, "note")) return sh->wb->err.status;
  lxw_comment_options o = {0};
  o.width = 320;
  o.height = 150;
  lxw_error e = worksheet_write_comment_opt(sh->ws, (lxw_row_t)row, (lxw_col_t)col, text, &o);
  return wb_lxw(sh, e, row, col, "note");
}

kj_status kj_wb_validate(kj_wb_sheet *sh, int first_row, int col, int last_row,
                         const kj_wb_valid *v) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, last_row, col, "data validation")) return sh->wb->err.status;
  lxw_data_validation dv;
  memset(&dv, 0, sizeof dv);
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.show_input = LXW_VALIDATION_ON;
  dv.show_error = LXW_VALIDATION_ON;
  dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  switch (v->type) {
  case KJ_WB_V_LIST:
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = (char **)v->list;
    break;
  case KJ_WB_V_LIST_RANGE:
    dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    dv.value_formula = (char *)v->formula;
    break;
  case KJ_WB_V_WHOLE:
    dv.validate = LXW_VALIDATION_TYPE_INTEGER;
    break;
  case KJ_WB_V_DECIMAL:
    dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
    break;
  case KJ_WB_V_DATE:
    dv.validate = LXW_VALIDATION_TYPE_DATE_NUMBER;
    break;
  case KJ_WB_V_LENGTH:
    dv.validate = LXW_VALIDATION_TYPE_LENGTH;
    break;
  default:
    return wb_fail(sh->wb, KJ_INTERNAL, "data validation: unknown type %d", v->type);
  }
  dv.minimum_number = v->min;
  dv.maximum_number = v->max;
  dv.input_title = (char *)v->title;
  dv.input_message = (char *)v->message;
  dv.error_title = (char *)v->title;
  dv.error_message = (char *)v->error;
  lxw_error e = worksheet_data_validation_range(sh->ws, (lxw_row_t)first_row, (lxw_col_t)col,
                                                (lxw_row_t)last_row, (lxw_col_t)col, &dv);
  return wb_lxw(sh, e, first_row, col, "data validation");
}
