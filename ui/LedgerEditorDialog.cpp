#include "LedgerEditorDialog.h"

#include "PersonFields.h"
#include "RecordWidgets.h"
#include "VisitHistoryPanel.h"
#include "operations/Operations.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wushe::ui {

LedgerEditorDialog::LedgerEditorDialog(ops::Operations& ops, QWidget* parent)
    : QDialog(parent), m_ops(ops), m_db(ops.db()), m_clock(ops.clock()), m_person(new PersonFields(m_db, m_clock, this)),
      m_registeredOn(new QDateEdit(m_clock.today(), this)), m_error(new QLabel(this)),
      m_visits(new VisitHistoryPanel(ops, this))
{
    m_registeredOn->setCalendarPopup(true);
    m_registeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_registeredOn->setMaximumDate(m_clock.today());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
}

void LedgerEditorDialog::setLedgerForm(const QString& personTitle, QWidget* ledgerForm, QWidget* extra)
{
    auto* personBox = new QGroupBox(personTitle, this);
    auto* personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_person);
    auto* registered = new QFormLayout;
    registered->addRow(tr("登记日期*"), m_registeredOn);
    personLayout->addLayout(registered);
    if (extra)
        personLayout->addWidget(extra, 1);
    else
        personLayout->addStretch();

    auto* ledgerBox = new QGroupBox(tr("台账信息"), this);
    auto* ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addWidget(ledgerForm);
    ledgerLayout->addStretch();

    auto* details = new QWidget(this);
    auto* columns = new QHBoxLayout(details);
    columns->addWidget(personBox, 1);
    columns->addWidget(ledgerBox, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(details, tr("登记信息"));
    tabs->addTab(m_visits, tr("探访记录"));

    QDialogButtonBox* buttons = saveCancelButtons(this, [this] { return save(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LedgerEditorDialog::setDefaultVillage(const QString& orgCode)
{
    m_person->setOrgCode(orgCode);
}

void LedgerEditorDialog::showRecord(Ledger ledger, const QString& recordId, const QString& name)
{
    setWindowTitle(tr("%1 — %2").arg(kLedgers.label(ledger), name));
    m_visits->setSubject(ledger, recordId, name);
}

bool LedgerEditorDialog::save()
{
    auto saved = write();
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    committed();
    m_error->clear();
    m_info.clear();
    if (saved->linkedExistingPerson) {
        const QString name = m_person->nameEdit()->text();
        m_info = saved->otherLedgers.isEmpty()
                     ? tr("已关联到已登记的人员 %1").arg(name)
                     : tr("已关联到已登记的人员 %1（同时在：%2）").arg(name, saved->otherLedgers.join(u'、'));
    }
    return true;
}

QString LedgerEditorDialog::errorText() const
{
    return m_error->text();
}

QString LedgerEditorDialog::infoText() const
{
    return m_info;
}

} // namespace wushe::ui
