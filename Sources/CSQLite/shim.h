#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro cast Swift does not import: SQLite copies the bound value.
static inline sqlite3_destructor_type fixdesk_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation; it must run
/// before the first connection opens. sqlite3_config is variadic, which Swift cannot call.
static inline int fixdesk_sqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
