import random, csv, io
random.seed(20261122)
H=["学校代码","学校名称","区县","学校类型","办学性质","年份","学部","在校生数","专任教师数","高于规定学历教师数","县级以上骨干教师数","体育艺术专任教师数","教学及辅助用房面积","体育运动场馆面积","教学仪器设备值","网络多媒体教室数","街道","校区数","教育集团"]
std={"小学":[4.2,1,0.9,4.5,7.5,2000,2.3],"初中":[5.3,1,0.9,5.8,10.2,2500,2.4]}
schools=[
 ("SL0101","示例第一小学（虚构）","示例区","小学","公办","示例一街道",1,"示例第一教育集团（虚构）",1.25),
 ("SL0102","示例实验小学（虚构）","示例区","小学","公办","示例一街道",2,"示例第一教育集团（虚构）",1.35),
 ("SL0103","示例东湖小学（虚构）","示例区","小学","公办","示例二街道",1,"",1.05),
 ("SL0104","示例西山小学（虚构）","示例区","小学","公办","示例二街道",1,"",0.80),
 ("SL0105","示例南桥小学（虚构）","示例区","小学","公办","示例三街道",1,"",1.10),
 ("SL0106","示例启明小学（虚构）","示例区","小学","民办","示例三街道",1,"",0.95),
 ("SL0201","示例第一初级中学（虚构）","示例区","初中","公办","示例一街道",1,"示例第一教育集团（虚构）",1.3),
 ("SL0202","示例东湖初级中学（虚构）","示例区","初中","公办","示例二街道",1,"",1.05),
 ("SL0203","示例北苑初级中学（虚构）","示例区","初中","公办","示例三街道",1,"",0.85),
 ("SL0301","示例九年一贯制学校（虚构）","示例区","九年一贯制","公办","示例二街道",1,"",1.0),
 ("SL0401","示例完全中学（虚构）","示例区","完全中学","公办","示例一街道",2,"",1.1),
 ("SX0101","示例新区第一小学（虚构）","示例新区","小学","公办","示例新区街道",1,"",1.15),
 ("SX0102","示例新区湖畔小学（虚构）","示例新区","小学","公办","示例新区街道",1,"",0.9),
 ("SX0103","示例新区未来小学（虚构）","示例新区","小学","公办","示例新区街道",1,"",1.0),
 ("SX0201","示例新区初级中学（虚构）","示例新区","初中","公办","示例新区街道",1,"",1.0),
 ("SX0202","示例新区育才中学（虚构）","示例新区","初中","民办","示例新区街道",1,"",0.75),
]
rows=[]
def sec(students, stage, q, year, shared=True):
    s=std[stage]; g=1+0.03*(year-2023)
    f=lambda i: s[i]*q*g*random.uniform(0.93,1.1)
    vals=[students, round(students/100*(s[0]*q*1.35)), round(students/100*f(0)), round(students/100*f(1)), round(students/100*f(2))]
    if shared:
        vals+= [round(students*f(3)), round(students*f(4)), round(students*f(5)/1000)*1000, round(students/100*f(6))]
    else:
        vals+=["","","",""]
    return vals
for year in (2023,2024):
    for code,name,dist,typ,own,street,camp,grp,q in schools:
        base=[code,name,dist,typ,own,year]
        tail=[street,camp,grp]
        rnd=random.Random(code)
        if typ in ("小学","初中"):
            st=rnd.randrange(600,2200,10)+ (year-2023)*rnd.randrange(0,60,5)
            if code=="SL0104" : q=0.8
            v=sec(st,typ,q,year)
            if code=="SL0105":  # compliant with one indicator at ~90%: sports area
                v[6]=round(st*7.5*0.9)
            rows.append(base+[typ]+v+tail)
        elif typ=="九年一贯制":
            p=rnd.randrange(900,1300,10)+(year-2023)*20; j=rnd.randrange(500,700,10)+(year-2023)*15
            vp=sec(p,"小学",q,year,False); vj=sec(j,"初中",q,year,False)
            rows.append(base+["全校"]+["","","","",""]+[round(p*5.2+j*6.4), round(p*8.5+j*11.0), (p*2300+j*2900)//1000*1000, round((p+j)/100*2.6)]+tail)
            rows.append(base+["小学"]+vp+tail); rows.append(base+["初中"]+vj+tail)
        else:
            j=rnd.randrange(700,900,10)+(year-2023)*10; h=rnd.randrange(900,1200,10)+(year-2023)*10
            vj=sec(j,"初中",q,year,False); vh=sec(h,"初中",q,year,False)
            rows.append(base+["全校"]+["","","","",""]+[round(j*6.5+h*7.8), round(j*11+h*13), (j*2800+h*3400)//1000*1000, round((j+h)/100*2.7)]+tail)
            rows.append(base+["初中"]+vj+tail); rows.append(base+["高中"]+vh+tail)
out=io.StringIO()
w=csv.writer(out, lineterminator="\r\n")
w.writerow(["示例学校表（虚构数据，仅供试用 PlanDesk 的学校登记与均衡统计；学校、区县和数字都是编造的）"])
w.writerow(H)
for r in rows: w.writerow(r)
open("/work/main/src/main/resources/org/plandesk/sample/example-schools-fictitious.csv","w",encoding="utf-8-sig",newline="").write(out.getvalue())
print(len(rows))
