// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {

class AuthService;

/**
 * Asks for a user name and password and logs in through AuthService. On a demo database it
 * lists the demo accounts. Stays open on a wrong password, with the reason shown inline.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AuthService &auth, const QString &practiceName, bool isDemo,
                QWidget *parent = nullptr);

    std::optional<Session> session() const { return m_session; }

private:
    void tryLogin();
    AuthService &m_auth;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_login = nullptr;
    std::optional<Session> m_session;
};

} // namespace cc
