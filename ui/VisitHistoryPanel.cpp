#include "VisitHistoryPanel.h"
#include "TextJoin.h"

#include "VisitDialog.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "storage/VisitRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wushe::ui {

VisitHistoryPanel::VisitHistoryPanel(ops::Operations& ops, QWidget* parent)
    : QWidget(parent), m_ops(ops), m_table(new QTableWidget(0, 6, this)),
      m_summary(new QLabel(this)), m_add(new QPushButton(tr("添加探访…"), this))
{
    m_table->setObjectName(QStringLiteral("visitHistory"));
    m_table->setHorizontalHeaderLabels({tr("日期"), tr("类型"), tr("方式"), tr("走访人员"), tr("发现问题"), tr("转介")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &VisitHistoryPanel::addVisit);
    if (ops::ChangeNotifier* notifier = m_ops.notifier())
        connect(notifier, &ops::ChangeNotifier::changed, this, [this](const ops::Change& change) {
            if (!m_subjectId.isEmpty() && change.touches(QStringLiteral("visit")))
                reload();
        });
    setSubject(Ledger::Elderly, {}, {});
}

void VisitHistoryPanel::setSubject(Ledger ledger, const QString& subjectId, const QString& subjectName)
{
    m_ledger = ledger;
    m_subjectId = subjectId;
    m_subjectName = subjectName;
    m_add->setEnabled(!subjectId.isEmpty());
    reload();
}

int VisitHistoryPanel::visitCount() const
{
    return m_table->rowCount();
}

void VisitHistoryPanel::reload()
{
    m_table->setRowCount(0);
    if (m_subjectId.isEmpty()) {
        m_summary->setText(tr("保存后可添加探访记录"));
        return;
    }
    auto visits = storage::VisitRepository(m_ops.db(), m_ops.context()).history(m_subjectId);
    if (!visits) {
        m_summary->setText(visits.error().message);
        return;
    }
    for (const Visit& visit : *visits) {
        QStringList visitors;
        for (const Visitor& visitor : visit.visitors)
            visitors << QStringLiteral("%1（%2）").arg(visitor.name, kVisitorRoles.label(visitor.role));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{visit.visitOn.toString(Qt::ISODate), kVisitKinds.label(visit.kind),
                                kVisitModes.label(visit.mode), joinList(visitors), visit.findings,
                                visit.referral == Referral::None ? QString() : kReferrals.label(visit.referral)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(visits->isEmpty() ? tr("尚无探访记录") : tr("共 %1 次").arg(visits->size()));
}

void VisitHistoryPanel::addVisit()
{
    VisitDialog dialog(m_ops, m_ledger, m_subjectId, m_subjectName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_ops.notifier())
        reload(); // else the change notification did
    emit visitAdded();
}

} // namespace wushe::ui
