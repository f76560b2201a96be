#include "DuePage.h"

#include "DueListModel.h"
#include "operations/ChangeNotifier.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace wushe::ui {

DuePage::DuePage(QSqlDatabase db, const Clock& clock, ops::ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_date(new QDateEdit(clock.today(), this)), m_horizon(new QSpinBox(this)),
      m_reveal(new QCheckBox(tr("显示完整号码"), this)), m_model(new DueListModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_horizon->setRange(0, 90);
    m_horizon->setValue(7);
    m_horizon->setSuffix(tr(" 天内到期"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("截至"), this));
    bar->addWidget(m_date);
    bar->addWidget(new QLabel(tr("及"), this));
    bar->addWidget(m_horizon);
    bar->addWidget(m_reveal);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_date, &QDateEdit::dateChanged, this, &DuePage::reload);
    connect(m_horizon, &QSpinBox::valueChanged, this, &DuePage::reload);
    connect(m_reveal, &QCheckBox::toggled, m_model, &DueListModel::setRevealSensitive);
    if (notifier)
        connect(notifier, &ops::ChangeNotifier::changed, this, &DuePage::followChange);
}

void DuePage::followChange(const ops::Change& change)
{
    // Hidden, it is computed afresh when its tab is shown (MainWindow).
    if (!isVisible())
        return;
    if (!change.touchesAny({QStringLiteral("elderly_record"), QStringLiteral("child_record"),
                            QStringLiteral("relief_household"), QStringLiteral("relief_member"), QStringLiteral("visit"),
                            QStringLiteral("person")}))
        return;
    if (!m_unit.isEmpty() && !change.touchesUnit(m_unit))
        return;
    reload();
}

void DuePage::setUnit(const QString& orgCode)
{
    m_unit = orgCode;
    if (isVisible())
        reload();
}

void DuePage::setDate(QDate day)
{
    m_date->setDate(day);
}

void DuePage::reload()
{
    auto items = storage::DueList(m_db).dueAndOverdue(m_unit, m_date->date(), m_horizon->value());
    if (!items) {
        m_model->setItems({});
        m_summary->setText(items.error().message);
        return;
    }
    m_model->setItems(*items);
    m_table->resizeColumnsToContents();
    m_summary->setText(summaryText());
}

QString DuePage::summaryText() const
{
    return tr("共 %1 人（户），其中逾期 %2").arg(m_model->rowCount()).arg(m_model->overdueCount());
}

} // namespace wushe::ui
