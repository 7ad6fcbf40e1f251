/**
 * The explicit switch for catalog operations that do not exist yet.
 *
 * A catalog operation missing from the app fails `npm run contract` — unless its category is listed here
 * because the issue that implements it is still open. Then it is counted as missing in the summary, and
 * does not fail the run. Operations that exist are always checked in full, whatever their category.
 *
 * Remove a category as soon as its issue lands (the run prints a reminder when a listed category is
 * complete). When every category has landed, this list must be empty.
 */
export const IN_PROGRESS_CATEGORIES: string[] = [
  // Emptied: every category's operations exist. While a category's issue is open, list it here with the
  // issue that owns it, e.g.
  //   'Calendars & Appointments', // issue "Calendars & Appointments" (lib/catalog/calendars.ts)
];

/**
 * The same switch for beyond.json's groups (events, finds, actions): an entry without an operation fails
 * `npm run contract` unless its group is listed here, with the issue that builds it.
 */
export const IN_PROGRESS_BEYOND_GROUPS: string[] = [
  // Emptied: issues 14 and 15 built every entry of beyond.json (events, finds, actions).
];
