#include "DocumentPrinter.h"

#include "report/PagedRenderer.h"
#include "report/TextDocumentBody.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace wushe::ui::DocumentPrinter {

void preview(QWidget* parent, QTextDocument& document, const report::PageDecoration& decoration,
             QPageLayout::Orientation orientation)
{
    report::TextDocumentBody body(document);
    preview(parent, body, decoration, orientation);
}

void preview(QWidget* parent, report::PagedBody& body, const report::PageDecoration& decoration,
             QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::PagedRenderer::a4(orientation));
    printer.setDocName(decoration.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("打印预览 — %1").arg(decoration.title));
    dialog.resize(1000, 760);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (auto pages = report::PagedRenderer::render(body, *target, decoration); !pages)
            QMessageBox::warning(&dialog, QObject::tr("打印"), pages.error().message);
    });
    dialog.exec();
}

QString exportPdf(QWidget* parent, QTextDocument& document, const report::PageDecoration& decoration,
                  QPageLayout::Orientation orientation, const QString& suggestedName)
{
    report::TextDocumentBody body(document);
    return exportPdf(parent, body, decoration, orientation, suggestedName);
}

QString exportPdf(QWidget* parent, report::PagedBody& body, const report::PageDecoration& decoration,
                  QPageLayout::Orientation orientation, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("导出PDF"),
                                                      QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
                                                      QObject::tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return {};
    auto pages = report::PagedRenderer::writePdf(body, path, orientation, decoration);
    if (!pages) {
        QMessageBox::warning(parent, QObject::tr("导出PDF"), pages.error().message);
        return {};
    }
    return path;
}

} // namespace wushe::ui::DocumentPrinter
