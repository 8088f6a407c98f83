"""What colleagues write in the very slots where they name a person ("forward it to Procurement", "according to
Reuters", "Leeds signed off"): companies, brands, news outlets and agencies (many named after founders: Dell,
Ford, Deloitte), teams and departments, and cities and countries standing for an office or a market. A leading
"the " is an article the sentence needs, not part of the look-alike ("the IRS" plants "IRS")."""

from __future__ import annotations

from .people_names import name_list

# look-alike kinds, by slot class (people_shapes: o, t, c, n)
KIND = {"o": "person_slot_org", "t": "person_slot_team", "c": "person_slot_place", "n": "person_slot_place"}

ORGS = name_list(
    """
    Reuters, Bloomberg, the BBC, the Financial Times, the Guardian, the Wall Street Journal, TechCrunch, Axios,
    Politico, CNBC, Gartner, Forrester, Nielsen, McKinsey, Accenture, Deloitte, KPMG, PwC, EY, Grant Thornton,
    BDO, Baker McKenzie, Linklaters, Salesforce, Stripe, Shopify, Atlassian, HubSpot, Zendesk, Twilio, Okta,
    Workday, Oracle, SAP, Intuit, Xero, Sage, NetSuite, QuickBooks, DocuSign, Dropbox, Asana, Notion, Figma,
    Canva, Datadog, Snowflake, Cloudflare, GitHub, Wise, Revolut, Monzo, Klarna, Adyen, PayPal, Amex, Visa,
    Mastercard, FedEx, UPS, DHL, Maersk, Acme Corp, Acme, Globex, Initech, Contoso, Northwind Traders, Fabrikam,
    Wayne Enterprises, Stark Industries, Dell, Ford, Boeing, Hilton, Marriott, Disney, Dyson, Kellogg's, Heinz,
    Cadbury, Guinness, Jameson, Mattel, Hasbro, Goodyear, Michelin, Pfizer, Merck, Bayer, Roche, Novartis,
    Siemens, Bosch, Philips, Porsche, Ferrari, Tesla, Chanel, Gucci, Prada, Burberry, Barclays, Lloyds, HSBC,
    Santander, Morgan Stanley, Goldman Sachs, Wells Fargo, Charles Schwab, Fidelity, Vanguard, Sainsbury's,
    Tesco, Harrods, Selfridges, Boots, Walmart, Costco, Kroger, Nordstrom, Woolworths, Coles, Telstra, Qantas,
    Vodafone, Verizon, Comcast, Unilever, Nestlé, the IRS, HMRC, the SEC, the FDA, the FCA, Companies House,
    the ATO, the CRA, the DMV, the NHS, the EPA, OSHA, the ICO, the World Bank, the UN, the EU Commission
    """
)
TEAMS = name_list(
    """
    Finance, Legal, Procurement, Accounting, Payroll, HR, People Ops, IT, the Helpdesk, the Service Desk,
    Facilities, Compliance, Security, Marketing, Sales, Operations, Ops, Support, Customer Success, Engineering,
    Product, Design, Treasury, Accounts Payable, Accounts Receivable, Risk, Internal Audit, Tax, Legal Ops,
    Reception, Logistics, Shipping, Receiving, QA, DevOps, Platform, Infra, Data Science, Research, Recruiting,
    Talent Acquisition, Benefits, Billing, Collections, Credit Control, the Board, the Exec Team, Leadership,
    Sales Ops, RevOps, FP&A, Customer Care, Trust & Safety, Partnerships, Comms, PR, Brand, Growth, Payments,
    the SRE team, the Data team, the Mobile team, the Web team, the Platform team, the night shift, Tier 2,
    the CAB, the PMO, Supply Chain, Purchasing, Quality, Field Services, Inside Sales, Enterprise Sales
    """
)
CITIES = name_list(
    """
    Denver, Leeds, Boston, Chicago, Seattle, Atlanta, Toronto, Vancouver, Calgary, Ottawa, Montreal, Sydney,
    Melbourne, Brisbane, Perth, Auckland, Dublin, Cork, Galway, Belfast, Glasgow, Edinburgh, Manchester,
    Bristol, Reading, Nottingham, Birmingham, London, Singapore, Dubai, Mumbai, Bangalore, Berlin, Munich,
    Paris, Lisbon, Madrid, Warsaw, Kraków, Prague, Amsterdam, Rotterdam, Stockholm, Tokyo, Seoul, São Paulo,
    Austin, Houston, Dallas, Phoenix, Charlotte, Madison, Lincoln, Jackson, Hamilton, Kingston, Wellington,
    Victoria, Florence, Preston, Chester, Lancaster, Carlisle, Bradford, Warwick, Stafford, Swindon, Milton
    Keynes, Sutton, Raleigh, Orlando, Cleveland, Tyler, Adelaide, Darwin, Hobart, Halifax, Regina
    """
)
COUNTRIES = name_list(
    """
    Portugal, Brazil, Mexico, Canada, Germany, Ireland, India, Japan, Poland, Spain, Italy, Chile, Peru, Kenya,
    Nigeria, Israel, Jordan, Georgia, Chad, France, Australia, New Zealand, South Africa, Singapore, Vietnam,
    the Netherlands, the Philippines, the UK, the US, the UAE, Scotland, Wales, Texas, Ontario, Bavaria,
    Queensland, Yorkshire, Cornwall, Kent, Essex, Surrey, Virginia, Nevada, Florida, Quebec
    """
)
POOLS = {"o": ORGS, "t": TEAMS, "c": CITIES, "n": COUNTRIES}
