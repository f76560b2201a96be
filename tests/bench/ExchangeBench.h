#pragma once

#include "Bench.h"

#include <QDir>

namespace wushe::bench {

// xlsx_export_100k, xlsx_import_100k, csv_import_100k and the import/floor ratio:
// a scratch county database with 100,000 made-up elderly rows is exported to .xlsx
// (and CSV), and the files are imported into fresh empty databases through the
// exchange importer (all or nothing, one transaction). The floor is
// bulk_insert_floor of the same rows on an empty database.
void exchangeFigures(int runs, Report& report, const QDir& workDir);

} // namespace wushe::bench
