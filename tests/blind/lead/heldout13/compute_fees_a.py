from decimal import Decimal as D, ROUND_HALF_UP
import csv
R='/work/shared/reference/'
def r(x): return x.quantize(D('0.01'),ROUND_HALF_UP)
kot=list(csv.DictReader(open(R+'kot_2026.csv')))
mx={(x['year'],x['care_type']):D(x['max_eur_per_hour']) for x in csv.DictReader(open(R+'max_uurprijs.csv'))}
def pct(inc,first=True):
    for row in kot:
        lo=D(row['income_from_eur']); hi=row['income_to_eur']
        if inc>=lo and (hi=='' or inc<=D(hi)):
            return D(row['pct_first_child'] if first else row['pct_next_child'])
def fee(inc,care,hours,price,first=True,year='2026'):
    inc,hours,price=D(str(inc)),D(str(hours)),D(str(price))
    p=pct(inc,first)
    ep=min(price,mx[(year,care)]); eh=min(hours,D(230))
    reimb=r(r(eh*ep)*p/100); inv=r(hours*price)
    return inv-reimb, dict(pct=p,cost=r(eh*ep),reimb=reimb,invoice=inv)
if __name__=='__main__':
    for a in [(60000,'dagopvang',122,'10.50'),(60000,'dagopvang',100,'10.50'),(85000,'bso',60,'10.75'),(38000,'gastouderopvang',80,'9.00'),
              (72500,'dagopvang',96,'11.40'),(72500,'bso',40,'10.20',False),(46000,'dagopvang',88,'10.95'),(31000,'dagopvang',70,'11.80')]:
        print(a,fee(*a))
