// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QFrame>

class QLabel;

namespace cc {

/**
 * A one-sentence message shown inside a form, next to what it is about, instead of a modal
 * box: the user's typing stays where it is. An icon and the words carry the severity (never
 * the colour alone); an error with technical detail offers "Show details…", which opens
 * ui::showError. Hidden while empty. Owned by its parent layout.
 */
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Error, Warning, Info };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &text);
    /// Shows @p error's sentence; its detail, if any, behind "Show details…".
    void showError(const QString &title, const Error &error);
    void clearMessage();
    QString text() const;

private:
    void applyPalette(Severity severity);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_details = nullptr;
    Error m_error;
    QString m_title;
};

} // namespace cc
