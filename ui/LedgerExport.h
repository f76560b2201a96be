#pragma once

#include "Error.h"
#include "exchange/CsvWriter.h"
#include "exchange/LedgerExchange.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QWidget;

namespace wushe::ui {

// 导出 of a ledger or registry page: what the page lists, to .xlsx or CSV, with a
// progress dialog that can cancel (no file is left then).
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
    // The menu of a page's 导出/导入 button: Excel or CSV, numbers masked or full, then
    // the import. Returns the import action (the page enables it while it may write).
    static QAction* setUpMenu(QPushButton* button, const std::function<void(bool csv, bool unmasked)>& exportList,
                              const std::function<void()>& import);
    // ask(), run() and the messages that follow: where the rows went, or why not.
    static void exportWithMessages(QWidget* parent, const QSqlDatabase& db, const QString& exchangeName,
                                   const exchange::ExportScope& scope, const storage::WriteContext& context,
                                   const QString& unitName, const QString& title, bool csv, bool unmasked);
    // Writes the file with a progress dialog; the number of rows written.
    static Result<qint64> run(QWidget* parent, const QSqlDatabase& db, const QString& exchangeName,
                              const exchange::ExportScope& scope, const storage::WriteContext& context,
                              const QString& unitName, const Request& request);
};

} // namespace wushe::ui
