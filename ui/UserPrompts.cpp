#include "UserPrompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace wushe::ui {

namespace {

class MessageBoxPrompts final : public UserPrompts
{
public:
    void information(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::information(parent, title, text);
    }
    void error(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::critical(parent, title, text);
    }
    std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& value) override
    {
        QInputDialog dialog(parent);
        dialog.setWindowTitle(title);
        dialog.setLabelText(label);
        dialog.setTextValue(value);
        // Without Qt's own translations installed the buttons would read OK/Cancel.
        dialog.setOkButtonText(QCoreApplication::translate("UserPrompts", "确定"));
        dialog.setCancelButtonText(QCoreApplication::translate("UserPrompts", "取消"));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.textValue();
    }
};

} // namespace

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

std::optional<QString> UserPrompts::text(QWidget*, const QString&, const QString&, const QString&)
{
    return std::nullopt;
}

UserPrompts& UserPrompts::messageBoxes()
{
    static MessageBoxPrompts prompts;
    return prompts;
}

} // namespace wushe::ui
