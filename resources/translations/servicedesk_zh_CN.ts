<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallerCard</name>
    <message>
        <source>Caller&apos;s phone number, name or customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number or name, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers match; pick one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket for this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket without customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in warranty until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and show the stored customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a tier by hand locks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked, the tier follows the rule on every save and purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a ticket to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule suggests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in warranty until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No satisfaction answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1 of 5 from 1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1 of 5 from %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name, customer code or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes into an empty database: a year of customers and tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality reports: KPI figures, charts and printable reports for a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Service Desk now to use the new settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in this queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Search: ticket number, phone, customer, words of subject or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office prefix of ticket numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Service Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Desk databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Service Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDialogs</name>
    <message>
        <source>Assign ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep current team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message numerus="yes">
        <source>%n h business time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min business time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the ticket as it is now. Your unsaved edits are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record satis&amp;faction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the ticket to another status; only the allowed ones are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer record: the contact name or phone identifies the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial num&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note or a reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues see internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sees this reply; it counts as the first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1   ·   Assignee: %2   ·   Tier: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If saved now. The clock counts business hours (calendar %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (answered %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the resolution clock stops while waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the clock is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in business hours (calendar %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer or priority changed: the due times are recalculated when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1. Your edits are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”. Leave it empty and fill in the contact instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): pick one with the arrow keys and Enter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate from %1 to the next level. Why? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the solution (required; the customer may see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the ticket reopened? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPreview</name>
    <message>
        <source>Reply: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: %1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet. It starts when the ticket is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an internal note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed the ticket to team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the ticket from team %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the priority from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated the ticket from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the %1 from “%2” to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s tier changed from %1 to %2; the SLA follows the new tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the status from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 as assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned the ticket to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned the ticket from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 % of the first-response time is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 % of the resolution time is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-response deadline was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution deadline was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded customer satisfaction: %1 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed customer satisfaction from %1 to %2 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. Your changes are recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service Desk: queues, tickets and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as this user (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd</name>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::BusinessCalendar</name>
    <message>
        <source>A time must be text in the form HH:MM, e.g. &quot;09:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour of &quot;%1&quot; must be between 00 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute of &quot;%1&quot; must be between 00 and 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is past the end of the day; use &quot;24:00&quot; for midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval must be a list of two times, e.g. [&quot;09:00&quot;, &quot;12:00&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval starts at %1 but ends at %2; the start must come before the end. Split intervals that cross midnight into two days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday must be a list of intervals, e.g. [[&quot;09:00&quot;, &quot;12:00&quot;], [&quot;13:30&quot;, &quot;18:00&quot;]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval %1-%2 overlaps %3-%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week must be an object with keys mon, tue, wed, thu, fri, sat and sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday &quot;%1&quot;; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of dates in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a calendar has name, timezone, week, holidays and extra_workdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is missing; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no working time: give working hours for at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calendar file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Codes</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault / repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ConfigurationJson</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of zero or more is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;servicedesk-config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only version 1 is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1 to 8 capital letters or digits, e.g. &quot;HQ&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one calendar is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar object is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule object is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate tier code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tier must have no rule: it is the fallback for everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of P1, P2, P3, P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets must be at least one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate team code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of category codes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CustomerForm</name>
    <message>
        <source>Warranty until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CustomerService</name>
    <message>
        <source>the customer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer code %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 after you opened it; reload to see their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase needs a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program understands (%2); install a newer Service Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoGenerator</name>
    <message>
        <source>the database already holds %1 tickets; demo data goes into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo word lists are missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration has no active agents to assign tickets to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::QueueModel</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::QueueQuery</name>
    <message>
        <source>&quot;my tickets&quot; needs a user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Sql</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TicketService</name>
    <message>
        <source>the ticket needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a customer or give a contact name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown complaint cause; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the solution before resolving the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not an active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open ticket can be escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already at the highest support level (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the satisfaction score must be from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction is recorded once the ticket is resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TicketStore</name>
    <message>
        <source>ticket %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2 after you opened it; reload to see their changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TicketText</name>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UserDirectory</name>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdctl</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;sdctl %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 calendars, %3 tiers, %4 SLA policies, %5 teams, %6 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the configuration to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config import FILE: replaces calendars, tiers, SLA policies and teams and adds or updates users from FILE; a file with any error changes nothing.
config export FILE: writes the current configuration to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl config import|export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database (or upgrades an older one) and seeds the default configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the schema version and SQLite&apos;s integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the tier rule (last 12 months&apos; purchases) to every customer whose tier is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl tiers recompute [--db PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: give a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty database with a year of realistic, deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default: tickets / 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing if the database file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; no demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 tickets in %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 instant with an offset or Z (e.g. 2026-10-08T09:30:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes: &quot;%1&quot; is not a whole number of minutes (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has not enough working time to reach this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla due: prints the instant a target of N business minutes from --start falls due.
sla elapsed: prints the business seconds between --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instant (sla due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target in business minutes (sla due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instant (sla elapsed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instant (sla elapsed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl sla due|elapsed --calendar FILE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--queue: unknown queue &quot;%1&quot;; use open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;; use due, number, created, updated, priority, status or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: give a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticket(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets list: shows a queue.
tickets search TEXT: finds tickets by number, phone, or words of subject, description or customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved, all (default: open; all for search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due, number, created, updated, priority, status, resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user for the &quot;mine&quot; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl tickets list|search ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print schema version and integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export the configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute due times and business time with a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the tier rule to all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list queues and search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a database with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sdctl COMMAND [options]   (sdctl COMMAND --help for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sdctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
