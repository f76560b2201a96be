#include "UserPrompts.h"

#include <QInputDialog>
#include <QLineEdit>
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
        bool ok = false;
        const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
        if (!ok)
            return std::nullopt;
        return answer;
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
