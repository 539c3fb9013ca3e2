// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cc {

class AckModel;
class InlineMessage;
class SubmissionService;

/**
 * The second page of the biller's Submissions screen: "Import 999 / 277CA…" reads an
 * acknowledgement file through SubmissionService::importAck() and says what it did, one
 * sentence per transaction set or claim, with the control numbers that matched nothing; a
 * malformed file is refused whole and said so (the segment named, the detail behind "Show
 * details…"). Below, the acknowledgements read, with the selected one's file. Owned by
 * SubmissionsWidget; reads only through the service.
 */
class AckView : public QWidget
{
    Q_OBJECT
public:
    AckView(const Session &session, SubmissionService &submissions, QWidget *parent = nullptr);

    AckModel *ackModel() const { return m_model; }
    /// The acknowledgement selected in the list (0 when none).
    qint64 currentAckId() const;
    /// The sentences shown for the last file read (its lines, then what matched nothing).
    QStringList resultLines() const;

public slots:
    void reload();
    /// Asks for a file, then imports it.
    bool importWithDialog();
    /// Imports @p path without asking. False (and the reason shown) when refused.
    bool importFile(const QString &path);

signals:
    void statusMessageRequested(const QString &text);
    /// A file was read: claims may have moved (for the other pages).
    void imported();

private:
    void showAck();

    Session m_session;
    SubmissionService &m_submissions;
    AckModel *m_model = nullptr;
    qint64 m_shownId = 0; ///< the acknowledgement whose file the view holds

    QPushButton *m_import = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_resultTitle = nullptr;
    QListWidget *m_result = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_file = nullptr;
};

} // namespace cc
