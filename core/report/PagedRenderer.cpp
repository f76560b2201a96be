#include "report/PagedRenderer.h"

#include "report/PrintFont.h"
#include "report/TextDocumentBody.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace wushe::report {

QPageLayout PagedRenderer::a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

Result<int> PagedRenderer::render(QTextDocument& document, QPagedPaintDevice& device, const PageDecoration& decoration)
{
    TextDocumentBody body(document);
    return render(body, device, decoration);
}

Result<int> PagedRenderer::render(PagedBody& body, QPagedPaintDevice& device, const PageDecoration& decoration)
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(QStringLiteral("print.device"), QCoreApplication::translate("PagedRenderer", "无法开始打印（打印机或文件不可用）"));
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);
    const qreal millimetre = dpi / 25.4;
    const qreal headerHeight = 10 * millimetre;
    const qreal footerHeight = 12 * millimetre;
    const QRectF bodyRect(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);
    const int pages = body.paginate(device, bodyRect.size());

    const QFont small = printFont(9);
    QFont titleFont = printFont(11);
    titleFont.setBold(true);
    const QString preparedBy = decoration.preparedBy.isEmpty() ? QStringLiteral("__________") : decoration.preparedBy;
    const QString footerLeft = QCoreApplication::translate("PagedRenderer", "填报单位：%1　　填表人：%2　　日期：%3")
                                   .arg(decoration.reportingUnit, preparedBy, decoration.date.toString(QCoreApplication::translate("PagedRenderer", "yyyy年M月d日")));

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage())
            return fail(QStringLiteral("print.page"), QCoreApplication::translate("PagedRenderer", "无法开始新的一页"));
        painter.save();
        painter.setFont(titleFont);
        painter.drawText(QRectF(0, 0, page.width(), headerHeight), Qt::AlignLeft | Qt::AlignVCenter, decoration.title);
        painter.setFont(small);
        painter.drawLine(QPointF(0, page.height() - footerHeight + millimetre * 2),
                         QPointF(page.width(), page.height() - footerHeight + millimetre * 2));
        const QRectF footer(0, page.height() - footerHeight + millimetre * 3, page.width(), footerHeight - millimetre * 3);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, QCoreApplication::translate("PagedRenderer", "第 %1 页 共 %2 页").arg(index + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(bodyRect.topLeft());
        body.paintPage(painter, index, bodyRect.size());
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> PagedRenderer::writePdf(QTextDocument& document, const QString& path, QPageLayout::Orientation orientation,
                                    const PageDecoration& decoration)
{
    TextDocumentBody body(document);
    return writePdf(body, path, orientation, decoration);
}

Result<int> PagedRenderer::writePdf(PagedBody& body, const QString& path, QPageLayout::Orientation orientation,
                                    const PageDecoration& decoration)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("pdf.open"), QCoreApplication::translate("PagedRenderer", "无法写入%1：%2").arg(path, file.errorString()));
    Result<int> pages = [&]() -> Result<int> {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(a4(orientation));
        writer.setTitle(decoration.title);
        writer.setCreator(QStringLiteral("五社联动工作台"));
        return render(body, writer, decoration);
    }();
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return fail(QStringLiteral("pdf.write"), QCoreApplication::translate("PagedRenderer", "保存%1失败：%2").arg(path, file.errorString()));
    return pages;
}

} // namespace wushe::report
