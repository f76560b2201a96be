#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace wushe::ui {

// The look of every paged record table (ledgers, registries): whole rows selected,
// read-only, columns the user can widen. Fitting the columns measures `pageSize`
// rows only: Qt's default (1,000 rows, all of them while the tab is hidden) read ten
// pages of every table at start-up.
inline void setUpRecordTable(QTableView* table, int pageSize)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(110);
    table->horizontalHeader()->setResizeContentsPrecision(pageSize);
}

// 保存 / 取消 of a record form: 保存 closes the dialog only when `save` succeeds, so a
// refused save leaves everything typed in place.
template <typename Save>
QDialogButtonBox* saveCancelButtons(QDialog* dialog, Save save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(QDialog::tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(QDialog::tr("取消"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, save] {
        if (save())
            dialog->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace wushe::ui
