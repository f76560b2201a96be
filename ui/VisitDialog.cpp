#include "VisitDialog.h"

#include "EnumWidgets.h"
#include "operations/Operations.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wushe::ui {

VisitDialog::VisitDialog(ops::Operations& ops, Ledger ledger, QString subjectId, const QString& subjectName,
                         QWidget* parent)
    : QDialog(parent), m_ops(ops), m_date(new QDateEdit(ops.clock().today(), this)), m_mode(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_visitors(new QTableWidget(0, 2, this)), m_findings(new QPlainTextEdit(this)), m_actions(new QPlainTextEdit(this)),
      m_referral(new QComboBox(this)), m_referralNote(new QLineEdit(this)), m_error(new QLabel(this))
{
    m_visit.ledger = ledger;
    m_visit.subjectId = std::move(subjectId);
    setWindowTitle(tr("添加探访记录 — %1").arg(subjectName));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(ops.clock().today());
    fillCombo(m_mode, kVisitModes);
    // Household checks and reviews belong to the relief ledger.
    for (const auto& entry : kVisitKinds.entries())
        if (ledger == Ledger::Relief || entry.value == VisitKind::Visit)
            m_kind->addItem(kVisitKinds.label(entry.value), int(entry.value));
    fillCombo(m_referral, kReferrals);
    m_visitors->setObjectName(QStringLiteral("visitors"));
    m_visitors->setHorizontalHeaderLabels({tr("姓名"), tr("身份")});
    m_visitors->horizontalHeader()->setStretchLastSection(true);
    m_visitors->verticalHeader()->hide();
    m_visitors->setMinimumHeight(110);
    for (QPlainTextEdit* edit : {m_findings, m_actions})
        edit->setMaximumHeight(70);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);

    auto* addVisitor = new QPushButton(tr("添加人员"), this);
    auto* removeVisitor = new QPushButton(tr("删除所选人员"), this);
    auto* visitorButtons = new QHBoxLayout;
    visitorButtons->addWidget(addVisitor);
    visitorButtons->addWidget(removeVisitor);
    visitorButtons->addStretch();
    auto* visitorBox = new QVBoxLayout;
    visitorBox->addWidget(m_visitors);
    visitorBox->addLayout(visitorButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("日期*"), m_date);
    form->addRow(tr("类型"), m_kind);
    form->addRow(tr("方式"), m_mode);
    form->addRow(tr("走访人员*"), visitorBox);
    form->addRow(tr("发现问题"), m_findings);
    form->addRow(tr("处置措施"), m_actions);
    form->addRow(tr("转介"), m_referral);
    form->addRow(tr("转介说明"), m_referralNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(addVisitor, &QPushButton::clicked, this, [this] { addVisitorRow(); });
    connect(removeVisitor, &QPushButton::clicked, this, [this] {
        if (m_visitors->currentRow() >= 0)
            m_visitors->removeRow(m_visitors->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // A household check needs two investigators: offer the second row.
        if (comboValue<VisitKind>(m_kind) == VisitKind::HouseholdCheck && m_visitors->rowCount() < 2)
            addVisitorRow();
    });
    addVisitorRow();
}

void VisitDialog::addVisitorRow(const Visitor& visitor)
{
    const int row = m_visitors->rowCount();
    m_visitors->insertRow(row);
    m_visitors->setItem(row, 0, new QTableWidgetItem(visitor.name));
    auto* role = new QComboBox(m_visitors);
    fillCombo(role, kVisitorRoles);
    setComboValue(role, visitor.role);
    m_visitors->setCellWidget(row, 1, role);
}

void VisitDialog::setKind(VisitKind kind)
{
    setComboValue(m_kind, kind);
}

void VisitDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

void VisitDialog::setVisitors(const QList<Visitor>& visitors)
{
    m_visitors->setRowCount(0);
    for (const Visitor& visitor : visitors)
        addVisitorRow(visitor);
}

void VisitDialog::setFindings(const QString& text)
{
    m_findings->setPlainText(text);
}

Visit VisitDialog::visit() const
{
    Visit visit = m_visit;
    visit.visitOn = m_date->date();
    visit.mode = comboValue<VisitMode>(m_mode);
    visit.kind = comboValue<VisitKind>(m_kind);
    visit.visitors.clear();
    for (int row = 0; row < m_visitors->rowCount(); ++row) {
        const QTableWidgetItem* name = m_visitors->item(row, 0);
        const auto* role = qobject_cast<const QComboBox*>(m_visitors->cellWidget(row, 1));
        if (name && !name->text().trimmed().isEmpty())
            visit.visitors.append({name->text().trimmed(), role ? comboValue<VisitorRole>(role) : VisitorRole::Staff});
    }
    visit.findings = m_findings->toPlainText();
    visit.actions = m_actions->toPlainText();
    visit.referral = comboValue<Referral>(m_referral);
    visit.referralNote = m_referralNote->text();
    return visit;
}

bool VisitDialog::save()
{
    Visit edited = visit();
    auto saved = m_ops.save(edited);
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    m_error->clear();
    m_visit = edited;
    return true;
}

QString VisitDialog::errorText() const
{
    return m_error->text();
}

} // namespace wushe::ui
