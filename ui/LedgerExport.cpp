#include "LedgerExport.h"

#include "exchange/ExchangeCatalog.h"
#include "exchange/Exporter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace wushe::ui {

std::optional<LedgerExport::Request> LedgerExport::ask(QWidget* parent, const QString& title, bool csv, bool unmasked)
{
    Request request;
    request.unmasked = unmasked;
    if (unmasked
        && QMessageBox::question(parent, QCoreApplication::translate("LedgerExport", "导出完整号码"),
                                 QCoreApplication::translate("LedgerExport", "导出的文件将包含完整的身份证号和电话号码。\n请妥善保管，不要通过微信群、邮件等渠道随意传送。\n确定导出完整号码吗？"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return std::nullopt;
    if (csv) {
        const QStringList encodings{QCoreApplication::translate("LedgerExport", "UTF-8（新版 Excel、WPS）"), QCoreApplication::translate("LedgerExport", "GB18030（旧版 Excel、WPS）")};
        bool chosen = false;
        const QString encoding = QInputDialog::getItem(parent, QCoreApplication::translate("LedgerExport", "CSV 编码"), QCoreApplication::translate("LedgerExport", "文件编码："), encodings, 0, false, &chosen);
        if (!chosen)
            return std::nullopt;
        request.encoding = encoding == encodings[1] ? exchange::CsvEncoding::Gb18030 : exchange::CsvEncoding::Utf8Bom;
    }
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    request.path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("LedgerExport", "导出"), QDir::home().filePath(title + suffix),
                                                csv ? QCoreApplication::translate("LedgerExport", "CSV 文件 (*.csv)") : QCoreApplication::translate("LedgerExport", "Excel 工作簿 (*.xlsx)"));
    if (request.path.isEmpty())
        return std::nullopt;
    if (!request.path.endsWith(suffix, Qt::CaseInsensitive))
        request.path += suffix;
    return request;
}

QAction* LedgerExport::setUpMenu(QPushButton* button, const std::function<void(bool csv, bool unmasked)>& exportList,
                                 const std::function<void()>& import)
{
    auto* menu = new QMenu(button);
    menu->addAction(QCoreApplication::translate("LedgerExport", "导出为 Excel（号码部分隐藏）…"), button,
                    [exportList] { exportList(false, false); });
    menu->addAction(QCoreApplication::translate("LedgerExport", "导出为 Excel（完整号码）…"), button,
                    [exportList] { exportList(false, true); });
    menu->addAction(QCoreApplication::translate("LedgerExport", "导出为 CSV（号码部分隐藏）…"), button,
                    [exportList] { exportList(true, false); });
    menu->addAction(QCoreApplication::translate("LedgerExport", "导出为 CSV（完整号码）…"), button,
                    [exportList] { exportList(true, true); });
    menu->addSeparator();
    QAction* importAction =
        menu->addAction(QCoreApplication::translate("LedgerExport", "从 Excel 或 CSV 导入…"), button, import);
    button->setMenu(menu);
    return importAction;
}

void LedgerExport::exportWithMessages(QWidget* parent, const QSqlDatabase& db, const QString& exchangeName,
                                      const exchange::ExportScope& scope, const storage::WriteContext& context,
                                      const QString& unitName, const QString& title, bool csv, bool unmasked)
{
    const auto request = ask(parent, title, csv, unmasked);
    if (!request)
        return;
    const QString caption = QCoreApplication::translate("LedgerExport", "导出");
    auto rows = run(parent, db, exchangeName, scope, context, unitName, *request);
    if (!rows) {
        if (rows.error().key != u"exchange.cancelled")
            QMessageBox::warning(parent, caption, rows.error().message);
        return;
    }
    QMessageBox::information(parent, caption,
                             QCoreApplication::translate("LedgerExport", "已导出%1行到\n%2")
                                 .arg(*rows)
                                 .arg(QDir::toNativeSeparators(request->path)));
}

Result<qint64> LedgerExport::run(QWidget* parent, const QSqlDatabase& db, const QString& exchangeName,
                                 const exchange::ExportScope& scope, const storage::WriteContext& context,
                                 const QString& unitName, const Request& request)
{
    auto units = exchange::UnitResolver::load(db);
    if (!units)
        return std::unexpected(units.error());
    auto ledger = exchange::ExchangeCatalog::make(exchangeName, db, context, &*units);
    if (!ledger)
        return fail(QStringLiteral("exchange.ledger"), exchangeName);
    QProgressDialog progress(QCoreApplication::translate("LedgerExport", "正在导出…"), QCoreApplication::translate("LedgerExport", "取消"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    exchange::ExportOptions options;
    options.path = request.path;
    options.unmasked = request.unmasked;
    options.encoding = request.encoding;
    options.unitName = unitName;
    options.date = context.clock->today();
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(total, 1)));
        progress.setValue(int(std::min(done, total)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    return exchange::Exporter::run(*ledger, scope, *units, options);
}

} // namespace wushe::ui
