// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "errorbox.h"
#include "services/authservice.h"
#include "services/demobuilder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

LoginDialog::LoginDialog(AuthService &auth, const QString &practiceName, bool isDemo,
                         QWidget *parent)
    : QDialog(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("CleanClaim — Log in"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>CleanClaim</h2><p>%1</p>").arg(practiceName.toHtmlEscaped()));
    title->setTextFormat(Qt::RichText);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    if (isDemo) {
        QString rows;
        for (const auto &c : DemoBuilder::credentials()) {
            rows += QStringLiteral("<tr><td>%1</td><td><tt>%2</tt></td><td><tt>%3</tt></td></tr>")
                            .arg(roles::displayName(roles::fromKey(c.role).value_or(Role::Coder)),
                                 c.username, c.password);
        }
        auto *demo = new QLabel(tr("<p><b>Demo practice</b>: made-up patients only. Log in as "
                                   "any of these:</p>")
                                + QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows));
        demo->setObjectName(QStringLiteral("demoCredentials"));
        demo->setTextFormat(Qt::RichText);
        demo->setWordWrap(true);
        demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(demo);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    // Enter moves from the name to the password and logs in from there; no default button, so
    // a login is never attempted twice.
    m_login->setAutoDefault(false);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_user->setFocus();
}

void LoginDialog::tryLogin()
{
    auto s = m_auth.login(m_user->text(), m_password->text());
    if (!s) {
        if (s.error().kind == Error::Kind::Auth) {
            m_message->setText(s.error().userMessage);
            m_message->show();
            m_password->clear();
            m_password->setFocus();
        } else {
            ui::showError(this, tr("Log in"), s.error());
        }
        return;
    }
    m_session = s.value();
    accept();
}

} // namespace cc
