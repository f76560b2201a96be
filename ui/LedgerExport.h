#pragma once

#include "Error.h"
#include "exchange/CsvWriter.h"
#include "exchange/LedgerExchange.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

class QWidget;

namespace wushe::ui {

// 导出 of a ledger page: what the page lists, to .xlsx or CSV, with a progress
// dialog that can cancel (no file is left then).
class LedgerExport
{
public:
    struct Request
    {
        QString path;
        bool unmasked = false;
        exchange::CsvEncoding encoding = exchange::CsvEncoding::Utf8Bom;
    };

    // Asks where to save (and the CSV encoding); full numbers only after a
    // confirmation. Empty when the user cancelled.
    static std::optional<Request> ask(QWidget* parent, const QString& title, bool csv, bool unmasked);
    // Writes the file with a progress dialog; the number of rows written.
    static Result<qint64> run(QWidget* parent, const QSqlDatabase& db, const QString& exchangeName,
                              const exchange::ExportScope& scope, const storage::WriteContext& context,
                              const QString& unitName, const Request& request);
};

} // namespace wushe::ui
