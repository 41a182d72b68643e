#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro cast Swift does not import: SQLite copies the bound value.
static inline sqlite3_destructor_type fixdesk_sqlite_transient(void) { return SQLITE_TRANSIENT; }
