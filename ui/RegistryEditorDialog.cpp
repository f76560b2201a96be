#include "RegistryEditorDialog.h"

#include "RecordWidgets.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wushe::ui {

RegistryEditorDialog::RegistryEditorDialog(ops::Operations& ops, const QString& title, QWidget* parent)
    : QDialog(parent), m_ops(ops), m_db(ops.db()), m_clock(ops.clock()), m_title(title),
      m_form(new QFormLayout), m_error(new QLabel(this))
{
    setWindowTitle(tr("%1 — 新增").arg(title));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    QDialogButtonBox* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool RegistryEditorDialog::save()
{
    auto saved = write();
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    committed();
    m_error->clear();
    setWindowTitle(tr("%1 — %2").arg(m_title, recordName()));
    return true;
}

Result<void> RegistryEditorDialog::removeLoaded()
{
    return remove();
}

QDateEdit* RegistryEditorDialog::dateField(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString RegistryEditorDialog::errorText() const
{
    return m_error->text();
}

} // namespace wushe::ui
