#pragma once

#include "report/PageDecoration.h"
#include "report/PagedBody.h"

#include <QPageLayout>

class QTextDocument;
class QWidget;

namespace wushe::ui {

// Print preview (and from there the printer) or a PDF file for a built document
// or register, through report::PagedRenderer so screen, paper and PDF paginate alike.
namespace DocumentPrinter {

void preview(QWidget* parent, report::PagedBody& body, const report::PageDecoration& decoration,
             QPageLayout::Orientation orientation);
QString exportPdf(QWidget* parent, report::PagedBody& body, const report::PageDecoration& decoration,
                  QPageLayout::Orientation orientation, const QString& suggestedName);

void preview(QWidget* parent, QTextDocument& document, const report::PageDecoration& decoration,
             QPageLayout::Orientation orientation);
// Asks for a file name; returns the path written, or empty if cancelled or failed
// (the failure is shown to the user).
QString exportPdf(QWidget* parent, QTextDocument& document, const report::PageDecoration& decoration,
                  QPageLayout::Orientation orientation, const QString& suggestedName);

} // namespace DocumentPrinter

} // namespace wushe::ui
